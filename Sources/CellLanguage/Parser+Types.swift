import SourcePositions

/// Type definitions (`struct`, `mutable struct`, `abstract type`) and `where` clauses.
extension Parser {
  /// struct := "mutable"? "struct" name ("{" parameters "}")? ("<:" type)? fields-and-constructors
  ///   "end";  abstract := "abstract" "type" name ("{" parameters "}")? ("<:" type)? "end"
  mutating func parseTypeDefinition() throws -> Syntax {
    let keyword = advance()
    var isMutable = false
    var isAbstract = false
    switch keyword.text {
    case "mutable":
      guard accept("struct", .keyword) else {
        throw error(
          "expected \"struct\" after \"mutable\", found \(Self.describe(current))", at: current)
      }
      isMutable = true
    case "abstract":
      guard current.kind == .identifier, current.text == "type" else {
        throw error(
          "expected \"type\" after \"abstract\", found \(Self.describe(current))", at: current)
      }
      advance()
      isAbstract = true
    case "primitive":
      throw unsupported("primitive type", at: keyword)
    default:
      break
    }
    let nameToken = current
    guard nameToken.kind == .identifier else {
      throw error("expected a type name, found \(Self.describe(nameToken))", at: nameToken)
    }
    advance()
    var definition = TypeDefinitionSyntax(
      name: nameToken.text, isAbstract: isAbstract, isMutable: isMutable)
    if check("{"), !current.spaceBefore {
      let open = advance()
      let arguments = try parseArguments(closing: "}", open: open)
      definition.parameters = try arguments.positional.map { try Self.typeParameter($0.value) }
    }
    if accept("<:", .operator) { definition.supertype = try parseTypeExpression() }
    let body = try parseBlock(until: ["end"])
    try expect("end", "to close \"\(keyword.text)\"")
    let span = span(from: keyword.span)
    guard case .block(let statements, _) = body else { return .typeDefinition(definition, span) }
    if isAbstract, let first = statements.first {
      throw ParseError(message: "an abstract type has no fields", span: first.span)
    }
    for statement in statements {
      switch statement {
      case .name(let field, let span):
        definition.fields.append(FieldSyntax(name: field, type: nil, span: span))
      case .typed(.name(let field, _), let type, let span):
        definition.fields.append(FieldSyntax(name: field, type: type, span: span))
      case .function(let constructor, let span):
        guard constructor.name == definition.name else {
          throw ParseError(
            message: "a function inside a struct must be a constructor of \(definition.name)",
            span: span)
        }
        definition.constructors.append((constructor, span))
      case .string:
        // A docstring.
        break
      default:
        throw ParseError(
          message:
            "a field default or other statement in a struct is not supported by sitegen's Julia",
          span: statement.span, isUnsupported: true)
      }
    }
    return .typeDefinition(definition, span)
  }

  /// A type parameter `T` or `T<:Bound` (in `{…}` or a `where` clause).
  static func typeParameter(_ syntax: Syntax) throws -> TypeParameterSyntax {
    switch syntax {
    case .name(let name, _): return TypeParameterSyntax(name: name, bound: nil)
    case .binary("<:", .name(let name, _), let bound, false, _):
      return TypeParameterSyntax(name: name, bound: bound)
    default:
      throw ParseError(
        message: "this type parameter is not supported by sitegen's Julia", span: syntax.span,
        isUnsupported: true)
    }
  }

  /// `where T`, `where T<:Real`, `where {T, S<:Real}` after a signature (any number of them).
  mutating func parseWhereClauses() throws -> [TypeParameterSyntax] {
    var parameters: [TypeParameterSyntax] = []
    while current.kind == .keyword, current.text == "where" {
      advance()
      if check("{") {
        let open = advance()
        let arguments = try parseArguments(closing: "}", open: open)
        parameters += try arguments.positional.map { try Self.typeParameter($0.value) }
      } else {
        parameters.append(try Self.typeParameter(try parseComparison()))
      }
    }
    return parameters
  }

  /// The name a method definition's left side gives (`f`, `Base.show`, `Base.:+`, `Point{T}`,
  /// an operator), and the parameter a callable struct's `(m::Model)` adds in front.
  static func definedName(_ callee: Syntax) throws -> (String, Syntax?)? {
    switch callee {
    case .name(let name, _): return (name, nil)
    case .field(_, let name, _): return (name, nil)
    case .curly(.name(let name, _), _, let span):
      throw ParseError(
        message: "a constructor of \(name){…} is not supported by sitegen's Julia", span: span,
        isUnsupported: true)
    case .typed(.name, _, _): return (UserTypeNames.call, callee)
    default: return nil
    }
  }
}

/// Internal names the parser gives definitions that have none a program could write.
enum UserTypeNames {
  /// The function holding callable structs' methods.
  static let call = "#call"
}

/// A parsed `struct` or `abstract type`.
struct TypeDefinitionSyntax {
  var name: String
  var isAbstract: Bool
  var isMutable: Bool
  var parameters: [TypeParameterSyntax] = []
  var supertype: Syntax?
  var fields: [FieldSyntax] = []
  var constructors: [(FunctionSyntax, SourceSpan)] = []
}

/// A field `name` or `name::Type` of a struct.
struct FieldSyntax {
  var name: String
  var type: Syntax?
  var span: SourceSpan
}

/// A type parameter with its upper bound.
struct TypeParameterSyntax {
  var name: String
  var bound: Syntax?
}

extension Parser {
  /// After `.`: `:+` or `:(==)`, an operator quoted as a name (`Base.:+`); nil (nothing read)
  /// when no operator follows.
  mutating func parseQuotedOperator() -> String? {
    guard current.kind == .operator, current.text == ":" else { return nil }
    let next = peekToken()
    if next.kind == .operator, !next.spaceBefore {
      advance()
      return advance().text
    }
    if next.text == "(", position + 3 < tokens.count, tokens[position + 2].kind == .operator,
      tokens[position + 3].text == ")"
    {
      advance()
      advance()
      let op = advance().text
      advance()
      return op
    }
    return nil
  }

  /// `MIME"text/plain"` lexed as one prefixed string: the MIME type as a string macro call.
  static func mimeLiteral(_ token: Token) -> Syntax? {
    guard token.kind == .string, token.text.hasPrefix("MIME\""), token.text.hasSuffix("\""),
      token.text.count >= 6
    else { return nil }
    let content = String(token.text.dropFirst(5).dropLast())
    return .macro("MIME_str", [.string([.text(content)], token.span)], token.span)
  }

  /// `MIME"text/plain"` (the name read): the MIME type as a string macro call.
  mutating func parseMIME(_ name: Token) throws -> Syntax {
    let literal = advance()
    let text = try parseString(literal)
    return .macro("MIME_str", [text], span(from: name.span))
  }
}
