/// The nodes directly inside a node, for passes that look for a kind of node anywhere.
extension Syntax {
  var children: [Syntax] {
    switch self {
    case .integer, .float, .bool, .char, .symbol, .name, .colon, .endIndex, .breakStatement,
      .continueStatement, .using, .typeDefinition, .number:
      return []
    case .whereClause(let inner, _, _): return [inner]
    case .string(let parts, _):
      return parts.compactMap {
        if case .interpolation(let inner) = $0 { return inner }
        return nil
      }
    case .tuple(let items, _), .vector(let items, _), .block(let items, _), .macro(_, let items, _),
      .scopeDeclaration(_, let items, _):
      return items
    case .namedTuple(let items, _): return items.map(\.1)
    case .matrix(let rows, _): return rows.flatMap { $0 }
    case .curly(let base, let items, _): return [base] + items
    case .comprehension(let comprehension, _):
      return [comprehension.body] + comprehension.groups.flatMap { $0.flatMap { [$0.0, $0.1] } }
        + (comprehension.filter.map { [$0] } ?? [])
    case .range(let start, let step, let stop, _):
      return [start] + (step.map { [$0] } ?? []) + [stop]
    case .unary(_, let inner, _, _), .adjoint(let inner, _), .splat(let inner, _),
      .constDeclaration(let inner, _):
      return [inner]
    case .binary(_, let a, let b, _, _), .and(let a, let b, _), .or(let a, let b, _),
      .pair(let a, let b, _), .typed(let a, let b, _), .assign(let a, let b, _, _, _),
      .whileLoop(let a, let b, _):
      return [a, b]
    case .index(let base, let items, _): return [base] + items
    case .chain(let first, let links, _): return [first] + links.map(\.operand)
    case .comparison(let items, _, _): return items
    case .ternary(let a, let b, let c, _): return [a, b, c]
    case .call(let callee, let arguments, let keywords, _, _):
      return [callee] + arguments.map(\.value) + keywords.map(\.value)
    case .field(let base, _, _): return [base]
    case .lambda(let definition, _), .function(let definition, _):
      return [definition.body]
    case .ifElse(let branches, let otherwise, _):
      return branches.flatMap { [$0.0, $0.1] } + (otherwise.map { [$0] } ?? [])
    case .forLoop(let clauses, let body, _): return clauses.flatMap { [$0.0, $0.1] } + [body]
    case .letBlock(let bindings, let body, _): return bindings + [body]
    case .tryCatch(let body, _, let handler, let finally, _):
      return [body] + (handler.map { [$0] } ?? []) + (finally.map { [$0] } ?? [])
    case .returnStatement(let value, _): return value.map { [$0] } ?? []
    }
  }

  /// Whether a function or an anonymous function is defined anywhere in the node: one that can
  /// capture the variables of a loop's iteration.
  var definesClosure: Bool {
    var stack = [self]
    while let node = stack.popLast() {
      switch node {
      case .lambda, .function: return true
      default: stack.append(contentsOf: node.children)
      }
    }
    return false
  }
}
