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
    #expect(diagnostic.end.description == mistake.end)
    #expect(presentationBody(of: result.mathML) == mistake.body)
  }

  @Test func offsetsCountUTF8BytesFromTheStartOfTheSource() throws {
    // "η" is two bytes: the command starts at byte 7 of "η + \foo".
    let result = TeXMath.mathML(for: "η + \\foo", display: false)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.utf8Offsets == 5..<9)
    #expect(diagnostic.location == TeXLocation(line: 1, column: 6))
    #expect(diagnostic.end == TeXLocation(line: 1, column: 9))
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

  @Test func loneBackslashAtTheEndIsReported() throws {
    let result = TeXMath.mathML(for: "x \\", display: false)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.description == "1:3: a lone '\\' ends the formula")
  }
}
