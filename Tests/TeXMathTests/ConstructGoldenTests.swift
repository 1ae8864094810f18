import Testing

@testable import TeXMath

@Suite struct ConstructGoldenTests {
  @Test(arguments: ConstructGolden.all)
  func constructBecomesItsMathML(_ golden: ConstructGolden) {
    let result = TeXMath.mathML(for: golden.tex, display: golden.display)
    #expect(result.diagnostics == [])
    #expect(presentationBody(of: result.mathML) == golden.body)
  }

  @Test func displayFormulaIsABlockWithItsSourceAnnotated() {
    let result = TeXMath.mathML(for: #"a<b"#, display: true)
    #expect(
      result.mathML
        == #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow>"#
        + #"<mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow>"#
        + #"<annotation encoding="application/x-tex">a&lt;b</annotation></semantics></math>"#)
  }

  @Test func inlineFormulaHasNoDisplayAttribute() {
    let result = TeXMath.mathML(for: "x", display: false)
    #expect(
      result.mathML
        == #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mi>x</mi>"#
        + #"<annotation encoding="application/x-tex">x</annotation></semantics></math>"#)
  }

  @Test func emptyFormulaIsAnEmptyRow() {
    let result = TeXMath.mathML(for: "  ", display: false)
    #expect(presentationBody(of: result.mathML) == "<mrow></mrow>")
    #expect(
      result.mathML.hasSuffix(
        #"<annotation encoding="application/x-tex"></annotation></semantics></math>"#))
  }

  @Test func commentsRunToTheEndOfTheLine() {
    let result = TeXMath.mathML(for: "a % the rest \\foo\n+ b", display: true)
    #expect(result.diagnostics == [])
    #expect(presentationBody(of: result.mathML) == "<mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>")
  }
}

@Suite struct NotebookFormulaTests {
  @Test(arguments: NotebookFormula.all)
  func notebookFormulaBecomesItsMathML(_ formula: NotebookFormula) {
    let result = TeXMath.mathML(for: formula.tex, display: formula.display)
    #expect(result.diagnostics == [])
    #expect(result.mathML == formula.mathML)
  }
}
