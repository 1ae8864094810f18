import SourcePositions
import Testing

@testable import TeXMath

/// Formulas of a hundred thousand tokens convert with work and output in proportion to their
/// size: one problem per mistake, and no piece of the source copied once per level.
@Suite struct HostileInputTests {
  @Test func aTowerOfSuperscriptsGivesOneProblemPerExtraScript() {
    let tex = Array(repeating: "x", count: 100_000).joined(separator: "^")
    let result = TeXMath.mathML(for: tex, display: false)
    #expect(result.diagnostics.count == 99_998)
    #expect(result.diagnostics.allSatisfy { $0.message == "double superscript" })
    #expect(result.diagnostics.last?.location == SourceLocation(line: 1, column: 199_998))
    #expect(result.mathML.utf8.count < 50 * tex.utf8.count)
  }

  @Test(arguments: ["\\frac", "\\sqrt[", "\\sqrt", "\\mathbf", "\\hat"])
  func anAbandonedFormulaShowsItsRestOnce(_ command: String) {
    // Nested past the limit: every enclosing command then misses an argument, and must not
    // show the rest of the formula again.
    let tex = String(repeating: command, count: 100_000)
    let result = TeXMath.mathML(for: tex, display: false)
    #expect(result.diagnostics.map(\.message) == ["the formula nests deeper than 256 levels"])
    #expect(result.mathML.utf8.count < 3 * tex.utf8.count + 20_000)
  }
}
