import SourcePositions

extension Parser {
  /// primary := literal | name | "(" … ")" | "[" … "]" | keyword-form | macro
  mutating func parsePrimary() throws -> Syntax {
    let token = current
    try descend(at: token)
    defer { nesting -= 1 }
    switch token.kind {
    case .integer:
      advance()
      if let base = Self.unsignedLiteralBase(token.text) {
        // Julia reads `0x0f` as a UInt8: the width from the number of digits (base/int.jl).
        guard let number = Self.unsignedLiteral(token.text) else {
          throw unsupported("the \(base) literal \(token.text) (an unsigned integer)", at: token)
        }
        return try juxtapose(.number(number, number.text(.show, nil), token.span))
      }
      guard let value = Self.integerValue(token.text) else {
        throw error("integer literal \(token.text) is too large", at: token)
      }
      return try juxtapose(.integer(value, token.span))
    case .float:
      advance()
      if token.text.contains("f") {
        // `2.5f-3`: the Float32 nearest the decimal (Swift's `Float(_:)` rounds correctly).
        let text = String(token.text.filter { $0 != "_" }.map { $0 == "f" ? "e" : $0 })
        guard let value = Float(text.hasPrefix(".") ? "0" + text : text) else {
          throw error("invalid number \(token.text)", at: token)
        }
        let number = NumberObject(.float32(value))
        return try juxtapose(.number(number, number.text(.show, nil), token.span))
      }
      let text = token.text.filter { $0 != "_" }
      guard let value = Double(text.hasSuffix(".") ? text + "0" : text) else {
        throw error("invalid number \(token.text)", at: token)
      }
      return try juxtapose(.float(value, token.span))
    case .bool:
      advance()
      return .bool(token.text == "true", token.span)
    case .string where !token.text.hasPrefix("\""):
      advance()
      if let mime = Self.mimeLiteral(token) { return mime }
      guard token.text.hasPrefix("r\"") else {
        let prefix = token.text.prefix { $0 != "\"" }
        throw unsupported("the string macro \(prefix)\"…\"", at: token)
      }
      return Self.regexLiteral(token)
    case .string:
      advance()
      return try parseString(token)
    case .char:
      advance()
      return .char(try Self.charValue(token, parser: self), token.span)
    case .identifier:
      advance()
      if token.text == "MIME", current.kind == .string, !current.spaceBefore {
        return try parseMIME(token)
      }
      return .name(token.text, token.span)
    case .macro:
      return try parseMacro()
    case .keyword where token.text == "in" && peekToken().text == "(" && !peekToken().spaceBefore:
      // `in(x, c)`: the operator called as a function.
      advance()
      return .name("in", token.span)
    case .keyword where token.text == "isa" && peekToken().text == "(" && !peekToken().spaceBefore:
      // `isa(x, T)`: the function by name.
      advance()
      return .name(token.text, token.span)
    case .keyword:
      return try parseKeywordForm()
    case .punctuation where token.text == "(":
      return try parseParenthesised()
    case .punctuation where token.text == "[":
      return try parseBracketed()
    case .operator where token.text == ":":
      let next = peekToken()
      if !next.spaceBefore, next.kind == .identifier || next.kind == .keyword {
        advance()
        advance()
        return .symbol(next.text, span(from: token.span))
      }
      if indexDepth > 0 {
        advance()
        return .colon(token.span)
      }
      throw error("unexpected \":\"", at: token)
    case .operator
    where BinaryOperator(spelling: token.text) != nil
      && [",", ")", ";"].contains(peekToken().text):
      // An operator used as a value: `reduce(+, xs)`.
      advance()
      return .name(token.text, token.span)
    case .operator
    where BinaryOperator(spelling: token.text) != nil && peekToken().text == "("
      && !peekToken().spaceBefore:
      // An operator called by name: `==(a, b)`, `*(a::Point, b::Point) = …`.
      advance()
      return .name(token.text, token.span)
    case .invalid:
      throw error("invalid character \(Self.describe(token))", at: token)
    case .newline, .endOfInput:
      throw error("incomplete: premature \(Self.describe(token))", at: token)
    case .operator, .punctuation, .comment:
      throw error("unexpected \(Self.describe(token))", at: token)
    }
  }

  /// A number written right before a name or "(" multiplies it: `2x`, `3x^2`, `2(a + b)`.
  mutating func juxtapose(_ number: Syntax) throws -> Syntax {
    let next = tokens[position]
    guard !next.spaceBefore,
      next.kind == .identifier || (next.kind == .punctuation && next.text == "(")
    else { return number }
    let factor = try parsePower()
    return .binary("*", number, factor, dotted: false, number.span.union(factor.span))
  }

  /// The base named by a hexadecimal, binary or octal literal's prefix, if it has one.
  static func unsignedLiteralBase(_ text: String) -> String? {
    if text.hasPrefix("0x") { return "hexadecimal" }
    if text.hasPrefix("0b") { return "binary" }
    if text.hasPrefix("0o") { return "octal" }
    return nil
  }

  /// A hexadecimal or binary literal as Julia 1.0 types it: the smallest of UInt8, UInt16,
  /// UInt32, UInt64 with room for as many bits as its digits (leading zeros count); octal
  /// literals and those needing UInt128 are not read (`nil`).
  static func unsignedLiteral(_ text: String) -> NumberObject? {
    let digits = text.dropFirst(2).filter { $0 != "_" }
    let bitsPerDigit: Int
    switch text.prefix(2) {
    case "0x": bitsPerDigit = 4
    case "0b": bitsPerDigit = 1
    default: return nil
    }
    guard !digits.isEmpty, let value = UInt64(digits, radix: bitsPerDigit == 4 ? 16 : 2) else {
      return nil
    }
    let bits = digits.count * bitsPerDigit
    let kind: IntegerKind
    switch bits {
    case ...8: kind = .uint8
    case ...16: kind = .uint16
    case ...32: kind = .uint32
    case ...64: kind = .uint64
    default: return nil
    }
    return NumberObject(.integer(kind, value))
  }

  static func integerValue(_ text: String) -> Int? {
    Int(text.filter { $0 != "_" })
  }

  static func charValue(_ token: Token, parser: Parser) throws -> Character {
    var scalars = Array(token.text.unicodeScalars.dropFirst().dropLast())
    if scalars.first == "\\", scalars.count >= 3, "xuU".unicodeScalars.contains(scalars[1]) {
      // '\x41', '\u00e9', '\U1F600': a code point in hexadecimal.
      var digits = ""
      let hex = scalars.dropFirst(2).filter { $0 != "{" && $0 != "}" }
      digits.unicodeScalars.append(contentsOf: hex)
      if let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) {
        return Character(scalar)
      }
    }
    if scalars.first == "\\", scalars.count >= 2 {
      scalars.removeFirst()
      let decoded = Self.escape(scalars[0])
      if let decoded { return Character(decoded) }
    }
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    guard text.count == 1, let character = text.first else {
      throw parser.error("invalid character literal", at: token)
    }
    return character
  }

  static func escape(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar {
    case "n": "\n"
    case "t": "\t"
    case "r": "\r"
    case "0": "\0"
    case "e": "\u{1B}"
    case "a": "\u{07}"
    case "b": "\u{08}"
    case "f": "\u{0C}"
    case "v": "\u{0B}"
    case "\\", "\"", "'", "$": scalar
    default: nil
    }
  }

  /// parenthesised := "(" ")" | "(" expr ")" | "(" expr "," … ")" | "(" name "=" expr "," … ")"
  ///   | "(" expr "for" … ")" | "(" expr ";" expr … ")"
  mutating func parseParenthesised() throws -> Syntax {
    let open = advance()
    return try withNewlines(false) { parser in
      if parser.accept(")") { return .tuple([], parser.span(from: open.span)) }
      if parser.accept(";") {
        let arguments = try parser.parseArguments(closing: ")", open: open)
        return .namedTuple(
          arguments.afterSemicolon.map { ($0.name, $0.value) }
            + arguments.keywords.map { ($0.name, $0.value) },
          parser.span(from: open.span))
      }
      let start = parser.current.span
      let first = try parser.parseExpression()
      if parser.check("for", .keyword) {
        let generator = try parser.parseComprehension(body: first, isGenerator: true, start: start)
        try parser.expect(")", "to close \"(\" at \(open.span.start)")
        return generator
      }
      if parser.check(",") {
        var items = [first]
        while parser.accept(",") {
          if parser.check(")") { break }
          items.append(try parser.parseExpression())
        }
        try parser.expect(")", "to close \"(\" at \(open.span.start)")
        let span = parser.span(from: open.span)
        var fields: [(String, Syntax)] = []
        for item in items {
          if case .assign(.name(let name, _), let value, nil, false, _) = item {
            fields.append((name, value))
          }
        }
        if fields.count == items.count { return .namedTuple(fields, span) }
        if !fields.isEmpty {
          throw ParseError(message: "a tuple cannot mix named and unnamed items", span: span)
        }
        return .tuple(items, span)
      }
      if parser.check(";") {
        var statements = [first]
        while parser.accept(";") {
          if parser.check(")") { break }
          statements.append(try parser.parseExpression())
        }
        try parser.expect(")", "to close \"(\" at \(open.span.start)")
        return .block(statements, parser.span(from: open.span))
      }
      try parser.expect(")", "to close \"(\" at \(open.span.start)")
      return first
    }
  }

  /// bracketed := "[" "]" | "[" expr ("," expr)* "]" | "[" rows "]" | "[" expr "for" … "]"
  mutating func parseBracketed() throws -> Syntax {
    let open = advance()
    newlinesMatter.append(true)
    spaceSeparates.append(true)
    defer {
      newlinesMatter.removeLast()
      spaceSeparates.removeLast()
    }
    skipNewlines()
    if accept("]") { return .vector([], span(from: open.span)) }
    let start = current.span
    let first = try parseExpression()
    if check("for", .keyword) {
      spaceSeparates[spaceSeparates.count - 1] = false
      newlinesMatter[newlinesMatter.count - 1] = false
      let comprehension = try parseComprehension(body: first, isGenerator: false, start: start)
      try expect("]", "to close \"[\" at \(open.span.start)")
      return comprehension
    }
    skipNewlines()
    if check(",") {
      spaceSeparates[spaceSeparates.count - 1] = false
      newlinesMatter[newlinesMatter.count - 1] = false
      var items = [first]
      while accept(",") {
        if check("]") { break }
        items.append(try parseExpression())
      }
      try expect("]", "to close \"[\" at \(open.span.start)")
      return .vector(items, span(from: open.span))
    }
    var rows: [[Syntax]] = [[first]]
    // `[x;]` is `vcat(x)` (a range collected), `[x]` the one-element vector of `x`.
    var separated = false
    while true {
      let token = tokens[position]
      if token.kind == .punctuation, token.text == "]" {
        advance()
        break
      }
      if token.kind == .newline || (token.kind == .punctuation && token.text == ";") {
        separated = separated || token.text == ";"
        while tokens[position].kind == .newline || tokens[position].text == ";" { advance() }
        if tokens[position].text == "]" { continue }
        rows.append([])
        continue
      }
      if token.kind == .endOfInput {
        throw error("incomplete: \"[\" at \(open.span.start) is not closed", at: token)
      }
      if token.kind == .punctuation, token.text == "," {
        throw error("unexpected \",\" in a matrix expression", at: token)
      }
      rows[rows.count - 1].append(try parseExpression())
    }
    let span = span(from: open.span)
    if rows.count == 1, rows[0].count == 1, !separated { return .vector(rows[0], span) }
    return .matrix(rows, span)
  }

  /// comprehension := body ("for" iterations)+ ("if" expression)?
  mutating func parseComprehension(body: Syntax, isGenerator: Bool, start: SourceSpan) throws
    -> Syntax
  {
    var groups: [[(Syntax, Syntax)]] = []
    var filter: Syntax?
    while accept("for", .keyword) {
      groups.append(try parseIterations())
      if accept("if", .keyword) {
        filter = try parseExpression()
        break
      }
    }
    let comprehension = Comprehension(
      body: body, groups: groups, filter: filter, isGenerator: isGenerator)
    return .comprehension(comprehension, span(from: start))
  }

  /// macro := "@" name ("(" arguments ")" | expression*)
  mutating func parseMacro() throws -> Syntax {
    let token = advance()
    let name = String(token.text.dropFirst())
    let next = tokens[position]
    if next.kind == .punctuation, next.text == "(", !next.spaceBefore {
      let open = advance()
      let arguments = try parseArguments(closing: ")", open: open)
      // `xs...` stays a splat, for the macro to read (`@printf("%d %d", xs...)`).
      var values = arguments.positional.map {
        $0.splat ? .splat($0.value, $0.value.span) : $0.value
      }
      for keyword in arguments.keywords {
        values.append(
          .assign(
            .name(keyword.name, keyword.span), keyword.value, op: nil, dotted: false, keyword.span))
      }
      return .macro(name, values, span(from: token.span))
    }
    var arguments: [Syntax] = []
    newlinesMatter.append(true)
    spaceSeparates.append(true)
    defer {
      newlinesMatter.removeLast()
      spaceSeparates.removeLast()
    }
    while !endsStatement(current) {
      let first = try parseExpression()
      guard current.kind == .punctuation, current.text == "," else {
        arguments.append(first)
        continue
      }
      // `@show a, b`: one argument, the tuple `(a, b)`, as Julia parses it.
      var items = [first]
      while current.kind == .punctuation, current.text == "," {
        advance()
        if endsStatement(current) { break }
        items.append(try parseExpression())
      }
      arguments.append(.tuple(items, span(from: first.span)))
    }
    return .macro(name, arguments, span(from: token.span))
  }
}
