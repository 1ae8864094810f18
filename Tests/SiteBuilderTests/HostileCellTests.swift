import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

/// Hostile cells — operator chains of a million terms, nesting a million deep, built-in work
/// far beyond the operation budget — end with one diagnostic at the cell's line and column,
/// and the site's other pages still build. No test here measures time: each cell must end,
/// and the budgets refuse the big work before doing it.
@Suite(.serialized) struct HostileCellTests {
  static let home = "---\ntitle: Home\n---\n\nWelcome.\n"
  static let goodPage = "---\ntitle: Good\n---\n\n```{julia}\nprintln(40 + 2)\n```\n"
  /// The page line of the cell's first line of code (after the front matter and the fence).
  static let firstCodeLine = 6

  /// What building a site with a page of one cell (`code`) gave.
  struct Outcome: Sendable {
    /// The runaway page's diagnostics, as `line:column message` in the page.
    var located: [String]
    /// The runaway page's HTML, when it was built.
    var page: String?
    /// The good page's HTML, when it was built.
    var good: String?
    /// Whether the good page had diagnostics.
    var goodHasDiagnostics: Bool
  }

  /// Builds a site with `code` as the one cell of `01-runaway.md`, beside a good page, on a
  /// thread of its own (the preview's suites need the shared threads meanwhile), and checks
  /// that the good page built.
  func build(_ code: String) async throws -> Outcome {
    let outcome = await onOwnThread { () -> Outcome? in
      guard
        let site = try? ScratchSite(
          pages: [
            "index.md": Self.home,
            "01-runaway.md": "---\ntitle: Runaway\n---\n\n```{julia}\n\(code)\n```\n",
            "02-good.md": Self.goodPage,
          ])
      else { return nil }
      defer { site.remove() }
      guard let result = try? site.assemble() else { return nil }
      let located = result.diagnostics.filter { $0.file.hasSuffix("01-runaway.md") }.map {
        "\($0.range.map { "\($0.start)" } ?? "-") \($0.message)"
      }
      return Outcome(
        located: located,
        page: result.files["runaway/index.html"].map { String(decoding: $0, as: UTF8.self) },
        good: result.files["good/index.html"].map { String(decoding: $0, as: UTF8.self) },
        goodHasDiagnostics: result.diagnostics.contains { $0.file.hasSuffix("02-good.md") })
    }
    let built = try #require(outcome)
    #expect(built.good?.contains("42") == true)
    #expect(!built.goodHasDiagnostics)
    return built
  }

  /// `line:column` in the page of a place in the cell.
  static func at(_ line: Int, _ column: Int) -> String { "\(firstCodeLine + line - 1):\(column)" }

  static func budgetError(_ line: Int, _ column: Int, cellLine: Int) -> String {
    "\(at(line, column)) operation budget exceeded: more than 200000000 steps (line \(cellLine))"
  }

  // MARK: Operator chains and nesting

  // A million terms run in `OperatorChainTests`; here a site with a long chain builds its
  // other pages and locates the chain's error (a tenth of the size keeps this test's memory
  // small beside the others').
  @Test func longSumStopsAtASmallBudgetWhereItIs() async throws {
    let chain = Array(repeating: "1", count: 100_000).joined(separator: "+")
    let outcome = try await build("#| budget: 100000\ny = 2\nx = " + chain)
    // The option line is not code: the message counts from the line after it. The 99 999
    // operators' steps come before any operand's, as nested `+` nodes take theirs, so the budget
    // runs out at the chain's start.
    #expect(
      outcome.located == [
        "\(Self.at(3, 5)) operation budget exceeded: more than 100000 steps (line 2)"
      ])
  }

  @Test func deepParenthesesEndWithALocatedParseError() async throws {
    let depth = 100_000
    let outcome = try await build(
      "y = 1\nx = " + String(repeating: "(", count: depth) + "1"
        + String(repeating: ")", count: depth))
    #expect(
      outcome.located == [
        "\(Self.at(2, 404)) ParseError: expression nested more than 400 levels deep"
      ])
  }

  // MARK: Built-in work

  // The shape of a sum of 4e7 elements in a 2000-pass loop, at a fiftieth of the size and
  // budget (the same number of passes before it stops, a fiftieth of the work).
  @Test func sumOfAHugeArrayInALoopStopsAtTheBudget() async throws {
    let outcome = try await build(
      "#| budget: 4000000\nx = zeros(8 * 10^5)\ns = 0.0\nfor i in 1:2000\n    global s += sum(x)\nend"
    )
    #expect(
      outcome.located == [
        "\(Self.at(5, 17)) operation budget exceeded: more than 4000000 steps (line 4)"
      ])
  }

  @Test func largeMatrixProductIsRefusedBeforeItStarts() async throws {
    let outcome = try await build("A = ones(3000, 3000)\nB = A * A")
    #expect(outcome.located == [Self.budgetError(2, 5, cellLine: 2)])
  }

  @Test func largeSolveIsRefusedBeforeItStarts() async throws {
    let outcome = try await build("A = zeros(4000, 4000)\nb = ones(4000)\nx = A \\ b")
    #expect(outcome.located == [Self.budgetError(3, 5, cellLine: 3)])
  }

  @Test func plotOfTenMillionPointsIsRefused() async throws {
    let outcome = try await build("using PlotlyJS\nx = zeros(10^7)\nplot(x, x)")
    #expect(outcome.located == [Self.budgetError(3, 1, cellLine: 3)])
  }

  @Test func randomMatricesInALoopStopAtABudget() async throws {
    let outcome = try await build("for i in 1:100\n    randn(10^4, 10^4)\nend")
    #expect(
      outcome.located == [
        "\(Self.at(2, 5)) memory budget exceeded: more than 50000000 array elements (line 2)"
      ])
  }
}
