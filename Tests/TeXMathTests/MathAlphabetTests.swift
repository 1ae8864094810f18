import Testing

@testable import TeXMath

@Suite struct MathAlphabetTests {
  @Test func lettersMapOntoTheMathematicalAlphanumericBlock() {
    #expect(MathAlphabet.bold.map("A") == "\u{1D400}")
    #expect(MathAlphabet.italic.map("z") == "\u{1D467}")
    #expect(MathAlphabet.doubleStruck.map("x") == "\u{1D569}")
    #expect(MathAlphabet.doubleStruck.map("1") == "\u{1D7D9}")
    #expect(MathAlphabet.script.map("A") == "\u{1D49C}")
    #expect(MathAlphabet.bold.map("ω") == "\u{1D6DA}")
  }

  @Test func lettersEncodedEarlierComeFromLetterlikeSymbols() {
    #expect(MathAlphabet.doubleStruck.map("R") == "ℝ")
    #expect(MathAlphabet.doubleStruck.map("N") == "ℕ")
    #expect(MathAlphabet.script.map("B") == "ℬ")
    #expect(MathAlphabet.script.map("e") == "ℯ")
    #expect(MathAlphabet.fraktur.map("Z") == "ℨ")
    #expect(MathAlphabet.italic.map("h") == "ℎ")
  }

  @Test func charactersWithoutAFormStayAsTheyAre() {
    #expect(MathAlphabet.doubleStruck.map("+") == "+")
    #expect(MathAlphabet.script.map("3") == "3")
    #expect(MathAlphabet.roman.map("x") == "x")
  }

  @Test func fontCommandsApplyToEveryLetterOfTheirArgument() {
    let result = TeXMath.mathML(for: #"\mathbb{NZ} \mathcal{F}_t \mathfrak{g}"#, display: false)
    #expect(
      presentationBody(of: result.mathML)
        == "<mrow><mrow><mi>ℕ</mi><mi>ℤ</mi></mrow><msub><mi>ℱ</mi><mi>t</mi></msub><mi>𝔤</mi></mrow>"
    )
  }
}
