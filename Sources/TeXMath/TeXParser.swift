/// Parses TeX math into MathML nodes, collecting problems instead of stopping at the first.
///
/// Each problem becomes a ``TeXProblem`` located in the source and an `.error` node showing the
/// offending source, so the rest of the formula still renders.
struct TeXParser {
  var lexer: TeXLexer
  private var lookahead: TeXToken?
  /// Where the last consumed token ends.
  private(set) var consumedEnd = 0
  /// The problems found so far, in the order they were found.
  private(set) var problems: [TeXProblem] = []

  // What encloses the row being parsed: each decides which tokens end a row.
  var groupDepth = 0
  var leftDepth = 0
  var tableDepth = 0
  var optionalDepth = 0
  /// The alphabet a font command selected for letters and digits, if any.
  var alphabet: MathAlphabet?
  /// The `|` and `‖` bars opened in the current row and not yet closed.
  var openBars: Set<String> = []

  /// How deeply rows and atoms may nest; past it the rest of the formula is one error, so that
  /// no input can exhaust the stack.
  static let maximumNesting = 256
  /// The problem reported, once, for a formula that nests past `maximumNesting`.
  static let nestingMessage = "the formula nests deeper than \(maximumNesting) levels"
  /// The rows and atoms being parsed, one inside the other.
  private var nesting = 0
  /// Set once the formula nested too deeply: no further problem is reported.
  private var abandoned = false

  init(source: String) {
    lexer = TeXLexer(source: source)
  }

  /// Parses a whole formula.
  ///
  /// formula := row
  mutating func parseFormula() -> [MathNode] {
    parseRow()
  }

  // MARK: Tokens

  /// The next token, without consuming it.
  mutating func peek() -> TeXToken {
    if let token = lookahead { return token }
    let token = lexer.next()
    lookahead = token
    return token
  }

  /// Consumes and returns the next token.
  @discardableResult
  mutating func advance() -> TeXToken {
    let token = peek()
    lookahead = nil
    consumedEnd = token.range.upperBound
    return token
  }

  /// Reads the raw text of a group whose `{` was just consumed.
  mutating func readRawGroup() -> (text: String, closed: Bool) {
    precondition(lookahead == nil, "raw reading needs the lexer at the group's start")
    let group = lexer.readRawGroup()
    consumedEnd = lexer.position
    return group
  }

  /// Records a problem over a range of source scalars.
  mutating func report(_ message: String, _ range: Range<Int>) {
    guard !abandoned else { return }
    problems.append(TeXProblem(message: message, scalars: range))
  }

  /// Consumes the rest of the formula as one error node, reported once; every enclosing row
  /// then ends quietly.
  private mutating func abandonRest() -> MathNode {
    let start = peek().range.lowerBound
    while true {
      if case .end = peek().kind { break }
      advance()
    }
    let node = failure(Self.nestingMessage, start..<max(start, consumedEnd))
    abandoned = true
    return node
  }

  /// Records a problem and returns the node that shows the offending source.
  ///
  /// Once the formula is abandoned, the one error node of ``abandonRest()`` shows the rest of it:
  /// the enclosing commands that then miss an argument show nothing more (each of the levels
  /// would otherwise copy the rest of the formula again).
  mutating func failure(_ message: String, _ range: Range<Int>) -> MathNode {
    guard !abandoned else { return .row([]) }
    report(message, range)
    return .error(lexer.text(range))
  }

  // MARK: Rows and items

  /// Parses items up to a token that closes what encloses the row.
  ///
  /// row := item*
  mutating func parseRow() -> [MathNode] {
    guard nesting < Self.maximumNesting else { return [abandonRest()] }
    nesting += 1
    defer { nesting -= 1 }
    let savedBars = openBars
    openBars = []
    defer { openBars = savedBars }
    var nodes: [MathNode] = []
    while true {
      let token = peek()
      if endsRow(token) { break }
      if let stray = parseStray(token) {
        nodes.append(stray)
      } else if token.isCommand("displaystyle") || token.isCommand("textstyle") {
        advance()
        nodes.append(.style(display: token.isCommand("displaystyle"), parseRow()))
      } else {
        nodes.append(contentsOf: parseItem())
      }
    }
    return alphabet == .roman ? TeXParser.mergingUprightLetters(nodes) : nodes
  }

  /// Whether a token closes something that encloses the current row.
  private func endsRow(_ token: TeXToken) -> Bool {
    switch token.kind {
    case .end:
      return true
    case .character(let scalar):
      return (scalar == "}" && groupDepth > 0) || (scalar == "&" && tableDepth > 0)
        || (scalar == "]" && optionalDepth > 0)
    case .command(let name):
      return ((name == "\\" || name == "end") && tableDepth > 0)
        || (name == "right" && leftDepth > 0)
    }
  }

  /// Consumes a closing token that closes nothing, as an error node.
  private mutating func parseStray(_ token: TeXToken) -> MathNode? {
    switch token.kind {
    case .end:
      return nil
    case .character(let scalar):
      switch scalar {
      case "}":
        advance()
        return failure("unbalanced group: '}' closes no '{'", token.range)
      case "&":
        advance()
        return failure("'&' outside an environment such as 'aligned' or 'matrix'", token.range)
      default:
        return nil
      }
    case .command(let name):
      switch name {
      case "\\":
        advance()
        return failure("'\\\\' outside an environment such as 'aligned' or 'matrix'", token.range)
      case "end":
        advance()
        _ = parseEnvironmentName()
        return failure("'\\end' without a matching '\\begin'", token.range.lowerBound..<consumedEnd)
      case "right":
        advance()
        _ = parseDelimiter(after: token)
        return failure(
          "'\\right' without a matching '\\left'", token.range.lowerBound..<consumedEnd)
      default:
        return nil
      }
    }
  }

  /// Parses an atom and the scripts and primes attached to it.
  ///
  /// item := atom? ( "^" argument | "_" argument | "'"+ | "\limits" | "\nolimits" )*
  mutating func parseItem() -> [MathNode] {
    let first = peek()
    var base: MathNode
    if first.isCharacter("^") || first.isCharacter("_") || first.isCharacter("'") {
      base = .row([])
    } else {
      base = parseAtom(inRow: true)
    }
    var extra: [MathNode] = []
    var lower: MathNode?
    var upper: MathNode?
    var primed = false
    while true {
      let token = peek()
      if token.isCommand("limits") || token.isCommand("nolimits") {
        advance()
        if let changed = TeXParser.settingLimits(of: base, to: token.isCommand("limits")) {
          base = changed
        } else {
          extra.append(failure("'\\limits' and '\\nolimits' must follow an operator", token.range))
        }
      } else if token.isCharacter("'") {
        var count = 0
        while peek().isCharacter("'") {
          advance()
          count += 1
        }
        // Primes follow their base on the line rather than as a superscript: fonts draw U+2032
        // already raised, and Chromium does not swap in the script-size form, so a prime in
        // <msup> sits far too high.
        if upper == nil, !primed {
          base = .row([base, .symbol(TeXParser.primeSymbol(count: count))])
          primed = true
        } else {
          extra.append(failure("double superscript", token.range.lowerBound..<consumedEnd))
        }
      } else if token.isCharacter("^") || token.isCharacter("_") {
        advance()
        let isSuperscript = token.isCharacter("^")
        let kind = isSuperscript ? "superscript" : "subscript"
        guard let argument = parseArgument() else {
          extra.append(failure("missing \(kind) after '\(lexer.text(token.range))'", token.range))
          continue
        }
        if isSuperscript, upper == nil {
          upper = argument
        } else if !isSuperscript, lower == nil {
          lower = argument
        } else {
          extra.append(failure("double \(kind)", token.range.lowerBound..<consumedEnd))
        }
      } else {
        break
      }
    }
    if lower == nil, upper == nil { return [base] + extra }
    return [.scripts(base: base, subscript: lower, superscript: upper)] + extra
  }

  /// Parses a single atom: a number, letter, symbol, group or command with its arguments.
  ///
  /// atom := digits | "{" row "}" | command | character
  /// - Parameter inRow: Whether a run of digits may form one number (not in a script, where TeX
  ///   takes one token).
  mutating func parseAtom(inRow: Bool) -> MathNode {
    guard nesting < Self.maximumNesting else { return abandonRest() }
    nesting += 1
    defer { nesting -= 1 }
    let token = advance()
    switch token.kind {
    case .end:
      return .row([])
    case .command(let name):
      return parseCommand(name, token)
    case .character(let scalar):
      if scalar == "{" { return parseGroup(opening: token) }
      if scalar == "'" { return .symbol(TeXParser.primeSymbol(count: 1)) }
      if scalar.isASCII, scalar.properties.numericType != nil {
        return .number(mapped(inRow ? parseDigits(from: token) : String(scalar)))
      }
      return node(for: TeXSymbol.character(scalar))
    }
  }

  /// Reads the digits that follow a first digit, with one decimal point between digits.
  ///
  /// digits := [0-9]+ ( "." [0-9]+ )?
  private mutating func parseDigits(from first: TeXToken) -> String {
    var text = lexer.text(first.range)
    var seenPoint = false
    while true {
      let token = peek()
      guard case .character(let scalar) = token.kind else { break }
      if TeXParser.isDigit(scalar) {
        advance()
        text.unicodeScalars.append(scalar)
      } else if scalar == ".", !seenPoint, token.range.upperBound < lexer.scalars.count,
        TeXParser.isDigit(lexer.scalars[token.range.upperBound])
      {
        advance()
        seenPoint = true
        text.append(".")
      } else {
        break
      }
    }
    return text
  }

  /// Parses a group whose `{` was just consumed; the group is self-contained, so tokens that
  /// close an enclosing `\left` or environment are errors inside it.
  ///
  /// group := "{" row "}"
  mutating func parseGroup(opening: TeXToken) -> MathNode {
    let saved = (leftDepth, tableDepth, optionalDepth)
    (leftDepth, tableDepth, optionalDepth) = (0, 0, 0)
    groupDepth += 1
    let body = parseRow()
    groupDepth -= 1
    (leftDepth, tableDepth, optionalDepth) = saved
    if peek().isCharacter("}") {
      advance()
      return .row(body)
    }
    return .row([failure("unbalanced group: '{' is never closed", opening.range)] + body)
  }

  /// Parses the argument of a command or script: a group or a single token.
  ///
  /// argument := group | atom
  /// - Returns: `nil` when no argument follows.
  mutating func parseArgument() -> MathNode? {
    let token = peek()
    switch token.kind {
    case .end:
      return nil
    case .character(let scalar):
      if scalar == "}" || scalar == "&" || scalar == "^" || scalar == "_" { return nil }
      if scalar == "]", optionalDepth > 0 { return nil }
    case .command(let name):
      if name == "right" || name == "end" || name == "\\" || name == "middle" { return nil }
    }
    return parseAtom(inRow: false)
  }

  // MARK: Symbols

  /// The node for an argument-less symbol, in the current alphabet.
  mutating func node(for symbol: TeXSymbol) -> MathNode {
    switch symbol {
    case .identifier(let text, let style):
      let letters = mapped(text)
      if alphabet == .roman { return .identifier(letters, .upright) }
      return .identifier(letters, letters == text ? style : .automatic)
    case .number(let text):
      return .number(mapped(text))
    case .symbol(let text):
      return .symbol(MathSymbol(text))
    case .delimiter(let text):
      return .symbol(MathSymbol(text, form: pairedForm(of: text), stretchy: false))
    case .largeOperator(let text, let placement):
      return .largeOperator(MathSymbol(text), placement)
    case .function(let name, let limits):
      return .function(name, limits: limits)
    case .space(let mu):
      return .space(mu: mu)
    }
  }

  /// The form of a bar: `|` and `‖` alternate between opening and closing within a row, so
  /// `|x|` reads as a fenced absolute value; other delimiters keep the dictionary's form.
  mutating func pairedForm(of delimiter: String) -> MathSymbol.Form? {
    guard delimiter == "|" || delimiter == "‖" else { return nil }
    if openBars.remove(delimiter) != nil { return .postfix }
    openBars.insert(delimiter)
    return .prefix
  }

  /// Text mapped into the current alphabet.
  func mapped(_ text: String) -> String {
    guard let alphabet else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(alphabet.map(scalar)) }
    return String(result)
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  /// `′`, `″`, `‴` or `⁗` for one to four primes; more repeat `′`.
  static func primeSymbol(count: Int) -> MathSymbol {
    let text =
      switch count {
      case 1: "′"
      case 2: "″"
      case 3: "‴"
      case 4: "⁗"
      default: String(repeating: "′", count: count)
      }
    return MathSymbol(text, leftSpace: 0, rightSpace: 0)
  }

  /// The operator with its limit placement changed, or `nil` if the node takes no limits.
  static func settingLimits(of node: MathNode, to limits: Bool) -> MathNode? {
    switch node {
    case .largeOperator(let symbol, _): .largeOperator(symbol, limits ? .always : .never)
    case .function(let name, _): .function(name, limits: limits)
    case .identifier, .number, .symbol, .text, .space, .row, .style, .scripts, .underOver, .accent,
      .fraction, .radical, .fenced, .table, .error:
      nil
    }
  }

  /// Joins runs of single upright letters, so `\mathrm{const}` is one `<mi>const</mi>`.
  static func mergingUprightLetters(_ nodes: [MathNode]) -> [MathNode] {
    var result: [MathNode] = []
    for node in nodes {
      if case .identifier(let text, .upright) = node,
        case .identifier(let previous, .upright)? =
          result.last
      {
        result[result.count - 1] = .identifier(previous + text, .upright)
      } else {
        result.append(node)
      }
    }
    return result
  }
}
