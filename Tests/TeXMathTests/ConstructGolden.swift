import Testing

@testable import TeXMath

/// One construct TeXMath supports, with the MathML it must become (inside `<semantics>`).
struct ConstructGolden: Sendable, CustomTestStringConvertible {
  let name: String
  let tex: String
  let display: Bool
  let body: String

  init(_ name: String, _ tex: String, display: Bool, _ body: String) {
    self.name = name
    self.tex = tex
    self.display = display
    self.body = body
  }

  var testDescription: String { name }
}

extension ConstructGolden {
  /// One case per construct: scripts, limits, fractions, roots, fences, sizes, text, spaces,
  /// environments, symbols, accents, alphabets, function names and escaping.
  static let all: [ConstructGolden] = [
    ConstructGolden(
      "groupBecomesRow", #"{a+b}^2"#, display: false,
      #"<msup><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></msup>"#),
    ConstructGolden(
      "superscript", #"x^2"#, display: false,
      #"<msup><mi>x</mi><mn>2</mn></msup>"#),
    ConstructGolden(
      "subscript", #"x_i"#, display: false,
      #"<msub><mi>x</mi><mi>i</mi></msub>"#),
    ConstructGolden(
      "subscriptAndSuperscript", #"x_i^2"#, display: false,
      #"<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>"#),
    ConstructGolden(
      "primesFollowTheirBase", #"f'(x) + g''"#, display: false,
      #"<mrow><mrow><mi>f</mi><mo lspace="0em" rspace="0em">′</mo></mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo>+</mo><mrow><mi>g</mi><mo lspace="0em" rspace="0em">″</mo></mrow></mrow>"#
    ),
    ConstructGolden(
      "primeBeforeSuperscript", #"f'^2"#, display: false,
      #"<msup><mrow><mi>f</mi><mo lspace="0em" rspace="0em">′</mo></mrow><mn>2</mn></msup>"#),
    ConstructGolden(
      "functionCallSpacesAsFunction", #"f(x)"#, display: false,
      #"<mrow><mi>f</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#),
    ConstructGolden(
      "numbersKeepDecimalPoint", #"3.14 + 12x"#, display: false,
      #"<mrow><mn>3.14</mn><mo>+</mo><mn>12</mn><mi>x</mi></mrow>"#),
    ConstructGolden(
      "minusAndAsteriskBecomeOperators", #"-a - b * c"#, display: false,
      #"<mrow><mo>−</mo><mi>a</mi><mo>−</mo><mi>b</mi><mo>∗</mo><mi>c</mi></mrow>"#),
    ConstructGolden(
      "scriptTakesOneToken", #"x^12"#, display: false,
      #"<mrow><msup><mi>x</mi><mn>1</mn></msup><mn>2</mn></mrow>"#),
    ConstructGolden(
      "sumTakesLimitsInDisplay", #"\sum_{i=1}^N i"#, display: true,
      #"<mrow><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>N</mi></munderover><mi>i</mi></mrow>"#
    ),
    ConstructGolden(
      "sumTakesScriptsInline", #"\sum_{i=1}^N i"#, display: false,
      #"<mrow><msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>N</mi></msubsup><mi>i</mi></mrow>"#
    ),
    ConstructGolden(
      "prodTakesLimitsInDisplay", #"\prod_{k} a_k"#, display: true,
      #"<mrow><munder><mo>∏</mo><mi>k</mi></munder><msub><mi>a</mi><mi>k</mi></msub></mrow>"#),
    ConstructGolden(
      "integralKeepsScriptsInDisplay", #"\int_0^1 x\,dx"#, display: true,
      #"<mrow><msubsup><mo>∫</mo><mn>0</mn><mn>1</mn></msubsup><mi>x</mi><mspace width="0.1667em"></mspace><mi>d</mi><mi>x</mi></mrow>"#
    ),
    ConstructGolden(
      "limitsForcesLimits", #"\int\limits_0^1 x"#, display: false,
      #"<mrow><munderover><mo>∫</mo><mn>0</mn><mn>1</mn></munderover><mi>x</mi></mrow>"#),
    ConstructGolden(
      "limTakesLimitsInDisplay", #"\lim_{n \to \infty} a_n"#, display: true,
      #"<mrow><munder><mi>lim</mi><mrow><mi>n</mi><mo>→</mo><mi>∞</mi></mrow></munder><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><msub><mi>a</mi><mi>n</mi></msub></mrow>"#
    ),
    ConstructGolden(
      "oversetPutsScriptAbove", #"\overset{!}{=}"#, display: false,
      #"<mover><mo>=</mo><mo>!</mo></mover>"#),
    ConstructGolden(
      "undersetPutsScriptBelow", #"\underset{w}{\text{minimize}}"#, display: true,
      #"<munder><mtext>minimize</mtext><mi>w</mi></munder>"#),
    ConstructGolden(
      "fraction", #"\frac{a}{b}"#, display: false,
      #"<mfrac><mi>a</mi><mi>b</mi></mfrac>"#),
    ConstructGolden(
      "fractionOfSingleTokens", #"\frac12"#, display: false,
      #"<mfrac><mn>1</mn><mn>2</mn></mfrac>"#),
    ConstructGolden(
      "displayFraction", #"\dfrac{a}{b}"#, display: false,
      #"<mstyle displaystyle="true" scriptlevel="0"><mfrac><mi>a</mi><mi>b</mi></mfrac></mstyle>"#),
    ConstructGolden(
      "fractionScriptsStayScripts", #"\frac{\sum_{i} x_i}{n}"#, display: true,
      #"<mfrac><mrow><msub><mo>∑</mo><mi>i</mi></msub><msub><mi>x</mi><mi>i</mi></msub></mrow><mi>n</mi></mfrac>"#
    ),
    ConstructGolden(
      "squareRoot", #"\sqrt{x^2+1}"#, display: false,
      #"<msqrt><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mn>1</mn></msqrt>"#),
    ConstructGolden(
      "rootWithIndex", #"\sqrt[3]{x}"#, display: false,
      #"<mroot><mi>x</mi><mn>3</mn></mroot>"#),
    ConstructGolden(
      "leftRightStretch", #"\left( \frac{a}{b} \right)"#, display: true,
      #"<mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mfrac><mi>a</mi><mi>b</mi></mfrac><mo fence="true" form="postfix" stretchy="true">)</mo></mrow>"#
    ),
    ConstructGolden(
      "leftRightWithEmptyDelimiter", #"\left. x \right|_0"#, display: true,
      #"<msub><mrow><mi>x</mi><mo fence="true" form="postfix" stretchy="true">|</mo></mrow><mn>0</mn></msub>"#
    ),
    ConstructGolden(
      "middleStretches", #"\left\{ x \middle| x > 0 \right\}"#, display: true,
      #"<mrow><mo fence="true" form="prefix" stretchy="true">{</mo><mi>x</mi><mo fence="true" form="infix" stretchy="true">|</mo><mi>x</mi><mo>&gt;</mo><mn>0</mn><mo fence="true" form="postfix" stretchy="true">}</mo></mrow>"#
    ),
    ConstructGolden(
      "bigSizes", #"\big( \Big[ \bigg\{ \Bigg\|"#, display: true,
      #"<mrow><mo maxsize="1.2em" minsize="1.2em" stretchy="true" symmetric="true">(</mo><mo maxsize="1.8em" minsize="1.8em" stretchy="true" symmetric="true">[</mo><mo maxsize="2.4em" minsize="2.4em" stretchy="true" symmetric="true">{</mo><mo form="prefix" maxsize="3em" minsize="3em" stretchy="true" symmetric="true">‖</mo></mrow>"#
    ),
    ConstructGolden(
      "bigLeftAndRight", #"\bigl( x \bigr)"#, display: false,
      #"<mrow><mo form="prefix" maxsize="1.2em" minsize="1.2em" stretchy="true" symmetric="true">(</mo><mi>x</mi><mo form="postfix" maxsize="1.2em" minsize="1.2em" stretchy="true" symmetric="true">)</mo></mrow>"#
    ),
    ConstructGolden(
      "text", #"\text{if } x"#, display: false,
      #"<mrow><mtext>if&#xA0;</mtext><mi>x</mi></mrow>"#),
    ConstructGolden(
      "textInsideTextOnlyGroups", #"\text{a \text{b}}"#, display: false,
      #"<mtext>a b</mtext>"#),
    ConstructGolden(
      "spaces", #"a\,b\:c\;d\quad e\qquad f\!g"#, display: false,
      #"<mrow><mi>a</mi><mspace width="0.1667em"></mspace><mi>b</mi><mspace width="0.2222em"></mspace><mi>c</mi><mspace width="0.2778em"></mspace><mi>d</mi><mspace width="1em"></mspace><mi>e</mi><mspace width="2em"></mspace><mi>f</mi><mspace width="-0.1667em"></mspace><mi>g</mi></mrow>"#
    ),
    ConstructGolden(
      "matrix", #"\begin{matrix} a & b \\ c & d \end{matrix}"#, display: true,
      #"<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable>"#
    ),
    ConstructGolden(
      "pmatrix", #"\begin{pmatrix} 1 \\ 2 \end{pmatrix}"#, display: true,
      #"<mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mtable><mtr><mtd><mn>1</mn></mtd></mtr><mtr><mtd><mn>2</mn></mtd></mtr></mtable><mo fence="true" form="postfix" stretchy="true">)</mo></mrow>"#
    ),
    ConstructGolden(
      "bmatrix", #"\begin{bmatrix} 1 & 0 \\ 0 & 1 \\ \end{bmatrix}"#, display: true,
      #"<mrow><mo fence="true" form="prefix" stretchy="true">[</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>0</mn></mtd></mtr><mtr><mtd><mn>0</mn></mtd><mtd><mn>1</mn></mtd></mtr></mtable><mo fence="true" form="postfix" stretchy="true">]</mo></mrow>"#
    ),
    ConstructGolden(
      "cases", #"|x| = \begin{cases} x & x \ge 0 \\ -x & \text{otherwise} \end{cases}"#,
      display: true,
      #"<mrow><mo form="prefix" stretchy="false">|</mo><mi>x</mi><mo form="postfix" stretchy="false">|</mo><mo>=</mo><mrow><mo fence="true" form="prefix" stretchy="true">{</mo><mtable><mtr><mtd style="padding-left:0em;text-align:left"><mi>x</mi></mtd><mtd style="padding-left:1em;text-align:left"><mrow><mi>x</mi><mo>≥</mo><mn>0</mn></mrow></mtd></mtr><mtr><mtd style="padding-left:0em;text-align:left"><mrow><mo>−</mo><mi>x</mi></mrow></mtd><mtd style="padding-left:1em;text-align:left"><mtext>otherwise</mtext></mtd></mtr></mtable></mrow></mrow>"#
    ),
    ConstructGolden(
      "aligned", #"\begin{aligned} a &= b \\ &= c \end{aligned}"#, display: true,
      #"<mtable displaystyle="true"><mtr><mtd style="padding-left:0em;padding-right:0em;text-align:right"><mi>a</mi></mtd><mtd style="padding-left:0em;padding-right:0em;text-align:left"><mrow><mrow></mrow><mo>=</mo><mi>b</mi></mrow></mtd></mtr><mtr><mtd style="padding-left:0em;padding-right:0em;text-align:right"><mrow></mrow></mtd><mtd style="padding-left:0em;padding-right:0em;text-align:left"><mrow><mrow></mrow><mo>=</mo><mi>c</mi></mrow></mtd></mtr></mtable>"#
    ),
    ConstructGolden(
      "greekLetters", #"\alpha \beta \epsilon \Gamma \Delta \omega"#, display: false,
      #"<mrow><mi>α</mi><mi>β</mi><mi>ϵ</mi><mi mathvariant="normal">Γ</mi><mi mathvariant="normal">Δ</mi><mi>ω</mi></mrow>"#
    ),
    ConstructGolden(
      "letterLikeSymbols", #"\ell \partial \nabla \infty"#, display: false,
      #"<mrow><mi>ℓ</mi><mi>∂</mi><mi mathvariant="normal">∇</mi><mi>∞</mi></mrow>"#),
    ConstructGolden(
      "binaryOperators", #"a \cdot b \times c \div d \pm e"#, display: false,
      #"<mrow><mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi><mo>÷</mo><mi>d</mi><mo>±</mo><mi>e</mi></mrow>"#
    ),
    ConstructGolden(
      "relations", #"\leq \geq \neq \approx \equiv \in \sim"#, display: false,
      #"<mrow><mo>≤</mo><mo>≥</mo><mo>≠</mo><mo>≈</mo><mo>≡</mo><mo>∈</mo><mo>∼</mo></mrow>"#),
    ConstructGolden(
      "arrows", #"\to \mapsto \rightarrow \Rightarrow"#, display: false,
      #"<mrow><mo>→</mo><mo>↦</mo><mo>→</mo><mo>⇒</mo></mrow>"#),
    ConstructGolden(
      "dots", #"\ldots \cdots"#, display: false,
      #"<mrow><mo>…</mo><mo>⋯</mo></mrow>"#),
    ConstructGolden(
      "accents", #"\hat{y} \bar{x} \tilde{x} \vec{v} \dot{x}"#, display: false,
      #"<mrow><mover accent="true"><mi>y</mi><mo stretchy="false">ˆ</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">¯</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">˜</mo></mover><mover accent="true"><mi>v</mi><mo stretchy="true">&#x20D7;</mo></mover><mover accent="true"><mi>x</mi><mo stretchy="false">˙</mo></mover></mrow>"#
    ),
    ConstructGolden(
      "wideAccents", #"\widehat{AB} \overline{x+y} \underline{z}"#, display: false,
      #"<mrow><mover accent="true"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy="true">^</mo></mover><mover accent="true"><mrow><mi>x</mi><mo>+</mo><mi>y</mi></mrow><mo stretchy="true">&#x332;</mo></mover><munder accentunder="true"><mi>z</mi><mo stretchy="true">&#x332;</mo></munder></mrow>"#
    ),
    ConstructGolden(
      "fontAlphabets", #"\mathbf{W} \mathrm{d} \mathit{x} \mathbb{R} \mathcal{L}"#, display: false,
      #"<mrow><mi>𝐖</mi><mi mathvariant="normal">d</mi><mi>𝑥</mi><mi>ℝ</mi><mi>ℒ</mi></mrow>"#),
    ConstructGolden(
      "romanMergesLetters", #"\mathrm{const}"#, display: false,
      #"<mi>const</mi>"#),
    ConstructGolden(
      "boldDigitsAndGreek", #"\mathbf{2\alpha}"#, display: false,
      #"<mrow><mn>𝟐</mn><mi>𝛂</mi></mrow>"#),
    ConstructGolden(
      "operatorName", #"\operatorname{softmax}(x)"#, display: false,
      #"<mrow><mi>softmax</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo></mrow>"#
    ),
    ConstructGolden(
      "operatorNameDropsCommandsInside", #"\operatorname{arg\,max} \operatorname{\mathrm{Var}}"#,
      display: false,
      #"<mrow><mi>argmax</mi><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>Var</mi></mrow>"#),
    ConstructGolden(
      "operatorNameWithLimits", #"\operatorname*{argmin}_w L"#, display: true,
      #"<mrow><munder><mi>argmin</mi><mi>w</mi></munder><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>L</mi></mrow>"#
    ),
    ConstructGolden(
      "limitFunctions", #"\min_x f + \max(a, b) + \arg z"#, display: true,
      #"<mrow><munder><mi>min</mi><mi>x</mi></munder><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>f</mi><mo>+</mo><mi>max</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>a</mi><mo>,</mo><mi>b</mi><mo stretchy="false">)</mo><mo>+</mo><mi>arg</mi><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>z</mi></mrow>"#
    ),
    ConstructGolden(
      "functionNames", #"\log x + \exp(x) + \sin^2 x \cos x + \tanh x"#, display: false,
      #"<mrow><mi>log</mi><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>x</mi><mo>+</mo><mi>exp</mi><mo>&#x2061;</mo><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mo>+</mo><msup><mi>sin</mi><mn>2</mn></msup><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>x</mi><mi>cos</mi><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>x</mi><mo>+</mo><mi>tanh</mi><mo lspace="0em" rspace="0.1667em">&#x2061;</mo><mi>x</mi></mrow>"#
    ),
    ConstructGolden(
      "barsPairAsFences", #"\|x\| + |y|"#, display: false,
      #"<mrow><mo form="prefix" stretchy="false">‖</mo><mi>x</mi><mo form="postfix" stretchy="false">‖</mo><mo>+</mo><mo form="prefix" stretchy="false">|</mo><mi>y</mi><mo form="postfix" stretchy="false">|</mo></mrow>"#
    ),
    ConstructGolden(
      "braces", #"\{ x \}"#, display: false,
      #"<mrow><mo stretchy="false">{</mo><mi>x</mi><mo stretchy="false">}</mo></mrow>"#),
    ConstructGolden(
      "unicodeInput", #"η = 0.1"#, display: false,
      #"<mrow><mi>η</mi><mo>=</mo><mn>0.1</mn></mrow>"#),
    ConstructGolden(
      "xmlSpecialCharactersEscaped", #"a < b > c \text{ & }"#, display: false,
      #"<mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi><mo>&gt;</mo><mi>c</mi><mtext>&#xA0;&amp;&#xA0;</mtext></mrow>"#
    ),
    ConstructGolden(
      "binomial", #"\binom{n}{k}"#, display: false,
      #"<mrow><mo fence="true" form="prefix" stretchy="true">(</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo fence="true" form="postfix" stretchy="true">)</mo></mrow>"#
    ),
    ConstructGolden(
      "displayStyleSwitch", #"\displaystyle \sum_{i} x_i"#, display: false,
      #"<mstyle displaystyle="true" scriptlevel="0"><munder><mo>∑</mo><mi>i</mi></munder><msub><mi>x</mi><mi>i</mi></msub></mstyle>"#
    ),
  ]
}
