import Foundation
import Testing

@testable import CellLanguage

/// Long operator chains run without native recursion along them, and nesting that must recurse
/// stops at the parser's limit with an error at its place, whatever its shape.
/// Serialized: each case holds a large cell's tokens and trees, and other suites (the
/// preview's servers, the allocation tests' memory ceiling) share the process meanwhile.
@Suite(.serialized) struct OperatorChainTests {
  /// The displayed value or the error of one cell, run on a thread of its own (the preview's
  /// suites need the shared threads meanwhile).
  func run(_ code: String) async -> String {
    await onOwnThread {
      let result = Session().evaluate(code)
      if let error = result.error { return "\(error.line):\(error.column) \(error.message)" }
      return Script.lines(of: result).joined(separator: "\n")
    }
  }

  /// A million terms in release builds or with `SITEGEN_LARGE_TESTS=1`; a hundred thousand in
  /// debug builds otherwise (a million take tens of seconds there, on a busy machine).
  static let longChain: Int = {
    #if DEBUG
      ProcessInfo.processInfo.environment["SITEGEN_LARGE_TESTS"] == "1" ? 1_000_000 : 100_000
    #else
      1_000_000
    #endif
  }()

  @Test func millionTermSumEvaluates() async {
    let terms = Self.longChain
    #expect(await run(Array(repeating: "1", count: terms).joined(separator: "+")) == "\(terms)")
  }

  @Test(arguments: [
    ("x = [1.0, 2.0]\nx", " .+ x", "2-element Array{Float64,1}:\n 100001.0\n 200002.0"),
    ("2.0", " * 2.0", "Inf"),
    ("1", " < 1", "false"),
    ("1", " - 1 + 1", "1"),
    // Each concatenation makes a longer string: their bytes add up past the memory budget.
    ("\"a\"", " * \"a\"", "1:1 memory budget exceeded: more than 50000000 array elements (line 1)"),
  ])
  func longChainsOfEveryOperatorEvaluate(_ first: String, _ term: String, _ shown: String) async {
    #expect(await run(first + String(repeating: term, count: 100_000)) == shown)
  }

  @Test func aLongChainPrintsAsTheSameOperationsNested() async {
    let code = "@show " + (1...20).map(String.init).joined(separator: " + ")
    let text =
      String(repeating: "(", count: 18) + "1 + 2" + (3...20).map { ") + \($0)" }.joined()
      + " = 210\n210"
    #expect(await run(code) == text)
  }

  @Test func aLongChainStopsAtTheBudgetWhereItIs() {
    let session = Session()
    let result = session.evaluate(
      Array(repeating: "1", count: 1_000).joined(separator: " + "), operationBudget: 100)
    #expect(result.error?.message == "operation budget exceeded: more than 100 steps (line 1)")
    // The operators' steps come first, as a nested chain's do: the error is at the chain.
    #expect(result.error?.column == 1)
  }

  @Test(arguments: [
    ("(", ")"), ("[", "]"), ("- ", ""), ("!", ""), ("f(", ")"), ("true && ", ""),
    ("false || ", ""), ("a = ", ""), ("x -> ", ""), ("1 => ", ""), ("c ? 1 : ", ""), ("2^", ""),
    ("\"$(", ")\""),
  ])
  func deepNestingOfEveryShapeIsAParseError(_ open: String, _ close: String) async {
    let depth = 100_000
    let code =
      String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
    #expect(await run(code).hasSuffix("ParseError: expression nested more than 400 levels deep"))
  }

  @Test(arguments: ["'", ".f", "[1]", "(1)", " |> f", "...", "{Int}"])
  func longPostfixChainsAreAParseError(_ operation: String) async {
    let code = "x" + String(repeating: operation, count: 100_000)
    #expect(await run(code).hasSuffix("ParseError: expression nested more than 400 levels deep"))
  }

  @Test func nestingWithinTheLimitRuns() async {
    let depth = 100
    let code =
      String(repeating: "(", count: depth) + "1" + String(repeating: " + 1)", count: depth)
    #expect(await run(code) == "101")
  }
}
