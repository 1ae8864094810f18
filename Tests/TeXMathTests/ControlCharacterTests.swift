import Testing

@testable import TeXMath

/// Control characters XML forbids never reach the MathML, wherever the formula holds them.
@Suite struct ControlCharacterTests {
  @Test(arguments: ["\\text{a\u{1}b}", "a\u{7}b", "x^{\u{1B}}", "\\mathrm{\u{2}}", "\u{1F}"])
  func forbiddenControlsBecomeTheReplacementCharacter(_ tex: String) {
    for display in [false, true] {
      let mathML = TeXMath.mathML(for: tex, display: display).mathML
      #expect(
        !mathML.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" },
        "\(mathML.debugDescription)")
      #expect(mathML.contains("\u{FFFD}"), "\(mathML.debugDescription)")
    }
  }
}
