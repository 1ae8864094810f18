import SourcePositions

/// The arguments of a call or the parameters of a definition, as parsed.
struct ArgumentList {
  var positional: [Argument] = []
  /// `name = value` before any `;`.
  var keywords: [KeywordArgument] = []
  /// `name = value` after `;`.
  var afterSemicolon: [KeywordArgument] = []
  /// Bare names after `;` (`f(; x)` means `f(; x = x)`).
  var bareAfterSemicolon: [Argument] = []
}

extension Parser {
  static let assignmentOperators: Set<String> = [
    "=", "+=", "-=", "*=", "/=", "^=", "÷=", "%=", "\\=", ".=", ".+=", ".-=", ".*=", "./=",
    ".^=", ".÷=",
  ]

  static let comparisonOperators: Set<String> = [
    "==", "!=", "<", "<=", ">", ">=", "===", "!==", "≤", "≥", "≠", "∈", "∉", "≈", "<:", ">:",
    "⊆", "⊇",
  ]

  static let plusOperators: Set<String> = ["+", "-", "|", "⊻"]
  static let timesOperators: Set<String> = [
    "*", "/", "÷", "%", "\\", "&", "∘", "⋅", "×", "//", "<<", ">>", ">>>",
  ]
  static let prefixOperators: Set<String> = ["-", "+", "!", "√", "~"]

  /// Splits `.op` into (`op`, dotted).
  static func undot(_ text: String) -> (String, Bool) {
    if text.count > 1, text.hasPrefix(".") { return (String(text.dropFirst()), true) }
    return (text, false)
  }

  /// tuple := arrow ("," arrow)*
  mutating func parseTupleLevel() throws -> Syntax {
    let start = current.span
    let first = try parseArrow()
    guard check(",") else { return first }
    var items = [first]
    while accept(",") {
      if endsStatement(current) || isAssignment(current) { break }
      items.append(try parseArrow())
    }
    return .tuple(items, span(from: start))
  }

  mutating func isAssignment(_ token: Token) -> Bool {
    token.kind == .operator && Self.assignmentOperators.contains(token.text)
  }

  /// statement := tuple (assignment-operator statement)?
  mutating func parseTupleOrAssignment() throws -> Syntax {
    let start = current.span
    var lhs = try parseTupleLevel()
    let typeParameters = try parseWhereClauses()
    if !typeParameters.isEmpty { lhs = .whereClause(lhs, typeParameters, span(from: start)) }
    let token = current
    guard isAssignment(token) else { return lhs }
    advance()
    skipNewlines()
    try descend(at: token)
    defer { nesting -= 1 }
    let rhs = try parseTupleOrAssignment()
    return try makeAssignment(lhs, rhs, operator: token, span: span(from: start))
  }

  /// expression := arrow (assignment-operator expression)?
  mutating func parseExpression() throws -> Syntax {
    let start = current.span
    var lhs = try parseArrow()
    let typeParameters = try parseWhereClauses()
    if !typeParameters.isEmpty { lhs = .whereClause(lhs, typeParameters, span(from: start)) }
    let token = current
    guard isAssignment(token) else { return lhs }
    advance()
    skipNewlines()
    try descend(at: token)
    defer { nesting -= 1 }
    let rhs = try parseExpression()
    return try makeAssignment(lhs, rhs, operator: token, span: span(from: start))
  }

  /// Builds `lhs op= rhs`, or a short function definition for `f(x) = body`.
  func makeAssignment(_ lhs: Syntax, _ rhs: Syntax, operator token: Token, span: SourceSpan) throws
    -> Syntax
  {
    let (text, dotted) = Self.undot(token.text)
    let op: String? = text == "=" ? nil : String(text.dropLast())
    if op == nil, !dotted {
      var target = lhs
      var typeParameters: [TypeParameterSyntax] = []
      if case .whereClause(let inner, let parameters, _) = target {
        target = inner
        typeParameters = parameters
      }
      if case .typed(let inner, _, _) = target { target = inner }
      if case .unary(let op, let operand, false, let operandSpan) = target, op != "::" {
        // `-(a::Point) = …`, `+(a::Point, b::Point) = …`: an operator's method.
        var items = [operand]
        if case .tuple(let elements, _) = operand { items = elements }
        target = .call(
          .name(op, operandSpan), items.map { Argument(value: $0, splat: false) }, [],
          broadcast: false, operandSpan)
      }
      if case .call(let callee, let arguments, let keywords, false, _) = target,
        let (name, callable) = try Self.definedName(callee)
      {
        var list = ArgumentList()
        list.positional = arguments
        list.keywords = keywords
        var (parameters, keywordParameters) = try makeParameters(list)
        if let callable { parameters.insert(try makeParameter(callable, vararg: false), at: 0) }
        let definition = FunctionSyntax(
          name: name, parameters: parameters, keywordParameters: keywordParameters, body: rhs,
          typeParameters: typeParameters)
        return .function(definition, span)
      }
      if !typeParameters.isEmpty {
        throw ParseError(message: "a where clause must follow a method's signature", span: lhs.span)
      }
    }
    return .assign(lhs, rhs, op: op, dotted: dotted, span)
  }

  /// arrow := pair ("->" expression)?
  mutating func parseArrow() throws -> Syntax {
    let start = current.span
    let lhs = try parsePair()
    let arrow = current
    guard accept("->", .operator) else { return lhs }
    skipNewlines()
    try descend(at: arrow)
    defer { nesting -= 1 }
    let body = try parseExpression()
    var parameters: [Parameter] = []
    switch lhs {
    case .tuple(let items, _):
      for item in items { parameters.append(try makeParameter(item, vararg: false)) }
    default:
      parameters.append(try makeParameter(lhs, vararg: false))
    }
    let definition = FunctionSyntax(
      name: nil, parameters: parameters, keywordParameters: [], body: body)
    return .lambda(definition, span(from: start))
  }

  /// pair := ternary ("=>" pair)?
  mutating func parsePair() throws -> Syntax {
    let start = current.span
    let lhs = try parseTernary()
    let arrow = current
    guard accept("=>", .operator) else { return lhs }
    skipNewlines()
    try descend(at: arrow)
    defer { nesting -= 1 }
    return .pair(lhs, try parsePair(), span(from: start))
  }

  /// ternary := or ("?" ternary ":" ternary)?
  mutating func parseTernary() throws -> Syntax {
    let start = current.span
    let condition = try parseOr()
    let question = current
    guard accept("?", .operator) else { return condition }
    skipNewlines()
    try descend(at: question)
    defer { nesting -= 1 }
    ternaryDepth += 1
    let then = try parseTernary()
    ternaryDepth -= 1
    skipNewlines()
    try expect(":", "in the conditional expression")
    skipNewlines()
    let otherwise = try parseTernary()
    return .ternary(condition, then, otherwise, span(from: start))
  }

  /// or := and ("||" or)?
  mutating func parseOr() throws -> Syntax {
    let start = current.span
    let lhs = try parseAnd()
    let op = current
    guard accept("||", .operator) else { return lhs }
    skipNewlines()
    try descend(at: op)
    defer { nesting -= 1 }
    return .or(lhs, try parseOr(), span(from: start))
  }

  /// and := comparison ("&&" and)?
  mutating func parseAnd() throws -> Syntax {
    let start = current.span
    let lhs = try parseComparison()
    let op = current
    guard accept("&&", .operator) else { return lhs }
    skipNewlines()
    try descend(at: op)
    defer { nesting -= 1 }
    return .and(lhs, try parseAnd(), span(from: start))
  }

  mutating func comparisonOperator() -> (String, Bool)? {
    let token = current
    if token.kind == .keyword, token.text == "in" || token.text == "isa" {
      return (token.text, false)
    }
    guard token.kind == .operator else { return nil }
    let (text, dotted) = Self.undot(token.text)
    return Self.comparisonOperators.contains(text) ? (text, dotted) : nil
  }

  /// comparison := pipe (comparison-operator pipe)*
  mutating func parseComparison() throws -> Syntax {
    let start = current.span
    var operands = [try parsePipe()]
    var operators: [(String, Bool)] = []
    while let op = comparisonOperator() {
      if spaceSeparatesHere, current.spaceBefore, !peekToken().spaceBefore { break }
      advance()
      skipNewlines()
      operators.append(op)
      operands.append(try parsePipe())
    }
    if operators.isEmpty { return operands[0] }
    if operators.count == 1, !operators[0].1, ["⊆", "⊇"].contains(operators[0].0) {
      // base/abstractset.jl: `const ⊆ = issubset`, `⊇(l, r) = issubset(r, l)`.
      let (l, r) = operators[0].0 == "⊆" ? (operands[0], operands[1]) : (operands[1], operands[0])
      return .call(
        .name("issubset", start),
        [Argument(value: l, splat: false), Argument(value: r, splat: false)],
        [], broadcast: false, span(from: start))
    }
    if operators.count == 1 {
      return .binary(
        operators[0].0, operands[0], operands[1], dotted: operators[0].1, span(from: start))
    }
    return .comparison(operands, operators, span(from: start))
  }

  var spaceSeparatesHere: Bool { spaceSeparates.last ?? false }

  /// pipe := range ("|>" range)*
  mutating func parsePipe() throws -> Syntax {
    let start = current.span
    var lhs = try parseRange()
    // Each `|>` nests the calls one level deeper.
    var levels = 0
    defer { nesting -= levels }
    while check("|>", .operator) {
      try descend(at: advance())
      levels += 1
      skipNewlines()
      let function = try parseRange()
      lhs = .call(
        function, [Argument(value: lhs, splat: false)], [], broadcast: false, span(from: start))
    }
    return lhs
  }

  /// range := plus (":" plus (":" plus)?)?
  mutating func parseRange() throws -> Syntax {
    let start = current.span
    let first = try parsePlus()
    guard rangeColonFollows() else { return first }
    advance()
    let second = try parsePlus()
    guard rangeColonFollows() else {
      return .range(start: first, step: nil, stop: second, span(from: start))
    }
    advance()
    let third = try parsePlus()
    return .range(start: first, step: second, stop: third, span(from: start))
  }

  mutating func rangeColonFollows() -> Bool {
    let token = current
    guard token.kind == .operator, token.text == ":" else { return false }
    if ternaryDepth > 0, token.spaceBefore { return false }
    if spaceSeparatesHere, token.spaceBefore, !peekToken().spaceBefore { return false }
    return true
  }

  /// plus := times (("+" | "-" | …) times)*
  mutating func parsePlus() throws -> Syntax {
    let start = current.span
    let first = try parseTimes()
    var links: [ChainLink] = []
    while true {
      let token = current
      guard token.kind == .operator else { break }
      let (text, dotted) = Self.undot(token.text)
      guard Self.plusOperators.contains(text) else { break }
      if spaceSeparatesHere, token.spaceBefore, !peekToken().spaceBefore { break }
      advance()
      skipNewlines()
      let rhs = try parseTimes()
      links.append(ChainLink(op: text, dotted: dotted, operand: rhs, span: span(from: start)))
    }
    return Self.chain(first, links, span(from: start))
  }

  /// times := unary (("*" | "/" | …) unary)*
  mutating func parseTimes() throws -> Syntax {
    let start = current.span
    let first = try parseUnary()
    var links: [ChainLink] = []
    while true {
      let token = current
      guard token.kind == .operator else { break }
      let (text, dotted) = Self.undot(token.text)
      guard Self.timesOperators.contains(text) else { break }
      if spaceSeparatesHere, token.spaceBefore, !peekToken().spaceBefore { break }
      advance()
      skipNewlines()
      let rhs = try parseUnary()
      links.append(ChainLink(op: text, dotted: dotted, operand: rhs, span: span(from: start)))
    }
    return Self.chain(first, links, span(from: start))
  }

  /// A left-associative chain: nested `.binary` nodes up to `chainFold` operators (what every
  /// pass knows best), one flat `.chain` beyond.
  static func chain(_ first: Syntax, _ links: [ChainLink], _ span: SourceSpan) -> Syntax {
    guard links.count <= chainFold else { return .chain(first, links, span) }
    var result = first
    for link in links {
      result = .binary(link.op, result, link.operand, dotted: link.dotted, link.span)
    }
    return result
  }

  /// unary := ("-" | "+" | "!" | "√") unary | power
  mutating func parseUnary() throws -> Syntax {
    let token = current
    if token.kind == .operator, token.text == "::" || token.text == "<:" {
      // `::Type`: a parameter without a name; `<:Real` in `Vector{<:Real}`: a type variable
      // without a name.
      advance()
      let type = try parseTypeExpression()
      return .unary(token.text, type, dotted: false, span(from: token.span))
    }
    if token.kind == .operator, !([",", ")", ";"].contains(peekToken().text)) {
      let (text, dotted) = Self.undot(token.text)
      if Self.prefixOperators.contains(text) {
        advance()
        try descend(at: token)
        defer { nesting -= 1 }
        let operand = try parseUnary()
        let span = span(from: token.span)
        if text == "-", !dotted {
          switch operand {
          case .integer(let value, _): return .integer(0 &- value, span)
          case .float(let value, _): return .float(-value, span)
          default: break
          }
        }
        return .unary(text, operand, dotted: dotted, span)
      }
    }
    return try parsePower()
  }

  /// power := postfix ("^" unary)?
  mutating func parsePower() throws -> Syntax {
    let start = current.span
    let base = try parsePostfix()
    let token = current
    guard token.kind == .operator, token.text == "^" || token.text == ".^" else { return base }
    advance()
    try descend(at: token)
    defer { nesting -= 1 }
    let exponent = try parseUnary()
    return .binary("^", base, exponent, dotted: token.text == ".^", span(from: start))
  }

  /// postfix := primary (call | index | "." name | ".(" args ")" | "'" | "{…}" | "::" type | "...")*
  mutating func parsePostfix() throws -> Syntax {
    let start = current.span
    var expression = try parsePrimary()
    // Each postfix operation nests the expression one level deeper.
    var levels = 0
    defer { nesting -= levels }
    while true {
      let token = tokens[position]
      if token.kind == .punctuation || token.kind == .operator {
        switch token.text {
        case "(", "[", "{", ".", "'", "::", "...":
          try descend(at: token)
          levels += 1
        default: break
        }
      }
      if token.kind == .punctuation, token.text == "(", !token.spaceBefore {
        let open = advance()
        let arguments = try parseArguments(closing: ")", open: open)
        expression = .call(
          expression, arguments.positional + arguments.bareAfterSemicolon.map { $0 },
          arguments.keywords + arguments.afterSemicolon, broadcast: false, span(from: start))
        expression = try parseDoBlock(after: expression, start: start)
      } else if token.kind == .punctuation, token.text == "[", !token.spaceBefore {
        let open = advance()
        let items = try parseIndices(open: open)
        expression = .index(expression, items, span(from: start))
      } else if token.kind == .punctuation, token.text == "{", !token.spaceBefore {
        let open = advance()
        let arguments = try parseArguments(closing: "}", open: open)
        expression = .curly(expression, arguments.positional.map(\.value), span(from: start))
      } else if token.kind == .operator, token.text == ".", !token.spaceBefore {
        let next = peekToken()
        if next.kind == .identifier, !next.spaceBefore {
          advance()
          advance()
          expression = .field(expression, next.text, span(from: start))
        } else if next.kind == .operator, next.text == ":", !next.spaceBefore {
          advance()
          guard let op = parseQuotedOperator() else { throw error("unexpected \".\"", at: token) }
          expression = .field(expression, op, span(from: start))
        } else if next.kind == .punctuation, next.text == "(", !next.spaceBefore {
          advance()
          let open = advance()
          let arguments = try parseArguments(closing: ")", open: open)
          expression = .call(
            expression, arguments.positional, arguments.keywords + arguments.afterSemicolon,
            broadcast: true, span(from: start))
        } else {
          throw error("unexpected \".\"", at: token)
        }
      } else if token.kind == .operator, token.text == "'" {
        advance()
        expression = .adjoint(expression, span(from: start))
      } else if token.kind == .operator, token.text == "::" {
        advance()
        let type = try parseTypeExpression()
        expression = .typed(expression, type, span(from: start))
      } else if token.kind == .operator, token.text == "..." {
        advance()
        expression = .splat(expression, span(from: start))
      } else {
        return expression
      }
    }
  }

  /// type := name ("." name)* ("{" types "}")?
  mutating func parseTypeExpression() throws -> Syntax {
    let token = current
    if let mime = Self.mimeLiteral(token) {
      advance()
      return mime
    }
    guard token.kind == .identifier else {
      throw error("expected a type, found \(Self.describe(token))", at: token)
    }
    advance()
    if token.text == "MIME", current.kind == .string, !current.spaceBefore {
      return try parseMIME(token)
    }
    var type = Syntax.name(token.text, token.span)
    var levels = 0
    defer { nesting -= levels }
    while check("."), peekToken().kind == .identifier {
      try descend(at: advance())
      levels += 1
      let next = advance()
      type = .field(type, next.text, span(from: token.span))
    }
    if tokens[position].text == "{", !tokens[position].spaceBefore {
      let open = advance()
      let arguments = try parseArguments(closing: "}", open: open)
      type = .curly(type, arguments.positional.map(\.value), span(from: token.span))
    }
    return type
  }

  /// do-block := "do" parameters block "end", passed as the call's first argument.
  mutating func parseDoBlock(after call: Syntax, start: SourceSpan) throws -> Syntax {
    guard tokens[position].kind == .keyword, tokens[position].text == "do",
      case .call(let callee, let arguments, let keywords, let broadcast, _) = call
    else { return call }
    let keyword = advance()
    var parameters: [Parameter] = []
    try withNewlines(true) { parser in
      while parser.current.kind != .newline, !parser.check(";") {
        let item = try parser.parsePrimary()
        switch item {
        case .tuple(let names, _):
          for name in names { parameters.append(try parser.makeParameter(name, vararg: false)) }
        default:
          parameters.append(try parser.makeParameter(item, vararg: false))
        }
        if !parser.accept(",") { break }
      }
    }
    let body = try parseBlock(until: ["end"])
    try expect("end", "to close \"do\"")
    let lambda = Syntax.lambda(
      FunctionSyntax(name: nil, parameters: parameters, keywordParameters: [], body: body),
      span(from: keyword.span))
    return .call(
      callee, [Argument(value: lambda, splat: false)] + arguments, keywords, broadcast: broadcast,
      span(from: start))
  }

  /// arguments := (argument ("," argument)*)? (";" keyword ("," keyword)*)? closing
  mutating func parseArguments(closing: String, open: Token) throws -> ArgumentList {
    try withNewlines(false) { parser in
      var list = ArgumentList()
      var afterSemicolon = false
      while !parser.check(closing) {
        if parser.accept(";") {
          afterSemicolon = true
          continue
        }
        if parser.current.kind == .endOfInput {
          throw parser.error("incomplete: \"\(open.text)\" is not closed", at: open)
        }
        let start = parser.current.span
        // A bare `:` argument (`reshape(x, 3, :)`) is Julia's `Colon()`.
        if parser.current.kind == .operator, parser.current.text == ":",
          parser.peekToken().text == "," || parser.peekToken().text == closing
        {
          let colon = parser.advance()
          list.positional.append(Argument(value: .colon(colon.span), splat: false))
          if parser.accept(",") { continue }
          break
        }
        var value = try parser.parseExpression()
        if parser.check("for", .keyword) {
          value = try parser.parseComprehension(body: value, isGenerator: true, start: start)
        }
        switch value {
        case .assign(.name(let name, _), let rhs, nil, false, let span):
          let keyword = KeywordArgument(name: name, type: nil, value: rhs, span: span)
          if afterSemicolon {
            list.afterSemicolon.append(keyword)
          } else {
            list.keywords.append(keyword)
          }
        case .assign(.typed(.name(let name, _), let type, _), let rhs, nil, false, let span):
          let keyword = KeywordArgument(name: name, type: type, value: rhs, span: span)
          if afterSemicolon {
            list.afterSemicolon.append(keyword)
          } else {
            list.keywords.append(keyword)
          }
        case .name(let name, let span) where afterSemicolon:
          list.afterSemicolon.append(
            KeywordArgument(name: name, type: nil, value: value, span: span))
        case .splat(let inner, _):
          if afterSemicolon {
            list.bareAfterSemicolon.append(Argument(value: inner, splat: true))
          } else {
            list.positional.append(Argument(value: inner, splat: true))
          }
        default:
          if afterSemicolon {
            list.bareAfterSemicolon.append(Argument(value: value, splat: false))
          } else {
            list.positional.append(Argument(value: value, splat: false))
          }
        }
        if parser.accept(",") { continue }
        if parser.check(";") { continue }
        break
      }
      try parser.expect(closing, "to close \"\(open.text)\" at \(open.span.start)")
      return list
    }
  }

  /// indices := (":" | expression) ("," (":" | expression))* "]"
  mutating func parseIndices(open: Token) throws -> [Syntax] {
    indexDepth += 1
    defer { indexDepth -= 1 }
    return try withNewlines(false) { parser in
      var items: [Syntax] = []
      while !parser.check("]") {
        let token = parser.current
        if token.kind == .operator, token.text == ":",
          parser.peekToken().text == "]" || parser.peekToken().text == ","
        {
          parser.advance()
          items.append(.colon(token.span))
        } else {
          items.append(try parser.parseExpression())
        }
        if !parser.accept(",") { break }
      }
      try parser.expect("]", "to close \"[\" at \(open.span.start)")
      return items
    }
  }
}
