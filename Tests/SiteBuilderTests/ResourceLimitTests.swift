import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

/// Runaway content stops with a diagnostic naming the limit, in bounded memory, and every other
/// page still builds.
///
/// Each site has a good page beside the runaway one; the tests run one at a time so that the
/// peak memory they measure is their own. Time is not asserted (the budgets are counted steps,
/// so a runaway page stops at the same place everywhere); the time limits are there to turn a
/// hang into a failure.
@Suite(.serialized, .timeLimit(.minutes(10))) struct ResourceLimitTests {
  /// The good page: a cell, math and a link, with what its build must contain.
  static let goodPage =
    "---\ntitle: Good\n---\n\n$x^2$ and [home](index.md).\n\n```{julia}\nprintln(40 + 2)\n```\n"
  static let home = "---\ntitle: Home\n---\n\nWelcome.\n"
  /// The most the test process may ever hold, in bytes.
  static let memoryLimit = ScratchSite.memoryCeiling

  /// What building a site with `page` as `01-runaway.md` gave.
  struct Outcome {
    var messages: [String]
    var runaway: String?
  }

  /// Builds `page` beside the good page; checks the good page built and the peak memory.
  func build(_ page: String) throws -> Outcome {
    let site = try ScratchSite(
      pages: ["index.md": Self.home, "01-runaway.md": page, "02-good.md": Self.goodPage])
    defer { site.remove() }
    let peakBefore = ScratchSite.peakMemory()
    let result = try site.assemble()
    // The peak is the process's: it says something about this build only if it rose meanwhile.
    let peak = ScratchSite.peakMemory()
    #expect(peak == peakBefore || peak < Self.memoryLimit, "peak memory \(peak) bytes")

    let good = try #require(result.files["good/index.html"])
    let text = String(decoding: good, as: UTF8.self)
    #expect(text.contains("42"))
    #expect(text.contains("<math"))
    #expect(!result.diagnostics.contains { $0.file.hasSuffix("02-good.md") })

    let messages = result.diagnostics.filter { $0.file.hasSuffix("01-runaway.md") }.map(\.message)
    return Outcome(
      messages: messages,
      runaway: result.files["runaway/index.html"].map { String(decoding: $0, as: UTF8.self) })
  }

  /// A page of one cell.
  static func cell(_ code: String) -> String {
    "---\ntitle: Runaway\n---\n\n```{julia}\n\(code)\n```\n"
  }

  func expectOne(_ outcome: Outcome, containing text: String) {
    #expect(outcome.messages.count == 1, "\(outcome.messages)")
    #expect(outcome.messages.allSatisfy { $0.contains(text) }, "\(outcome.messages)")
  }

  @Test func infiniteLoopStopsAtTheOperationBudget() throws {
    let outcome = try build(Self.cell("#| budget: 2000000\nwhile true\nend"))
    expectOne(outcome, containing: "operation budget exceeded")
  }

  @Test func unboundedRecursionStopsAtTheRecursionLimit() throws {
    let outcome = try build(Self.cell("f(n) = f(n + 1) + 1\nf(1)"))
    expectOne(outcome, containing: "recursion limit exceeded")
  }

  // Allocations that end the process today (zeros(10^10), strings grown without bound) or
  // overshoot the memory ceiling are in RunawayAllocationTests.
  @Test(arguments: [
    "rand(100000, 100000)", "ones(1, 10^5) .+ zeros(10^5)", "randn(10^5, 10^5)",
  ])
  func giantArrayStopsAtTheMemoryBudget(_ code: String) throws {
    let outcome = try build(Self.cell(code))
    expectOne(outcome, containing: "memory budget exceeded")
  }

  @Test func deeplyNestedBracketsInACellEndWithADiagnostic() throws {
    let depth = 100_000
    let code = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
    let outcome = try build(Self.cell("x = " + code + ";"))
    expectOne(outcome, containing: "expression nested more than 400 levels deep")
  }

  @Test func deeplyNestedMathEndsWithADiagnostic() throws {
    let depth = 100_000
    let tex = String(repeating: "{", count: depth) + "x" + String(repeating: "}", count: depth)
    let outcome = try build("---\ntitle: Runaway\n---\n\n$$\n\(tex)\n$$\n")
    expectOne(outcome, containing: "nests deeper than")
  }

  @Test func deeplyNestedQuotesAreFlattenedWithAWarning() throws {
    let outcome = try build(
      "---\ntitle: Runaway\n---\n\n" + String(repeating: "> ", count: 100_000) + "deep\n")
    expectOne(outcome, containing: "flattened")
  }

  @Test func tenThousandCellsOnAPageBuild() throws {
    var page = "---\ntitle: Runaway\n---\n\n```{julia}\nx = 0;\n```\n\n"
    for index in 1..<10_000 {
      page += "```{julia}\nx += \(index);\n```\n\n"
    }
    page += "```{julia}\nx\n```\n"
    let outcome = try build(page)
    #expect(outcome.messages.isEmpty, "\(outcome.messages.prefix(3))")
    // 1 + 2 + … + 9 999, shown by the page's 10 001st cell.
    #expect(outcome.runaway?.contains("49995000") == true)
  }

  /// Whether the slow large-input test runs: always in release builds, in debug builds only with
  /// `SITEGEN_LARGE_TESTS=1` (the 50 MB page takes about six minutes there).
  static var largeInputs: Bool {
    #if DEBUG
      ProcessInfo.processInfo.environment["SITEGEN_LARGE_TESTS"] == "1"
    #else
      true
    #endif
  }

  @Test(.enabled(if: largeInputs))
  func fiftyMegabyteMarkdownFileBuilds() throws {
    let paragraph =
      "A paragraph with *emphasis*, `code`, a [link](index.md) and plain words that fill the "
      + "line until it wraps.\n\n"
    let section =
      "## Section\n\nMath: $x_i^2 + \\frac{a}{b}$.\n\n" + String(repeating: paragraph, count: 99)
    let count = (50 << 20) / section.utf8.count + 1
    let page = "---\ntitle: Runaway\n---\n\n" + String(repeating: section, count: count)
    #expect(page.utf8.count >= 50 << 20)
    // Measured in a debug build on a busy 2-core machine: 352 s, 1.9 GB peak.
    let outcome = try build(page)
    #expect(outcome.runaway?.contains("<math") == true)
  }
}
