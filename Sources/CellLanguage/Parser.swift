import SourcePositions

/// Turns tokens into `Syntax`, collecting every syntax error it can find.
///
/// Statement forms live here; expressions, collections and strings are in extensions.
struct Parser {
  var tokens: [Token]
  var position = 0
  var errors: [ParseError] = []
  /// Whether line breaks end the expression being parsed (false inside parentheses).
  var newlinesMatter = [true]
  /// Inside `[ ]` rows, where a space separates items (`[1 -2]` has two).
  var spaceSeparates = [false]
  /// Inside an index, where `end` and a bare `:` have their index meaning.
  var indexDepth = 0
  /// Inside the then-branch of `?:`, where a spaced `:` ends the branch.
  var ternaryDepth = 0
  /// How deeply the expression being parsed nests: parentheses, brackets, blocks, prefix
  /// operators, right-associative operands and postfix operations each count one level.
  /// Bounded, so that no pass over the tree (resolver, evaluator, printer) recurses deeply.
  var nesting = 0
  static let maximumNesting = 400
  /// The most operators a left-associative chain keeps as nested `.binary` nodes; a longer
  /// chain (`1 + 1 + … + 1`) becomes one flat `.chain`, which every pass walks with a loop.
  static let chainFold = 16

  init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// Parses a whole cell: its statements, or every syntax error found.
  static func parse(_ source: String) -> (Syntax, [ParseError]) {
    var parser = Parser(tokens: Lexer.tokenize(source))
    let program = parser.parseProgram()
    return (program, parser.errors)
  }

  // MARK: Token access

  /// The current token, skipping line breaks where they do not matter.
  var current: Token {
    mutating get {
      if !(newlinesMatter.last ?? true) { skipNewlines() }
      return tokens[position]
    }
  }

  /// The token after the current one (line breaks included).
  func peekToken(_ ahead: Int = 1) -> Token {
    tokens[min(position + ahead, tokens.count - 1)]
  }

  mutating func skipNewlines() {
    while tokens[position].kind == .newline { position += 1 }
  }

  @discardableResult
  mutating func advance() -> Token {
    let token = current
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  mutating func check(_ text: String, _ kind: TokenKind? = nil) -> Bool {
    let token = current
    guard token.text == text else { return false }
    if let kind { return token.kind == kind }
    return token.kind == .operator || token.kind == .punctuation || token.kind == .keyword
  }

  mutating func accept(_ text: String, _ kind: TokenKind? = nil) -> Bool {
    guard check(text, kind) else { return false }
    advance()
    return true
  }

  @discardableResult
  mutating func expect(_ text: String, _ context: String) throws -> Token {
    guard check(text) else {
      let token = current
      throw ParseError(
        message: "expected \"\(text)\" \(context), found \(Self.describe(token))", span: token.span)
    }
    return advance()
  }

  static func describe(_ token: Token) -> String {
    switch token.kind {
    case .endOfInput: "end of input"
    case .newline: "end of line"
    default: "\"\(token.text)\""
    }
  }

  func error(_ message: String, at token: Token) -> ParseError {
    ParseError(message: message, span: token.span)
  }

  /// The error for valid Julia that sitegen does not run: "`feature` is not supported by
  /// sitegen's Julia".
  func unsupported(_ feature: String, at token: Token) -> ParseError {
    ParseError(
      message: "\(feature) is not supported by sitegen's Julia", span: token.span,
      isUnsupported: true)
  }

  /// Enters one more level of nesting at `token` (the caller leaves it with `nesting -= 1`).
  /// - Throws: past `maximumNesting` levels, at `token`.
  mutating func descend(at token: Token) throws {
    nesting += 1
    guard nesting <= Self.maximumNesting else {
      throw error("expression nested more than \(Self.maximumNesting) levels deep", at: token)
    }
  }

  mutating func withNewlines<T>(_ matter: Bool, _ body: (inout Parser) throws -> T) rethrows -> T {
    newlinesMatter.append(matter)
    spaceSeparates.append(false)
    defer {
      newlinesMatter.removeLast()
      spaceSeparates.removeLast()
    }
    return try body(&self)
  }

  func span(from start: SourceSpan) -> SourceSpan {
    let previous = tokens[max(position - 1, 0)]
    return SourceSpan(start: start.start, end: max(previous.span.end, start.start))
  }

  // MARK: Statements

  /// program := statement ((newline | ";") statement)*
  mutating func parseProgram() -> Syntax {
    let start = tokens[0].span
    var statements: [Syntax] = []
    while true {
      while current.kind == .newline || check(";") { advance() }
      if current.kind == .endOfInput { break }
      let before = position
      do {
        statements.append(try parseStatement())
        let token = current
        if token.kind != .newline, token.kind != .endOfInput, !check(";") {
          throw error("extra token \(Self.describe(token)) after end of expression", at: token)
        }
      } catch let failure as ParseError {
        errors.append(failure)
        synchronize()
        if position == before { advance() }
      } catch {
        advance()
      }
    }
    return .block(statements, span(from: start))
  }

  /// Skips to the start of the next top-level statement after an error.
  mutating func synchronize() {
    newlinesMatter = [true]
    spaceSeparates = [false]
    indexDepth = 0
    ternaryDepth = 0
    nesting = 0
    var depth = 0
    var brackets = 0
    while current.kind != .endOfInput {
      let token = current
      switch (token.kind, token.text) {
      case (.newline, _) where depth <= 0 && brackets <= 0:
        return
      case (.punctuation, "("), (.punctuation, "["), (.punctuation, "{"):
        brackets += 1
      case (.punctuation, ")"), (.punctuation, "]"), (.punctuation, "}"):
        brackets -= 1
      case (.keyword, "end") where brackets <= 0:
        depth -= 1
      case (.keyword, let word) where Self.blockOpeners.contains(word) && brackets <= 0:
        depth += 1
      default:
        break
      }
      advance()
    }
  }

  static let blockOpeners: Set<String> = [
    "function", "if", "for", "while", "begin", "let", "try", "do", "struct", "quote", "macro",
    "module",
  ]

  /// statement := expressions (("=" | op"=") statement)?
  mutating func parseStatement() throws -> Syntax {
    try parseTupleOrAssignment()
  }

  /// block := statement* up to one of `terminators` (not consumed).
  mutating func parseBlock(until terminators: Set<String>) throws -> Syntax {
    let start = current.span
    var statements: [Syntax] = []
    try withNewlines(true) { parser in
      while true {
        while parser.current.kind == .newline || parser.check(";") { parser.advance() }
        let token = parser.current
        if token.kind == .keyword, terminators.contains(token.text) { break }
        if token.kind == .endOfInput {
          throw parser.error(
            "incomplete: expected \"\(terminators.sorted().first ?? "end")\"", at: token)
        }
        statements.append(try parser.parseStatement())
        let next = parser.current
        if next.kind != .newline, !parser.check(";"),
          !(next.kind == .keyword && terminators.contains(next.text))
        {
          throw parser.error("extra token \(Self.describe(next)) after end of expression", at: next)
        }
      }
    }
    return .block(statements, span(from: start))
  }

  /// Parses the keyword-introduced forms; the keyword is the current token.
  mutating func parseKeywordForm() throws -> Syntax {
    let keyword = current
    switch keyword.text {
    case "function": return try parseFunction()
    case "if": return try parseIf()
    case "for": return try parseFor()
    case "while":
      advance()
      let condition = try withNewlines(true) { try $0.parseExpression() }
      let body = try parseBlock(until: ["end"])
      try expect("end", "to close \"while\"")
      return .whileLoop(condition, body, span(from: keyword.span))
    case "begin":
      advance()
      let body = try parseBlock(until: ["end"])
      try expect("end", "to close \"begin\"")
      if case .block(let statements, _) = body {
        return .block(statements, span(from: keyword.span))
      }
      return body
    case "let": return try parseLet()
    case "struct", "mutable", "abstract", "primitive": return try parseTypeDefinition()
    case "try": return try parseTry()
    case "return":
      advance()
      if endsStatement(current) { return .returnStatement(nil, keyword.span) }
      let value = try parseTupleLevel()
      return .returnStatement(value, span(from: keyword.span))
    case "break":
      advance()
      return .breakStatement(keyword.span)
    case "continue":
      advance()
      return .continueStatement(keyword.span)
    case "using", "import": return try parseUsing()
    case "local", "global":
      advance()
      let declared = try parseTupleOrAssignment()
      let items: [Syntax]
      if case .tuple(let elements, _) = declared { items = elements } else { items = [declared] }
      return .scopeDeclaration(isGlobal: keyword.text == "global", items, span(from: keyword.span))
    case "const":
      advance()
      let declared = try parseTupleOrAssignment()
      return .constDeclaration(declared, span(from: keyword.span))
    case "end" where indexDepth > 0:
      advance()
      return .endIndex(keyword.span)
    case "end", "else", "elseif", "catch", "finally", "in":
      throw error("unexpected \"\(keyword.text)\"", at: keyword)
    default:
      throw error("unsupported syntax \"\(keyword.text)\"", at: keyword)
    }
  }

  mutating func endsStatement(_ token: Token) -> Bool {
    switch token.kind {
    case .newline, .endOfInput: return true
    case .punctuation: return [";", ")", "]", "}", ","].contains(token.text)
    case .keyword: return ["end", "else", "elseif", "catch", "finally"].contains(token.text)
    default: return false
    }
  }

  /// function := "function" name? "(" parameters ")" block "end"
  mutating func parseFunction() throws -> Syntax {
    let keyword = advance()
    var name: String?
    if current.kind == .identifier {
      name = advance().text
      while check("."), peekToken().kind == .identifier || peekToken().text == ":" {
        advance()
        if let op = parseQuotedOperator() {
          name = op
          break
        }
        name = advance().text
      }
      if check("{"), !current.spaceBefore, let name {
        throw unsupported("a constructor of \(name){…}", at: current)
      }
    } else if current.kind == .operator, peekToken().text == "(", !peekToken().spaceBefore {
      name = advance().text
    }
    guard check("(") else {
      throw error(
        "expected \"(\" after the function name, found \(Self.describe(current))", at: current)
    }
    var open = advance()
    var arguments = try parseArguments(closing: ")", open: open)
    var callable: Parameter?
    if name == nil, check("("), !current.spaceBefore {
      // `function (m::Model)(x)`: a method of a callable struct.
      guard arguments.positional.count == 1, arguments.keywords.isEmpty else {
        throw error("expected one typed parameter before the call's parameters", at: open)
      }
      callable = try makeParameter(arguments.positional[0].value, vararg: false)
      name = UserTypeNames.call
      open = advance()
      arguments = try parseArguments(closing: ")", open: open)
    }
    var (parameters, keywords) = try makeParameters(arguments)
    if let callable { parameters.insert(callable, at: 0) }
    if accept("::") { _ = try parsePostfix() }
    let typeParameters = try parseWhereClauses()
    let body = try parseBlock(until: ["end"])
    try expect("end", "to close \"function\"")
    let definition = FunctionSyntax(
      name: name, parameters: parameters, keywordParameters: keywords, body: body,
      typeParameters: typeParameters)
    if name == nil { return .lambda(definition, span(from: keyword.span)) }
    return .function(definition, span(from: keyword.span))
  }

  /// if := "if" expr block ("elseif" expr block)* ("else" block)? "end"
  mutating func parseIf() throws -> Syntax {
    let keyword = advance()
    var branches: [(Syntax, Syntax)] = []
    var otherwise: Syntax?
    let condition = try withNewlines(true) { try $0.parseExpression() }
    branches.append((condition, try parseBlock(until: ["elseif", "else", "end"])))
    while true {
      if accept("elseif", .keyword) {
        let condition = try withNewlines(true) { try $0.parseExpression() }
        branches.append((condition, try parseBlock(until: ["elseif", "else", "end"])))
      } else if accept("else", .keyword) {
        otherwise = try parseBlock(until: ["end"])
      } else {
        try expect("end", "to close \"if\"")
        break
      }
    }
    return .ifElse(branches, otherwise, span(from: keyword.span))
  }

  /// for := "for" iteration ("," iteration)* block "end"
  mutating func parseFor() throws -> Syntax {
    let keyword = advance()
    let clauses = try withNewlines(true) { try $0.parseIterations() }
    let body = try parseBlock(until: ["end"])
    try expect("end", "to close \"for\"")
    return .forLoop(clauses, body, span(from: keyword.span))
  }

  /// iterations := target ("in" | "=" | "∈") expr ("," iterations)?
  mutating func parseIterations() throws -> [(Syntax, Syntax)] {
    var clauses: [(Syntax, Syntax)] = []
    repeat {
      let target: Syntax
      if check("(") {
        target = try parsePrimary()
      } else {
        let token = current
        guard token.kind == .identifier else {
          throw error("expected a loop variable, found \(Self.describe(token))", at: token)
        }
        advance()
        target = .name(token.text, token.span)
      }
      guard accept("in", .keyword) || accept("=", .operator) || accept("∈", .operator) else {
        throw error(
          "expected \"in\" after the loop variable, found \(Self.describe(current))", at: current)
      }
      clauses.append((target, try parseExpression()))
    } while accept(",")
    return clauses
  }

  /// let := "let" bindings block "end"
  mutating func parseLet() throws -> Syntax {
    let keyword = advance()
    var bindings: [Syntax] = []
    try withNewlines(true) { parser in
      while parser.current.kind != .newline, !parser.check(";") {
        bindings.append(try parser.parseExpression())
        if !parser.accept(",") { break }
      }
    }
    let body = try parseBlock(until: ["end"])
    try expect("end", "to close \"let\"")
    return .letBlock(bindings, body, span(from: keyword.span))
  }

  /// try := "try" block ("catch" name? block)? ("finally" block)? "end"
  mutating func parseTry() throws -> Syntax {
    let keyword = advance()
    let body = try parseBlock(until: ["catch", "finally", "end"])
    var name: String?
    var handler: Syntax?
    var cleanup: Syntax?
    if accept("catch", .keyword) {
      if tokens[position].kind == .identifier {
        name = advance().text
      }
      handler = try parseBlock(until: ["finally", "end"])
    }
    if accept("finally", .keyword) {
      cleanup = try parseBlock(until: ["end"])
    }
    try expect("end", "to close \"try\"")
    return .tryCatch(body, name, handler, cleanup, span(from: keyword.span))
  }

  /// using := ("using" | "import") path ("," path)*  (also `import A: b, c`)
  mutating func parseUsing() throws -> Syntax {
    let keyword = advance()
    var paths: [[String]] = []
    try withNewlines(true) { parser in
      repeat {
        var path: [String] = []
        repeat {
          let token = parser.current
          guard token.kind == .identifier else {
            throw parser.error("expected a module name, found \(Self.describe(token))", at: token)
          }
          path.append(parser.advance().text)
        } while parser.accept(".")
        if parser.accept(":") {
          repeat {
            let token = parser.current
            guard token.kind == .identifier || token.kind == .operator else {
              throw parser.error("expected a name, found \(Self.describe(token))", at: token)
            }
            paths.append(path + [parser.advance().text])
          } while parser.accept(",")
          return
        }
        paths.append(path)
      } while parser.accept(",")
    }
    return .using(paths, isImport: keyword.text == "import", span(from: keyword.span))
  }

  /// Turns a parsed argument list into parameters: positional ones (with defaults given as
  /// `name = value`) and those after `;` as keywords.
  func makeParameters(_ arguments: ArgumentList) throws -> ([Parameter], [Parameter]) {
    var positional: [Parameter] = []
    for argument in arguments.positional {
      positional.append(try makeParameter(argument.value, vararg: argument.splat))
    }
    for keyword in arguments.keywords {
      positional.append(
        Parameter(
          name: keyword.name, type: keyword.type, defaultValue: keyword.value, isVararg: false,
          span: keyword.span))
    }
    var keywords: [Parameter] = []
    for keyword in arguments.afterSemicolon {
      keywords.append(
        Parameter(
          name: keyword.name, type: keyword.type, defaultValue: keyword.value, isVararg: false,
          span: keyword.span))
    }
    for argument in arguments.bareAfterSemicolon {
      keywords.append(try makeParameter(argument.value, vararg: argument.splat))
    }
    return (positional, keywords)
  }

  func makeParameter(_ syntax: Syntax, vararg: Bool) throws -> Parameter {
    switch syntax {
    case .name(let name, let span):
      return Parameter(name: name, type: nil, defaultValue: nil, isVararg: vararg, span: span)
    case .typed(.name(let name, _), let type, let span):
      return Parameter(name: name, type: type, defaultValue: nil, isVararg: vararg, span: span)
    case .unary("::", let type, false, let span):
      // `::Type`: a parameter without a name.
      return Parameter(name: "#unused", type: type, defaultValue: nil, isVararg: vararg, span: span)
    case .splat(let inner, _):
      return try makeParameter(inner, vararg: true)
    default:
      throw ParseError(message: "invalid function parameter", span: syntax.span)
    }
  }
}
