import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

/// Cells that ask for more memory than any budget allows stop with a diagnostic naming the
/// budget, before the memory is taken, and the rest of the site builds.
@Suite(.serialized)
struct RunawayAllocationTests {
  static let home = "---\ntitle: Home\n---\n\nWelcome.\n"
  static let goodPage = "---\ntitle: Good\n---\n\n```{julia}\nprintln(40 + 2)\n```\n"

  static let cases = [
    "zeros(10^10)", "ones(10^10)", "fill(0.0, 10^10)", "zeros(10^10, 10^10)",
    "repeat([1], 10^10)", "collect(1:10^10)", "[i for i in 1:10^10]", "\"ab\"^(10^12)",
    "repeat(\"ab\", 10^12)", "s = \"ab\"\nfor i in 1:40\n  s = s * s\nend",
    "x = zeros(10^7)\ny = [x; x; x; x; x; x]",
  ]

  @Test(arguments: cases)
  func runawayAllocationStopsAtABudget(_ code: String) throws {
    let site = try ScratchSite(
      pages: [
        "index.md": Self.home,
        "01-runaway.md": "---\ntitle: Runaway\n---\n\n```{julia}\n\(code)\n```\n",
        "02-good.md": Self.goodPage,
      ])
    defer { site.remove() }
    let result = try site.assemble()
    let messages = result.diagnostics.filter { $0.file.hasSuffix("01-runaway.md") }.map(\.message)
    #expect(messages.count == 1, "\(messages)")
    #expect(messages.allSatisfy { $0.contains("budget exceeded") }, "\(messages)")
    let peak = ScratchSite.peakMemory()
    #expect(peak < ScratchSite.memoryCeiling, "peak memory \(peak) bytes")
    let good = String(decoding: try #require(result.files["good/index.html"]), as: UTF8.self)
    #expect(good.contains("42"))
  }
}
