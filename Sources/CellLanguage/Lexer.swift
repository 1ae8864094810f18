import SourcePositions

/// Splits cell source into tokens: the parser's input and the site's syntax highlighting.
///
/// The lexer never fails: text it cannot read becomes an `.invalid` token, which the parser
/// reports. Line breaks are tokens, since they end statements.
package enum Lexer {
  /// The tokens of `source`, ending with one `.endOfInput` token. Comments are included when
  /// `keepComments` is set (for highlighting) and dropped otherwise.
  package static func tokenize(_ source: String, keepComments: Bool = false) -> [Token] {
    tokenize(source, keepComments: keepComments, from: SourceLocation(line: 1, column: 1))
  }

  /// The tokens of `source` when it starts at `location` of a larger text (an interpolation).
  static func tokenize(_ source: String, keepComments: Bool, from location: SourceLocation)
    -> [Token]
  {
    var scanner = Scanner(source, from: location)
    var tokens: [Token] = []
    var spaceBefore = false
    while true {
      let previous = tokens.last(where: { $0.kind != .comment })
      let token = scanner.next(previous: previous, spaceBefore: spaceBefore)
      if token.kind == .endOfInput {
        tokens.append(token)
        return tokens
      }
      let spaced = scanner.consumeSpaces()
      spaceBefore = spaced || token.kind == .comment || token.kind == .newline
      if token.kind != .comment || keepComments { tokens.append(token) }
    }
  }

  /// Reserved words of the language (and of Julia, so they highlight as keywords).
  package static let keywords: Set<String> = [
    "function", "end", "if", "elseif", "else", "for", "while", "in", "return", "break",
    "continue", "begin", "let", "local", "global", "const", "do", "using", "import", "export",
    "module", "struct", "mutable", "abstract", "primitive", "try", "catch", "finally", "quote",
    "macro", "where", "isa",
  ]
}

/// Walks the Unicode scalars of a source, tracking line, column (in UTF-8 bytes) and UTF-8 offset.
struct Scanner {
  private let scalars: [Unicode.Scalar]
  /// The source's UTF-8 bytes: a token's text is copied from them in one step.
  private let utf8: [UInt8]
  private var index = 0
  private var line = 1
  private var column = 1
  private var utf8Offset = 0

  init(_ source: String, from location: SourceLocation) {
    scalars = Array(source.unicodeScalars)
    utf8 = Array(source.utf8)
    line = location.line
    column = location.column
    _ = consumeSpaces()
  }

  private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    index + ahead < scalars.count ? scalars[index + ahead] : nil
  }

  private var location: SourceLocation { SourceLocation(line: line, column: column) }

  private mutating func advance() {
    let scalar = scalars[index]
    index += 1
    utf8Offset += UTF8.width(scalar)
    if scalar == "\n" {
      line += 1
      column = 1
    } else {
      column += UTF8.width(scalar)
    }
  }

  /// Skips blanks (not line breaks); returns whether any were skipped.
  mutating func consumeSpaces() -> Bool {
    var skipped = false
    while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\r" {
      advance()
      skipped = true
    }
    // A backslash-free line continuation does not exist in Julia; nothing more to skip.
    return skipped
  }

  /// Reads the next token.
  mutating func next(previous: Token?, spaceBefore: Bool) -> Token {
    let start = location
    let startOffset = utf8Offset
    func make(_ kind: TokenKind) -> Token {
      let text = String(decoding: utf8[startOffset..<utf8Offset], as: UTF8.self)
      return Token(
        kind: kind, text: text, span: SourceSpan(start: start, end: location),
        utf8Range: startOffset..<utf8Offset, spaceBefore: spaceBefore)
    }
    guard let scalar = peek() else { return make(.endOfInput) }
    switch scalar {
    case "\n":
      advance()
      return make(.newline)
    case "#":
      scanComment()
      return make(.comment)
    case "\"":
      scanString()
      return make(.string)
    case "'":
      if let previous, !spaceBefore, Self.endsOperand(previous) {
        advance()
        return make(.operator)
      }
      return scanChar() ? make(.char) : make(.invalid)
    case "@":
      advance()
      // `@.`: the broadcasting macro (a name may not start with a dot).
      if peek() == ".", !(peek(1).map(Self.startsIdentifier) ?? false) {
        advance()
        return make(.macro)
      }
      while let next = peek(), Self.continuesIdentifier(next) || next == "_" || next == "." {
        if next == ".", !(peek(1).map(Self.startsIdentifier) ?? false) { break }
        advance()
      }
      return make(.macro)
    case "(", ")", "[", "]", "{", "}", ",", ";":
      advance()
      return make(.punctuation)
    default:
      break
    }
    if Self.isDigit(scalar) || (scalar == "." && (peek(1).map(Self.isDigit) ?? false)) {
      return make(scanNumber())
    }
    if Self.startsIdentifier(scalar) {
      while let next = peek(), Self.continuesIdentifier(next) {
        if next == "!", peek(1) == "=" { break }
        advance()
      }
      let token = make(.identifier)
      if peek() == "\"", !Lexer.keywords.contains(token.text), token.text != "true",
        token.text != "false"
      {
        // A string macro, `r"…"` and the like: its text is raw.
        scanRegex()
        return make(.string)
      }
      if token.text == "true" || token.text == "false" { return make(.bool) }
      return Lexer.keywords.contains(token.text) ? make(.keyword) : token
    }
    if let length = Self.operatorLength(scalars, at: index) {
      for _ in 0..<length { advance() }
      return make(.operator)
    }
    advance()
    return make(.invalid)
  }

  /// Whether a token can end an operand, so that a following `'` is the adjoint.
  private static func endsOperand(_ token: Token) -> Bool {
    switch token.kind {
    case .identifier, .integer, .float, .bool, .string, .char: return true
    case .punctuation: return token.text == ")" || token.text == "]" || token.text == "}"
    case .operator: return token.text == "'"
    case .keyword: return token.text == "end"
    case .macro, .comment, .newline, .invalid, .endOfInput: return false
    }
  }

  private mutating func scanComment() {
    if peek(1) == "=" {
      advance()
      advance()
      var depth = 1
      while let scalar = peek(), depth > 0 {
        if scalar == "#", peek(1) == "=" {
          depth += 1
          advance()
        } else if scalar == "=", peek(1) == "#" {
          depth -= 1
          advance()
        }
        advance()
      }
      return
    }
    while let scalar = peek(), scalar != "\n" { advance() }
  }

  /// Where the string scan is: in a string's text (`"…"` or `"""…"""`), or in an interpolation
  /// `$(…)` with its open parentheses.
  private enum StringScan {
    case text(triple: Bool)
    case interpolation(depth: Int)
  }

  /// Scans a string literal, interpolations and the strings nested in them included, with a
  /// loop over an explicit stack: nesting a million deep costs no native stack.
  private mutating func scanString() {
    var stack: [StringScan] = []
    openString(&stack)
    while let scalar = peek(), let top = stack.last {
      switch top {
      case .text(let triple):
        if scalar == "\\" {
          advance()
          if peek() != nil { advance() }
        } else if scalar == "$", peek(1) == "(" {
          advance()
          stack.append(.interpolation(depth: 0))
        } else if scalar == "\"", !triple {
          advance()
          stack.removeLast()
        } else if scalar == "\"", peek(1) == "\"", peek(2) == "\"" {
          for _ in 0..<3 { advance() }
          stack.removeLast()
        } else {
          advance()
        }
      case .interpolation(let depth):
        switch scalar {
        case "(":
          stack[stack.count - 1] = .interpolation(depth: depth + 1)
          advance()
        case ")":
          stack[stack.count - 1] = .interpolation(depth: depth - 1)
          advance()
          if depth - 1 == 0 { stack.removeLast() }
        case "\"":
          openString(&stack)
        default:
          advance()
        }
      }
    }
  }

  /// Scans the rest of a regex literal `r"…"flags` (no interpolation; a backslash keeps the
  /// next character, so `\"` does not end it), flags included.
  private mutating func scanRegex() {
    let triple = peek(1) == "\"" && peek(2) == "\""
    for _ in 0..<(triple ? 3 : 1) { advance() }
    while let scalar = peek() {
      if scalar == "\\" {
        advance()
        if peek() != nil { advance() }
      } else if scalar == "\"", !triple || (peek(1) == "\"" && peek(2) == "\"") {
        for _ in 0..<(triple ? 3 : 1) { advance() }
        break
      } else {
        advance()
      }
    }
    while let scalar = peek(), ("a"..."z").contains(scalar) { advance() }
  }

  /// Consumes a string's opening quotes and opens its text on `stack`.
  private mutating func openString(_ stack: inout [StringScan]) {
    let triple = peek(1) == "\"" && peek(2) == "\""
    for _ in 0..<(triple ? 3 : 1) { advance() }
    stack.append(.text(triple: triple))
  }

  /// Scans `'c'` or `'\n'`; returns false when it is not a well-formed character literal.
  private mutating func scanChar() -> Bool {
    advance()
    if peek() == "\\" { advance() }
    guard peek() != nil, peek() != "\n" else { return false }
    advance()
    while let scalar = peek(), scalar != "'", scalar != "\n" { advance() }
    guard peek() == "'" else { return false }
    advance()
    return true
  }

  /// Scans a number literal and says whether it is an integer or a float.
  private mutating func scanNumber() -> TokenKind {
    if peek() == "0", let x = peek(1), x == "x" || x == "b" || x == "o" {
      advance()
      advance()
      while let scalar = peek(), scalar.properties.isASCIIHexDigit || scalar == "_" { advance() }
      return .integer
    }
    var isFloat = false
    skipDigits()
    if peek() == "." {
      let after = peek(1)
      if let after, Self.isDigit(after) {
        advance()
        skipDigits()
        isFloat = true
      } else if let after, after == "e" || after == "E", peek(2).map(Self.isDigit) ?? false {
        advance()
        isFloat = true
      } else if let after, Self.isOperatorStart(after) || Self.startsIdentifier(after) {
        // `1.+x`, `1..2` and `1.x` leave the dot to what follows.
      } else {
        advance()
        isFloat = true
      }
    }
    if let e = peek(), e == "e" || e == "E" {
      let sign = peek(1)
      if let sign, Self.isDigit(sign) {
        advance()
        skipDigits()
        isFloat = true
      } else if let sign, sign == "-" || sign == "+", peek(2).map(Self.isDigit) ?? false {
        advance()
        advance()
        skipDigits()
        isFloat = true
      }
    }
    // Julia's Float32 literals, `1f0`, `2.5f-3`: read whole so that the parser can refuse them
    // (as `1 * f0` they would be a confusing undefined name).
    if peek() == "f", let next = peek(1),
      Self.isDigit(next) || ((next == "-" || next == "+") && (peek(2).map(Self.isDigit) ?? false))
    {
      advance()
      advance()
      skipDigits()
      return .float
    }
    return isFloat ? .float : .integer
  }

  private mutating func skipDigits() {
    while let scalar = peek(),
      Self.isDigit(scalar) || (scalar == "_" && peek(1).map(Self.isDigit) ?? false)
    {
      advance()
    }
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  static func startsIdentifier(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == "_" { return true }
    if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    if scalar == "∇" || scalar == "∂" || scalar == "ℓ" { return true }
    return scalar.properties.isAlphabetic
  }

  static func continuesIdentifier(_ scalar: Unicode.Scalar) -> Bool {
    if startsIdentifier(scalar) || isDigit(scalar) || scalar == "!" { return true }
    if scalar.isASCII { return false }
    if scalar == "′" || scalar == "″" || scalar == "‴" { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .otherNumber, .modifierLetter,
      .decimalNumber, .connectorPunctuation:
      return true
    default:
      return false
    }
  }

  private static let operatorStarts: Set<Unicode.Scalar> = [
    "+", "-", "*", "/", "\\", "^", "%", "÷", "=", "!", "<", ">", "≤", "≥", "≠", "&", "|", ":",
    "?", ".", "~", "√", "∘", "⋅", "×", "∈", "∉", "$", "⊻", "≈", "≡", "→", "⊆", "⊇",
  ]

  static func isOperatorStart(_ scalar: Unicode.Scalar) -> Bool { operatorStarts.contains(scalar) }

  /// Operators by length, longest first; dotted forms are a `.` before one of `dottable`.
  private static let operators: [[String]] = [
    ["===", "!==", "...", "<--", "-->", ">>>"],
    [
      "+=", "-=", "*=", "/=", "^=", "÷=", "%=", "\\=", "==", "!=", "<=", ">=", "->", "=>",
      "&&", "||", "|>", "<|", "::", "<:", ">:", "//", "<<", ">>", "&=", "|=", "..",
    ],
    [
      "+", "-", "*", "/", "\\", "^", "%", "÷", "=", "!", "<", ">", "≤", "≥", "≠", "&", "|", ":",
      "?", ".", "~", "√", "∘", "⋅", "×", "∈", "∉", "$", "⊻", "≈", "≡", "→", "⊆", "⊇",
    ],
  ]

  private static let dottable: [String] = [
    "+=", "-=", "*=", "/=", "^=", "÷=", "==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/",
    "\\", "^", "%", "÷", "=", "<", ">", "≤", "≥", "≠", "!", "&", "|", "∈", "≈",
  ]

  /// `operators` and `dottable` as scalars, by their first scalar, longest first: a token is
  /// matched against the few operators that start like it.
  private static let operatorsByStart = candidates(operators.flatMap { $0 })
  private static let dottableByStart = candidates(dottable)

  private static func candidates(_ list: [String]) -> [Unicode.Scalar: [[Unicode.Scalar]]] {
    var table: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    for op in list {
      let scalars = Array(op.unicodeScalars)
      table[scalars[0], default: []].append(scalars)
    }
    return table.mapValues { $0.sorted { $0.count > $1.count } }
  }

  /// The number of scalars of the operator at `index`, if one starts there.
  static func operatorLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
    func longest(_ table: [Unicode.Scalar: [[Unicode.Scalar]]], at position: Int) -> Int? {
      guard position < scalars.count, let list = table[scalars[position]] else { return nil }
      search: for op in list {
        guard position + op.count <= scalars.count else { continue }
        var k = 1
        while k < op.count {
          if scalars[position + k] != op[k] { continue search }
          k += 1
        }
        return op.count
      }
      return nil
    }
    if scalars[index] == ".", index + 1 < scalars.count, scalars[index + 1] != ".",
      let length = longest(dottableByStart, at: index + 1)
    {
      return 1 + length
    }
    return longest(operatorsByStart, at: index)
  }
}
