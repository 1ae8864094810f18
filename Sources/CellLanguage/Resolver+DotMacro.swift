import SourcePositions

/// `@. expression`: every call, operator and assignment in it made a broadcast (Julia 1.0's
/// `Base.Broadcast.__dot__`: `f(x)` → `f.(x)`, `a + b` → `a .+ b`, `y = …` → `y .= …`, `&&`,
/// `||`, `?:` and ranges left as they are, subexpressions rewritten throughout).
extension Resolver {
  func resolveDotMacro(_ arguments: [Syntax], span: SourceSpan) -> Code {
    guard arguments.count == 1 else {
      report("@. expects one expression", at: span)
      return .constant(.nothing, span)
    }
    guard let dotted = dotted(arguments[0]) else {
      report(
        "@. around this kind of expression is not supported by sitegen's Julia",
        kind: .unsupported, at: span)
      return .constant(.nothing, span)
    }
    return resolve(dotted)
  }

  /// The expression with its calls, operators and assignments dotted; `nil` for forms this
  /// rewrite does not cover (definitions, loops, blocks).
  private func dotted(_ syntax: Syntax) -> Syntax? {
    switch syntax {
    case .integer, .float, .bool, .char, .symbol, .name, .colon, .endIndex, .string, .number:
      return syntax
    case .call(let callee, let arguments, let keywords, _, let span):
      var newArguments: [Argument] = []
      for argument in arguments {
        guard let value = dotted(argument.value) else { return nil }
        newArguments.append(Argument(value: value, splat: argument.splat))
      }
      var newKeywords: [KeywordArgument] = []
      for keyword in keywords {
        guard let value = dotted(keyword.value) else { return nil }
        newKeywords.append(
          KeywordArgument(name: keyword.name, type: keyword.type, value: value, span: keyword.span))
      }
      return .call(callee, newArguments, newKeywords, broadcast: true, span)
    case .binary(let op, let a, let b, _, let span):
      guard let a = dotted(a), let b = dotted(b) else { return nil }
      return .binary(op, a, b, dotted: true, span)
    case .unary(let op, let a, _, let span):
      guard let a = dotted(a) else { return nil }
      return .unary(op, a, dotted: true, span)
    case .chain(let first, let links, let span):
      guard let first = dotted(first) else { return nil }
      var newLinks: [ChainLink] = []
      for link in links {
        guard let operand = dotted(link.operand) else { return nil }
        newLinks.append(ChainLink(op: link.op, dotted: true, operand: operand, span: link.span))
      }
      return .chain(first, newLinks, span)
    case .comparison(let operands, let operators, let span):
      let newOperands = operands.compactMap { dotted($0) }
      guard newOperands.count == operands.count else { return nil }
      return .comparison(newOperands, operators.map { ($0.0, true) }, span)
    case .assign(let target, let value, let op, _, let span):
      if case .call = target { return nil }
      guard let value = dotted(value) else { return nil }
      return .assign(target, value, op: op, dotted: true, span)
    case .tuple(let items, let span):
      let newItems = items.compactMap { dotted($0) }
      return newItems.count == items.count ? .tuple(newItems, span) : nil
    case .index(let base, let indices, let span):
      let newIndices = indices.compactMap { dotted($0) }
      guard let base = dotted(base), newIndices.count == indices.count else { return nil }
      return .index(base, newIndices, span)
    case .field(let base, let name, let span):
      guard let base = dotted(base) else { return nil }
      return .field(base, name, span)
    case .and(let a, let b, let span):
      guard let a = dotted(a), let b = dotted(b) else { return nil }
      return .and(a, b, span)
    case .or(let a, let b, let span):
      guard let a = dotted(a), let b = dotted(b) else { return nil }
      return .or(a, b, span)
    case .ternary(let c, let a, let b, let span):
      guard let c = dotted(c), let a = dotted(a), let b = dotted(b) else { return nil }
      return .ternary(c, a, b, span)
    case .adjoint(let a, let span):
      guard let a = dotted(a) else { return nil }
      return .adjoint(a, span)
    case .namedTuple, .vector, .matrix, .curly, .comprehension, .range, .splat, .pair, .typed,
      .lambda, .block, .ifElse, .forLoop, .whileLoop, .letBlock, .tryCatch, .function,
      .returnStatement, .breakStatement, .continueStatement, .macro, .using, .scopeDeclaration,
      .constDeclaration, .typeDefinition, .whereClause:
      return nil
    }
  }
}
