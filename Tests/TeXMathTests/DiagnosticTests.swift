import SourcePositions
import Testing

@testable import TeXMath

@Suite struct DiagnosticTests {
  @Test(arguments: DiagnosticCase.all)
  func mistakeIsLocatedAndRendersAsError(_ mistake: DiagnosticCase) throws {
    let result = TeXMath.mathML(for: mistake.tex, display: false)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(result.diagnostics.count == 1, "\(result.diagnostics)")
    #expect(diagnostic.message == mistake.message)
    #expect(diagnostic.location.description == mistake.location)
    #expect(diagnostic.range.end.description == mistake.end)
    #expect(presentationBody(of: result.mathML) == mistake.body)
  }

  @Test func columnsCountUTF8BytesFromTheStartOfTheSource() throws {
    // "η" is two bytes: the command takes bytes 6 to 9 of "η + \foo".
    let result = TeXMath.mathML(for: "η + \\foo", display: false)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.location == SourceLocation(line: 1, column: 6))
    #expect(diagnostic.range.end == SourceLocation(line: 1, column: 9))
  }

  @Test func columnsCountBytesOfEmojiCJKAndCombiningMarks() throws {
    // "👍" is 4 bytes, "数" 3, "e\u{301}" 1 + 2, the tab 1: "\foo" starts at byte 16.
    let result = TeXMath.mathML(for: "👍数e\u{301}\t+\\foo", display: false)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.location == SourceLocation(line: 1, column: 13))
  }

  @Test func everyMistakeIsReportedInSourceOrder() {
    let result = TeXMath.mathML(for: "\\foo + \\frac{a\n+ \\bar", display: false)
    #expect(
      result.diagnostics.map(\.description) == [
        "1:1: unknown command '\\foo'",
        "1:8: missing argument for '\\frac'",
        "1:13: unbalanced group: '{' is never closed",
        "2:3: missing argument for '\\bar'",
      ])
  }

  @Test func restOfTheFormulaRendersAroundAMistake() {
    let result = TeXMath.mathML(for: #"\frac{1}{2} + \oops + \sqrt{x}"#, display: true)
    #expect(
      presentationBody(of: result.mathML)
        == "<mrow><mfrac><mn>1</mn><mn>2</mn></mfrac><mo>+</mo>"
        + #"<merror><mtext>\oops</mtext></merror><mo>+</mo><msqrt><mi>x</mi></msqrt></mrow>"#)
  }

  @Test func locationsProjectOntoTheFileThatHoldsTheFormula() throws {
    // "$$\n    a + \foo\n$$" starting at line 10, column 1 of a page; the TeX string starts
    // right after the opening "$$", at 10:3, and its next lines at column 1.
    let result = TeXMath.mathML(for: "\n    a + \\foo\n", display: true)
    let diagnostic = try #require(result.diagnostics.first)
    let origin = SnippetOrigin(lineStarts: [
      SourceLocation(line: 10, column: 3), SourceLocation(line: 11, column: 1),
      SourceLocation(line: 12, column: 1),
    ])
    #expect(origin.location(of: diagnostic.location) == SourceLocation(line: 11, column: 9))
    // On its first line the string's column is added: "$x + \foo$" with its "$" at 4:7.
    let inline = try #require(TeXMath.mathML(for: "x + \\foo", display: false).diagnostics.first)
    #expect(
      SnippetOrigin(lineStarts: [SourceLocation(line: 4, column: 8)]).location(of: inline.location)
        == SourceLocation(line: 4, column: 12))
  }

  @Test func backslashBeforeALineBreakIsASpace() {
    let result = TeXMath.mathML(for: "a\\\nb", display: false)
    #expect(result.diagnostics == [])
    #expect(
      presentationBody(of: result.mathML)
        == #"<mrow><mi>a</mi><mspace width="0.3333em"></mspace><mi>b</mi></mrow>"#)
  }

  @Test func loneBackslashAtTheEndIsReported() throws {
    let result = TeXMath.mathML(for: "x \\", display: false)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.description == "1:3: a lone '\\' ends the formula")
  }
}
