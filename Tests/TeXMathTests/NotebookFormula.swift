import Testing

/// A formula of the Flux by Example notebook, as its Markdown gives it, with its MathML.
struct NotebookFormula: Sendable, CustomTestStringConvertible {
  let name: String
  /// The text between the `$` or `$$` delimiters; display formulas keep their line breaks and
  /// indentation.
  let tex: String
  let display: Bool
  /// The expected `<math>` element, split into lines for reading.
  let mathML: String

  init(_ name: String, _ tex: String, display: Bool, _ mathML: [String]) {
    self.name = name
    self.tex = tex
    self.display = display
    self.mathML = mathML.joined()
  }

  var testDescription: String { name }
}

extension NotebookFormula {
  /// Every formula of the notebook: five displayed, eleven distinct inline ones.
  static let all: [NotebookFormula] = [
    NotebookFormula(
      "polynomialDefinition",
      "\n    " + #"f^{(N)}(x) = \sum_{i=1}^N \left( x^{i-1} \cdot w_i \right)"# + "\n",
      display: true,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow>"#,
        #"<msup><mi>f</mi><mrow><mo stretchy="false">(</mo><mi>N</mi><mo stretchy="false">)"#,
        #"</mo></mrow></msup><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo>"#,
        #"<mo>=</mo><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>N"#,
        #"</mi></munderover><mrow><mo fence="true" form="prefix" stretchy="true">(</mo><msup>"#,
        #"<mi>x</mi><mrow><mi>i</mi><mo>−</mo><mn>1</mn></mrow></msup><mo>⋅</mo><msub><mi>w"#,
        #"</mi><mi>i</mi></msub><mo fence="true" form="postfix" stretchy="true">)</mo></mrow>"#,
        #"</mrow><annotation encoding="application/x-tex">"#,
        #"f^{(N)}(x) = \sum_{i=1}^N \left( x^{i-1} \cdot w_i \right)</annotation></semantics>"#,
        #"</math>"#,
      ]),
    NotebookFormula(
      "targetIsAbsoluteValue", "\n    " + #"y = |x|"# + "\n", display: true,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow>"#,
        #"<mi>y</mi><mo>=</mo><mo form="prefix" stretchy="false">|</mo><mi>x</mi>"#,
        #"<mo form="postfix" stretchy="false">|</mo></mrow>"#,
        #"<annotation encoding="application/x-tex">y = |x|</annotation></semantics></math>"#,
      ]),
    NotebookFormula(
      "predictionIsModelOutput", "\n    " + #"\hat{y} = f(x)"# + "\n", display: true,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow>"#,
        #"<mover accent="true"><mi>y</mi><mo stretchy="false">ˆ</mo></mover><mo>=</mo><mi>f"#,
        #"</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#,
        #"<annotation encoding="application/x-tex">\hat{y} = f(x)</annotation></semantics>"#,
        #"</math>"#,
      ]),
    NotebookFormula(
      "lossIsNormOfDifference",
      "\n    " + #"\underset{w}{\text{minimize}} \,\, \big\|y - \hat{y} \big\|_2"# + "\n",
      display: true,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow>"#,
        #"<munder><mtext>minimize</mtext><mi>w</mi></munder><mspace width="0.1667em"></mspace>"#,
        #"<mspace width="0.1667em"></mspace>"#,
        #"<mo form="prefix" maxsize="1.2em" minsize="1.2em" stretchy="true" symmetric="true">‖"#,
        #"</mo><mi>y</mi><mo>−</mo><mover accent="true"><mi>y</mi><mo stretchy="false">ˆ</mo>"#,
        #"</mover><msub>"#,
        #"<mo form="postfix" maxsize="1.2em" minsize="1.2em" stretchy="true" symmetric="true">"#,
        #"‖</mo><mn>2</mn></msub></mrow><annotation encoding="application/x-tex">"#,
        #"\underset{w}{\text{minimize}} \,\, \big\|y - \hat{y} \big\|_2</annotation>"#,
        #"</semantics></math>"#,
      ]),
    NotebookFormula(
      "lossWrittenOut",
      "\n    "
        + #"\underset{w}{\text{minimize}} \,\, \left\||x| - \sum_{i=1}^N \left( x^{i-1} \cdot w_i \right) \right\|_2"#
        + "\n", display: true,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><semantics><mrow>"#,
        #"<munder><mtext>minimize</mtext><mi>w</mi></munder><mspace width="0.1667em"></mspace>"#,
        #"<mspace width="0.1667em"></mspace><msub><mrow>"#,
        #"<mo fence="true" form="prefix" stretchy="true">‖</mo>"#,
        #"<mo form="prefix" stretchy="false">|</mo><mi>x</mi>"#,
        #"<mo form="postfix" stretchy="false">|</mo><mo>−</mo><munderover><mo>∑</mo><mrow><mi>"#,
        #"i</mi><mo>=</mo><mn>1</mn></mrow><mi>N</mi></munderover><mrow>"#,
        #"<mo fence="true" form="prefix" stretchy="true">(</mo><msup><mi>x</mi><mrow><mi>i"#,
        #"</mi><mo>−</mo><mn>1</mn></mrow></msup><mo>⋅</mo><msub><mi>w</mi><mi>i</mi></msub>"#,
        #"<mo fence="true" form="postfix" stretchy="true">)</mo></mrow>"#,
        #"<mo fence="true" form="postfix" stretchy="true">‖</mo></mrow><mn>2</mn></msub>"#,
        #"</mrow><annotation encoding="application/x-tex">"#,
        #"\underset{w}{\text{minimize}} \,\, \left\||x| - \sum_{i=1}^N \left( x^{i-1} \cdot w_i \right) \right\|_2"#,
        #"</annotation></semantics></math>"#,
      ]),
    NotebookFormula(
      "inlinePolynomialName", #"f^{(N)}(x)"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><msup><mi>f</mi>"#,
        #"<mrow><mo stretchy="false">(</mo><mi>N</mi><mo stretchy="false">)</mo></mrow></msup>"#,
        #"<mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#,
        #"<annotation encoding="application/x-tex">f^{(N)}(x)</annotation></semantics></math>"#,
      ]),
    NotebookFormula(
      "inlineX", #"x"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mi>x</mi>"#,
        #"<annotation encoding="application/x-tex">x</annotation></semantics></math>"#,
      ]),
    NotebookFormula(
      "inlineF", #"f"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mi>f</mi>"#,
        #"<annotation encoding="application/x-tex">f</annotation></semantics></math>"#,
      ]),
    NotebookFormula(
      "inlineW", #"w"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mi>w</mi>"#,
        #"<annotation encoding="application/x-tex">w</annotation></semantics></math>"#,
      ]),
    NotebookFormula(
      "inlineAbsoluteValue", #"|x|"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow>"#,
        #"<mo form="prefix" stretchy="false">|</mo><mi>x</mi>"#,
        #"<mo form="postfix" stretchy="false">|</mo></mrow>"#,
        #"<annotation encoding="application/x-tex">|x|</annotation></semantics></math>"#,
      ]),
    NotebookFormula(
      "inlineCall", #"f(x)"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>f</mi>"#,
        #"<mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#,
        #"<annotation encoding="application/x-tex">f(x)</annotation></semantics></math>"#,
      ]),
    NotebookFormula(
      "inlineY", #"y"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mi>y</mi>"#,
        #"<annotation encoding="application/x-tex">y</annotation></semantics></math>"#,
      ]),
    NotebookFormula(
      "inlinePrediction", #"\hat{y}"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mover accent="true">"#,
        #"<mi>y</mi><mo stretchy="false">ˆ</mo></mover>"#,
        #"<annotation encoding="application/x-tex">\hat{y}</annotation></semantics></math>"#,
      ]),
    NotebookFormula(
      "inlineNorm", #"\ell_2"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><msub><mi>ℓ</mi><mn>2"#,
        #"</mn></msub><annotation encoding="application/x-tex">\ell_2</annotation></semantics>"#,
        #"</math>"#,
      ]),
    NotebookFormula(
      "inlineEta", #"eta"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>e</mi><mi>t"#,
        #"</mi><mi>a</mi></mrow><annotation encoding="application/x-tex">eta</annotation>"#,
        #"</semantics></math>"#,
      ]),
    NotebookFormula(
      "inlineEquation", #"x = 6"#, display: false,
      [
        #"<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>x</mi><mo>="#,
        #"</mo><mn>6</mn></mrow><annotation encoding="application/x-tex">x = 6</annotation>"#,
        #"</semantics></math>"#,
      ]),
  ]
}
