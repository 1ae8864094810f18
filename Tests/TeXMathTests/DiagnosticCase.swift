import Testing

@testable import TeXMath

/// A formula with one mistake: where it must be reported and how the formula must render.
struct DiagnosticCase: Sendable, CustomTestStringConvertible {
  let name: String
  let tex: String
  let message: String
  /// First and last byte of the offending source as `line:column`.
  let location: String
  let end: String
  let body: String

  init(
    _ name: String, _ tex: String, _ message: String, at location: String, to end: String,
    _ body: String
  ) {
    self.name = name
    self.tex = tex
    self.message = message
    self.location = location
    self.end = end
    self.body = body
  }

  var testDescription: String { name }
}

extension DiagnosticCase {
  static let all: [DiagnosticCase] = [
    DiagnosticCase(
      "unknownCommand", #"a + \foo + b"#, #"unknown command '\foo'"#, at: "1:5", to: "1:8",
      #"<mrow><mi>a</mi><mo>+</mo><merror><mtext>\foo</mtext></merror><mo>+</mo><mi>b</mi></mrow>"#
    ),
    DiagnosticCase(
      "styleCommandInsideText", #"\text{a \textbf{b} c}"#,
      #"'\textbf' inside '\text' is not supported"#,
      at: "1:9", to: "1:15",
      #"<mrow><mtext>a&#xA0;</mtext><merror><mtext>\textbf</mtext></merror><mtext>b c</mtext></mrow>"#
    ),
    DiagnosticCase(
      "unclosedGroup", #"x^{a + b"#, "unbalanced group: '{' is never closed", at: "1:3", to: "1:3",
      #"<msup><mi>x</mi><mrow><merror><mtext>{</mtext></merror><mi>a</mi><mo>+</mo><mi>b</mi></mrow></msup>"#
    ),
    DiagnosticCase(
      "strayClosingBrace", #"a}b"#, "unbalanced group: '}' closes no '{'", at: "1:2", to: "1:2",
      #"<mrow><mi>a</mi><merror><mtext>}</mtext></merror><mi>b</mi></mrow>"#
    ),
    DiagnosticCase(
      "missingArgument", #"1 + \frac{a}"#, #"missing argument for '\frac'"#, at: "1:5",
      to: "1:12",
      #"<mrow><mn>1</mn><mo>+</mo><merror><mtext>\frac{a}</mtext></merror></mrow>"#
    ),
    DiagnosticCase(
      "missingSuperscript", #"x^"#, "missing superscript after '^'", at: "1:2", to: "1:2",
      #"<mrow><mi>x</mi><merror><mtext>^</mtext></merror></mrow>"#
    ),
    DiagnosticCase(
      "doubleSuperscript", #"x^a^b"#, "double superscript", at: "1:4", to: "1:5",
      #"<mrow><msup><mi>x</mi><mi>a</mi></msup><merror><mtext>^b</mtext></merror></mrow>"#
    ),
    DiagnosticCase(
      "leftWithoutRight", #"\left( x + 1"#, #"'\left' has no matching '\right'"#, at: "1:1",
      to: "1:6",
      #"<mrow><merror><mtext>\left(</mtext></merror><mi>x</mi><mo>+</mo><mn>1</mn></mrow>"#
    ),
    DiagnosticCase(
      "rightWithoutLeft", #"x \right)"#, #"'\right' without a matching '\left'"#, at: "1:3",
      to: "1:9",
      #"<mrow><mi>x</mi><merror><mtext>\right)</mtext></merror></mrow>"#
    ),
    DiagnosticCase(
      "leftWithoutDelimiter", #"\left x \right)"#, #"missing delimiter after '\left'"#,
      at: "1:1", to: "1:7",
      #"<mrow><merror><mtext>\left</mtext></merror><mrow><mi>x</mi><mo fence="true" form="postfix" stretchy="true">)</mo></mrow></mrow>"#
    ),
    DiagnosticCase(
      "unknownEnvironment", #"\begin{foo} a \end{foo}"#, "unknown environment 'foo'",
      at: "1:1", to: "1:11",
      #"<mrow><merror><mtext>\begin{foo}</mtext></merror><mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable></mrow>"#
    ),
    DiagnosticCase(
      "mismatchedEnd", #"\begin{matrix} a \end{pmatrix}"#,
      #"'\end{pmatrix}' does not match '\begin{matrix}'"#, at: "1:18", to: "1:30",
      #"<mrow><mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable><merror><mtext>\end{pmatrix}</mtext></merror></mrow>"#
    ),
    DiagnosticCase(
      "missingEnd", #"\begin{matrix} a & b"#, #"'\begin{matrix}' has no matching '\end{matrix}'"#,
      at: "1:1", to: "1:14",
      #"<mrow><merror><mtext>\begin{matrix}</mtext></merror><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr></mtable></mrow>"#
    ),
    DiagnosticCase(
      "alignmentOutsideEnvironment", #"a & b"#,
      "'&' outside an environment such as 'aligned' or 'matrix'", at: "1:3", to: "1:3",
      #"<mrow><mi>a</mi><merror><mtext>&amp;</mtext></merror><mi>b</mi></mrow>"#
    ),
    DiagnosticCase(
      "limitsWithoutOperator", #"x\limits"#, #"'\limits' and '\nolimits' must follow an operator"#,
      at: "1:2", to: "1:8",
      #"<mrow><mi>x</mi><merror><mtext>\limits</mtext></merror></mrow>"#
    ),
    DiagnosticCase(
      "locatedOnItsLineInUTF8Bytes", "\n    \\hat{η} = \\bogus + 1\n",
      #"unknown command '\bogus'"#, at: "2:16", to: "2:21",
      #"<mrow><mover accent="true"><mi>η</mi><mo stretchy="false">ˆ</mo></mover><mo>=</mo><merror><mtext>\bogus</mtext></merror><mo>+</mo><mn>1</mn></mrow>"#
    ),
  ]
}
