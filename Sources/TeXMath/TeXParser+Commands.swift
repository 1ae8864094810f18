extension TeXParser {
  /// Parses a command whose token was just consumed, with its arguments.
  ///
  /// command := symbol | font argument | "\frac" argument argument | "\sqrt" ("[" row "]")?
  ///   argument | accent argument | "\left" … "\right" | "\begin" … "\end" | …
  mutating func parseCommand(_ name: String, _ token: TeXToken) -> MathNode {
    if let symbol = TeXSymbol.named(name) { return node(for: symbol) }
    if let alphabet = MathAlphabet.named(name) {
      if MathAlphabet.isTextCommand(name) { return parseText(token, alphabet: alphabet) }
      return parseFont(token, alphabet: alphabet)
    }
    if let accent = TeXParser.accents[name] {
      guard let base = parseArgument() else { return missingArgument(token) }
      let mark = MathSymbol(accent.mark, stretchy: accent.stretchy)
      return .accent(base: base, mark: mark, below: accent.below)
    }
    if let size = TeXParser.delimiterSizes[name] { return parseSizedDelimiter(token, size: size) }
    switch name {
    case "frac", "dfrac", "tfrac", "binom":
      guard let numerator = parseArgument(), let denominator = parseArgument() else {
        return missingArgument(token)
      }
      let style: FractionStyle =
        switch name {
        case "dfrac": .display
        case "tfrac": .text
        case "binom": .binomial
        default: .inherited
        }
      let fraction = MathNode.fraction(
        numerator: numerator, denominator: denominator, style: style)
      guard style == .binomial else { return fraction }
      return .fenced(
        open: MathSymbol("(", form: .prefix, fence: true, stretchy: true), body: [fraction],
        close: MathSymbol(")", form: .postfix, fence: true, stretchy: true))
    case "sqrt":
      return parseRadical(token)
    case "underset", "overset", "stackrel":
      guard let script = parseArgument(), let base = parseArgument() else {
        return missingArgument(token)
      }
      return name == "underset"
        ? .underOver(base: base, under: script, over: nil)
        : .underOver(base: base, under: nil, over: script)
    case "operatorname":
      return parseOperatorName(token)
    case "left":
      return parseLeft(token)
    case "middle":
      return parseMiddle(token)
    case "begin":
      return parseEnvironment(token)
    case "limits", "nolimits":
      return failure("'\\\(name)' must follow an operator such as '\\sum'", token.range)
    case "":
      return failure("a lone '\\' ends the formula", token.range)
    default:
      return failure("unknown command '\\\(name)'", token.range)
    }
  }

  /// The error node for a command whose arguments are missing, spanning what was read.
  mutating func missingArgument(_ command: TeXToken) -> MathNode {
    failure(
      "missing argument for '\(lexer.text(command.range))'",
      command.range.lowerBound..<consumedEnd)
  }

  /// `\mathbf{…}` and its siblings: the argument with letters and digits in another alphabet.
  private mutating func parseFont(_ command: TeXToken, alphabet: MathAlphabet) -> MathNode {
    let saved = self.alphabet
    self.alphabet = alphabet
    let argument = parseArgument()
    self.alphabet = saved
    return argument ?? missingArgument(command)
  }

  /// `\text{…}` and its siblings: prose, kept as written apart from TeX's escapes.
  private mutating func parseText(_ command: TeXToken, alphabet: MathAlphabet) -> MathNode {
    let opening = peek()
    guard opening.isCharacter("{") else {
      guard case .character(let scalar) = opening.kind, scalar != "}", scalar != "&" else {
        return missingArgument(command)
      }
      advance()
      return .text(String(alphabet.map(scalar)))
    }
    advance()
    let start = opening.range.upperBound
    let (raw, closed) = readRawGroup()
    let name = lexer.text(command.range).dropFirst()
    let scalars = Array(raw.unicodeScalars)
    var pieces: [MathNode] = []
    var text = String.UnicodeScalarView()
    // The braces inside are read flat, without recursion, but nest as deeply as math groups.
    var depth = 0
    var deepest = 0
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if scalar == "\\", index < scalars.count, TeXLexer.isLetter(scalars[index]) {
        // A control word: the same command again only groups (`\text{a \text{b}}` is "a b");
        // any other would change the text's style or meaning, and is refused, not guessed.
        let first = index - 1
        while index < scalars.count, TeXLexer.isLetter(scalars[index]) { index += 1 }
        let word = String(String.UnicodeScalarView(scalars[(first + 1)..<index]))
        if word != name {
          if !text.isEmpty { pieces.append(.text(String(text))) }
          text = String.UnicodeScalarView()
          pieces.append(
            failure(
              "'\\\(word)' inside '\\\(name)' is not supported", (start + first)..<(start + index)))
        }
        // TeX drops the spaces after a control word.
        while index < scalars.count, scalars[index] == " " { index += 1 }
      } else if scalar == "\\" {
        if index < scalars.count { text.append(alphabet.map(scalars[index])) }
        index += 1
      } else if scalar == "{" {
        depth += 1
        deepest = max(deepest, depth)
      } else if scalar == "}" {
        depth -= 1
      } else {
        text.append(alphabet.map(scalar))
      }
    }
    if !text.isEmpty || pieces.isEmpty { pieces.append(.text(String(text))) }
    guard closed else {
      return .row([failure("unbalanced group: '{' is never closed", opening.range)] + pieces)
    }
    guard deepest < Self.maximumNesting else {
      return failure(Self.nestingMessage, opening.range.lowerBound..<consumedEnd)
    }
    return pieces.count == 1 ? pieces[0] : .row(pieces)
  }

  /// `\operatorname{name}` (upright, scripts beside) and `\operatorname*{name}` (limits).
  private mutating func parseOperatorName(_ command: TeXToken) -> MathNode {
    let limits = peek().isCharacter("*")
    if limits { advance() }
    let opening = peek()
    guard opening.isCharacter("{") else { return missingArgument(command) }
    advance()
    let (raw, closed) = readRawGroup()
    // Commands inside the name (`arg\,max`, `\mathrm{x}`), braces and white space are dropped.
    var name = String.UnicodeScalarView()
    var scalars = raw.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      if scalar == "\\" {
        if let next = scalars.popFirst(), TeXLexer.isLetter(next) {
          while let letter = scalars.first, TeXLexer.isLetter(letter) { scalars.removeFirst() }
        }
      } else if scalar != "{", scalar != "}", !scalar.properties.isWhitespace {
        name.append(scalar)
      }
    }
    guard closed else {
      return failure("unbalanced group: '{' is never closed", opening.range)
    }
    return .function(String(name), limits: limits)
  }

  /// `\sqrt{x}` and `\sqrt[n]{x}`.
  private mutating func parseRadical(_ command: TeXToken) -> MathNode {
    var index: MathNode?
    let opening = peek()
    if opening.isCharacter("[") {
      advance()
      let saved = groupDepth
      groupDepth = 0
      optionalDepth += 1
      let body = parseRow()
      optionalDepth -= 1
      groupDepth = saved
      if peek().isCharacter("]") {
        advance()
        index = .row(body)
      } else {
        index = .row([failure("'[' of '\\sqrt' is never closed by ']'", opening.range)] + body)
      }
    }
    guard let radicand = parseArgument() else { return missingArgument(command) }
    return .radical(radicand: radicand, index: index)
  }

  /// Accents: the mark, whether it stretches over its base, and whether it sits below.
  ///
  /// Marks are the characters that Chromium and Firefox place well with OpenType math fonts
  /// (checked with Latin Modern Math): spacing modifier letters for the narrow accents, the
  /// stretchable ASCII forms for the wide ones, and U+20D7 and U+0332, which these fonts can
  /// stretch horizontally, for `\vec` and the over- and underlines.
  static let accents: [String: (mark: String, stretchy: Bool, below: Bool)] = [
    "hat": ("\u{02C6}", false, false), "widehat": ("^", true, false),
    "check": ("\u{02C7}", false, false), "widecheck": ("\u{02C7}", true, false),
    "tilde": ("\u{02DC}", false, false), "widetilde": ("~", true, false),
    "bar": ("\u{00AF}", false, false), "overline": ("\u{0332}", true, false),
    "vec": ("\u{20D7}", true, false), "overrightarrow": ("\u{2192}", true, false),
    "overleftarrow": ("\u{2190}", true, false), "dot": ("\u{02D9}", false, false),
    "ddot": ("\u{00A8}", false, false), "breve": ("\u{02D8}", false, false),
    "acute": ("\u{00B4}", false, false), "grave": ("`", false, false),
    "mathring": ("\u{02DA}", false, false), "underline": ("\u{0332}", true, true),
  ]
}
