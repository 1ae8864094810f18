/// A formula as MathML understands it: what the parser builds and the writer prints.
indirect enum MathNode: Hashable, Sendable {
  /// `<mi>`: a variable or a letter-like symbol.
  case identifier(String, IdentifierStyle)
  /// `<mn>`: a number.
  case number(String)
  /// `<mo>`: an operator, relation, fence or separator.
  case symbol(MathSymbol)
  /// `<mtext>`: prose inside math.
  case text(String)
  /// `<mspace>`: horizontal space, in math units (1/18 em).
  case space(mu: Int)
  /// `<mrow>`: a group; a group of one prints as its only member.
  case row([MathNode])
  /// `<mstyle>`: the rest of a group switched to display or text style.
  case style(display: Bool, [MathNode])
  /// Sub- and superscripts; limits above and below when the base takes them.
  case scripts(base: MathNode, subscript: MathNode?, superscript: MathNode?)
  /// A large operator such as `∑` or `∫`.
  case largeOperator(MathSymbol, LimitPlacement)
  /// A function name such as `sin` or `lim`, followed by an invisible function application.
  case function(String, limits: Bool)
  /// `<munder>`/`<mover>`/`<munderover>` built by `\underset`, `\overset` and `\stackrel`.
  case underOver(base: MathNode, under: MathNode?, over: MathNode?)
  /// An accent above or below its base: `\hat`, `\overline`, `\underline`.
  case accent(base: MathNode, mark: MathSymbol, below: Bool)
  /// `<mfrac>`.
  case fraction(numerator: MathNode, denominator: MathNode, style: FractionStyle)
  /// `<msqrt>` or, with an index, `<mroot>`.
  case radical(radicand: MathNode, index: MathNode?)
  /// A row between fences: `\left( … \right)`, or the brackets of `pmatrix`.
  case fenced(open: MathSymbol?, body: [MathNode], close: MathSymbol?)
  /// `<mtable>` for the matrix, `cases` and `aligned` environments.
  case table(MathTable)
  /// `<merror>` showing the offending source.
  case error(String)
}

/// How an `<mi>` is drawn.
enum IdentifierStyle: Hashable, Sendable {
  /// The browser's default: a single letter is italic, a longer name upright.
  case automatic
  /// Upright even when it is a single letter (`mathvariant="normal"`).
  case upright
}

/// Where a large operator puts its limits.
enum LimitPlacement: Hashable, Sendable {
  /// Above and below in display style, as scripts otherwise (`\sum`, TeX's default).
  case displayOnly
  /// Always above and below (`\limits`).
  case always
  /// Always as scripts (`\int`, `\nolimits`).
  case never
}

/// How a fraction is sized.
enum FractionStyle: Hashable, Sendable {
  /// `\frac`: the style of its surroundings.
  case inherited
  /// `\dfrac`: display style.
  case display
  /// `\tfrac`: text style.
  case text
  /// `\binom`: no rule, the style of its surroundings.
  case binomial
}
