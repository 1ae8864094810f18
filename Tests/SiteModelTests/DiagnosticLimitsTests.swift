import SourcePositions
import Testing

@testable import SiteModel

@Suite struct DiagnosticLimitsTests {
  let formula = SourceRange(
    start: SourceLocation(line: 5, column: 1), end: SourceLocation(line: 5, column: 40))

  func problem(_ message: String, column: Int, in snippet: SourceRange?) -> Diagnostic {
    let diagnostic = Diagnostic.error(
      message, file: "a.md", at: SourceRange(SourceLocation(line: 5, column: column)))
    return snippet.map { diagnostic.inSnippet($0) } ?? diagnostic
  }

  @Test func aFewProblemsOfOneKindPerSnippetAreKeptAndTheRestCounted() {
    let problems = (1...1_000).map { problem("double superscript", column: $0, in: formula) }
    let limited = DiagnosticLimits.limited(problems)
    #expect(limited.map(\.range?.start.column) == [1, 2, 3])
    #expect(limited.last?.notes == ["… and 997 more like this"])
  }

  @Test func quotedNamesAndNumbersDoNotMakeANewKind() {
    let problems = ["\\frac", "\\sqrt", "\\dot", "\\hat", "\\bar"].enumerated().map {
      problem("missing argument for '\($0.element)'", column: $0.offset + 1, in: formula)
    }
    #expect(DiagnosticLimits.limited(problems).count == 3)
    #expect(DiagnosticLimits.kind(of: "x12 = 3") == DiagnosticLimits.kind(of: "x7 = 41"))
  }

  @Test func otherKindsAndOtherSnippetsHaveTheirOwnCount() {
    let other = SourceRange(SourceLocation(line: 9, column: 1))
    let problems =
      (1...5).map { problem("double superscript", column: $0, in: formula) }
      + (1...5).map { problem("double subscript", column: $0, in: formula) }
      + (1...5).map { problem("double superscript", column: $0, in: other) }
    #expect(DiagnosticLimits.limited(problems).count == 9)
  }

  @Test func problemsOutsideSnippetsAreCappedOnlyPerPage() {
    let problems = (1...40).map { problem("broken link", column: $0, in: nil) }
    #expect(DiagnosticLimits.limited(problems).count == 40)
  }

  @Test func aPageReportsAFewDozenProblemsThenCountsTheRest() {
    let warnings = (1...60).map {
      Diagnostic.warning(
        "unknown option \($0)", file: "a.md", at: SourceRange(SourceLocation(line: $0, column: 1)))
    }
    let problems = warnings + [problem("late error", column: 1, in: nil)]
    let limited = DiagnosticLimits.limited(problems)
    #expect(limited.count == DiagnosticLimits.perPage + 1)
    #expect(limited.last?.message == "… and 11 more problems in this page")
    // An error among those left out keeps the page failing.
    #expect(limited.last?.severity == .error)
  }
}
