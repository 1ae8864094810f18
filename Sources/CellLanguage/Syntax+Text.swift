extension Syntax {
  /// The expression as Julia prints it (`@show` and `@test` quote their expressions this way).
  var juliaText: String {
    switch self {
    case .integer(let value, _): return String(value)
    case .float(let value, _): return FloatFormatter.shortest(value)
    case .number(_, let text, _): return text
    case .bool(let value, _): return value ? "true" : "false"
    case .string(let parts, _):
      var text = "\""
      for part in parts {
        switch part {
        case .text(let literal): text += literal.debugDescription.dropFirst().dropLast()
        case .interpolation(.name(let name, _)): text += "$" + name
        case .interpolation(let inner): text += "$(" + inner.juliaText + ")"
        }
      }
      return text + "\""
    case .char(let value, _): return "'\(value)'"
    case .symbol(let name, _): return ":" + name
    case .name(let name, _): return name
    case .colon: return ":"
    case .endIndex: return "end"
    case .tuple(let items, _):
      return "(" + items.map(\.juliaText).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
    case .namedTuple(let fields, _):
      return "(" + fields.map { "\($0.0) = \($0.1.juliaText)" }.joined(separator: ", ") + ")"
    case .vector(let items, _): return "[" + items.map(\.juliaText).joined(separator: ", ") + "]"
    case .matrix(let rows, _):
      return "[" + rows.map { $0.map(\.juliaText).joined(separator: " ") }.joined(separator: "; ")
        + "]"
    case .curly(let base, let items, _):
      return base.juliaText + "{" + items.map(\.juliaText).joined(separator: ",") + "}"
    case .comprehension(let comprehension, _):
      var text = comprehension.body.juliaText
      for group in comprehension.groups {
        text +=
          " for " + group.map { "\($0.0.juliaText) = \($0.1.juliaText)" }.joined(separator: ", ")
      }
      if let filter = comprehension.filter { text += " if " + filter.juliaText }
      return comprehension.isGenerator ? "(" + text + ")" : "[" + text + "]"
    case .range(let start, let step, let stop, _):
      return [start, step, stop].compactMap { $0?.juliaText }.joined(separator: ":")
    case .unary(let op, let operand, let dotted, _):
      return (dotted ? "." : "") + op + operand.juliaOperand
    case .binary(let op, let lhs, let rhs, let dotted, _):
      return lhs.juliaOperand + " " + (dotted ? "." : "") + op + " " + rhs.juliaOperand
    case .chain(let first, let links, _):
      // As the same operations nested in `.binary` nodes print: `((a + b) + c) + d`.
      var text = String(repeating: "(", count: links.count - 1) + first.juliaOperand
      for (index, link) in links.enumerated() {
        if index > 0 { text += ")" }
        text += " " + (link.dotted ? "." : "") + link.op + " " + link.operand.juliaOperand
      }
      return text
    case .comparison(let operands, let operators, _):
      var text = operands[0].juliaOperand
      for (index, (op, dotted)) in operators.enumerated() {
        text += " " + (dotted ? "." : "") + op + " " + operands[index + 1].juliaOperand
      }
      return text
    case .and(let a, let b, _): return a.juliaOperand + " && " + b.juliaOperand
    case .or(let a, let b, _): return a.juliaOperand + " || " + b.juliaOperand
    case .ternary(let a, let b, let c, _):
      return a.juliaOperand + " ? " + b.juliaOperand + " : " + c.juliaOperand
    case .call(let callee, let arguments, let keywords, let broadcast, _):
      var items = arguments.map { $0.value.juliaText + ($0.splat ? "..." : "") }
      let named = keywords.map { "\($0.name) = \($0.value.juliaText)" }
      if !named.isEmpty {
        items.append((items.isEmpty ? "; " : "; ") + named.joined(separator: ", "))
      }
      let joined = items.joined(separator: ", ").replacingSemicolonSpacing()
      return callee.juliaOperand + (broadcast ? "." : "") + "(" + joined + ")"
    case .index(let base, let indices, _):
      return base.juliaOperand + "[" + indices.map(\.juliaText).joined(separator: ", ") + "]"
    case .field(let base, let name, _): return base.juliaOperand + "." + name
    case .adjoint(let inner, _): return inner.juliaOperand + "'"
    case .splat(let inner, _): return inner.juliaText + "..."
    case .pair(let a, let b, _): return a.juliaText + " => " + b.juliaText
    case .typed(let inner, let type, _): return inner.juliaText + "::" + type.juliaText
    case .lambda(let definition, _):
      let parameters = definition.parameters.map(\.name)
      let head =
        parameters.count == 1 ? parameters[0] : "(" + parameters.joined(separator: ", ") + ")"
      return head + " -> " + definition.body.juliaText
    case .assign(let lhs, let rhs, let op, let dotted, _):
      return lhs.juliaText + " " + (dotted ? "." : "") + (op ?? "") + "= " + rhs.juliaText
    case .block(let items, _):
      return "begin " + items.map(\.juliaText).joined(separator: "; ") + " end"
    case .macro(let name, let arguments, _):
      return "@" + name + " " + arguments.map(\.juliaText).joined(separator: " ")
    case .ifElse, .forLoop, .whileLoop, .letBlock, .tryCatch, .function, .returnStatement,
      .breakStatement, .continueStatement, .using, .scopeDeclaration, .constDeclaration,
      .typeDefinition, .whereClause:
      return "(\(kindName))"
    }
  }

  /// The text of the expression as an operand, parenthesised when it is an operation.
  var juliaOperand: String {
    switch self {
    case .binary, .chain, .comparison, .and, .or, .ternary, .assign, .lambda, .pair, .range:
      return "(" + juliaText + ")"
    case .unary:
      return juliaText
    default:
      return juliaText
    }
  }

  private var kindName: String {
    switch self {
    case .ifElse: "if"
    case .forLoop: "for"
    case .whileLoop: "while"
    case .letBlock: "let"
    case .tryCatch: "try"
    case .function: "function"
    default: "statement"
    }
  }
}

extension String {
  fileprivate func replacingSemicolonSpacing() -> String {
    var text = self
    while let range = text.range(of: ", ; ") { text.replaceSubrange(range, with: "; ") }
    return text
  }
}
