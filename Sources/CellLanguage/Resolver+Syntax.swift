import SourcePositions

extension Resolver {
  /// Resolves one node of syntax.
  func resolve(_ syntax: Syntax) -> Code {
    switch syntax {
    case .integer(let value, let span): return .constant(.int(value), span)
    case .float(let value, let span): return .constant(.float(value), span)
    case .number(let value, _, let span): return .constant(.object(value), span)
    case .bool(let value, let span): return .constant(.bool(value), span)
    case .char(let value, let span): return .constant(.char(value), span)
    case .symbol(let value, let span): return .constant(.symbol(value), span)
    case .string(let parts, let span):
      if parts.count == 1, case .text(let text) = parts[0] { return .constant(.string(text), span) }
      return .string(
        parts.map { part in
          switch part {
          case .text(let text): .text(text)
          case .interpolation(let inner): .interpolation(resolve(inner))
          }
        }, span)
    case .name(let name, let span):
      return referenceCode(name, span)
    case .colon(let span): return .colon(span)
    case .endIndex(let span): return .endIndex(span)
    case .tuple(let items, let span):
      return .tuple(items.map { argument($0) }, span)
    case .namedTuple(let fields, let span):
      return .namedTuple(fields.map(\.0), fields.map { resolve($0.1) }, span)
    case .vector(let items, let span):
      return .vector(items.map { argument($0) }, span)
    case .matrix(let rows, let span):
      return .matrix(rows.map { $0.map { resolve($0) } }, span)
    case .curly(let base, let items, let span):
      return .curly(resolve(base), items.map { resolve($0) }, span)
    case .comprehension(let comprehension, let span):
      return .comprehension(resolveComprehension(comprehension), span)
    case .range(let start, let step, let stop, let span):
      return .range(resolve(start), step.map { resolve($0) }, resolve(stop), span)
    case .unary("<:", let bound, false, let span):
      // `Vector{<:Real}`: a type variable of its own, bounded.
      return typeVariableCode(
        TypeParameterSyntax(name: "#\(span.start.line):\(span.start.column)", bound: bound),
        span: span)
    case .unary(let op, let operand, let dotted, let span):
      guard let unary = UnaryOperator(rawValue: op) else {
        report("unsupported operator \(op)", at: span)
        return .constant(.nothing, span)
      }
      return .unary(unary, resolve(operand), dotted: dotted, span)
    case .binary(let op, let lhs, let rhs, let dotted, let span):
      guard let binary = BinaryOperator(spelling: op) else {
        report("unsupported operator \(op)", at: span)
        return .constant(.nothing, span)
      }
      return .binary(binary, resolve(lhs), resolve(rhs), dotted: dotted, span)
    case .chain(let first, let links, let span):
      var resolved: [CodeLink] = []
      resolved.reserveCapacity(links.count)
      for link in links {
        guard let binary = BinaryOperator(spelling: link.op) else {
          report("unsupported operator \(link.op)", at: link.span)
          return .constant(.nothing, span)
        }
        resolved.append(
          CodeLink(op: binary, dotted: link.dotted, operand: resolve(link.operand), span: link.span)
        )
      }
      return .chain(resolve(first), resolved, span)
    case .comparison(let operands, let operators, let span):
      var ops: [(BinaryOperator, Bool)] = []
      for (op, dotted) in operators {
        guard let binary = BinaryOperator(spelling: op) else {
          report("unsupported operator \(op)", at: span)
          return .constant(.nothing, span)
        }
        ops.append((binary, dotted))
      }
      return .comparison(operands.map { resolve($0) }, ops, span)
    case .and(let a, let b, let span): return .and(resolve(a), resolve(b), span)
    case .or(let a, let b, let span): return .or(resolve(a), resolve(b), span)
    case .ternary(let a, let b, let c, let span):
      return .ternary(resolve(a), resolve(b), resolve(c), span)
    case .call(let callee, let arguments, let keywords, let broadcast, let span):
      return .call(
        CallCode(
          callee: resolve(callee),
          arguments: arguments.map {
            CodeArgument(value: resolve($0.value), splat: $0.splat)
          },
          keywords: keywords.map { ($0.name, resolve($0.value)) }, isBroadcast: broadcast,
          span: span))
    case .index(let base, let indices, let span):
      if viewsDepth > 0 {
        return .macro(.view(resolve(base), indices.map { resolve($0) }, maybe: true), span)
      }
      return .index(resolve(base), indices.map { resolve($0) }, span)
    case .field(let base, let name, let span):
      // Members of modules loaded by earlier cells are constants: `Flux.Tracker.back!`.
      if let module = moduleValue(base), let member = module.members[name] {
        return .constant(member, span)
      }
      return .field(resolve(base), name, span)
    case .adjoint(let inner, let span): return .adjoint(resolve(inner), span)
    case .splat(let inner, let span):
      report("\"...\" is only allowed in a call or a collection", at: span)
      return resolve(inner)
    case .pair(let a, let b, let span): return .pair(resolve(a), resolve(b), span)
    case .typed(let inner, let type, let span): return .typed(resolve(inner), resolve(type), span)
    case .lambda(let definition, let span):
      return .lambda(resolveFunction(definition, name: "", span: span), span)
    case .function(let definition, let span):
      let name = definition.name ?? ""
      guard let target = resolveTarget(.name(name, span)) else { return .constant(.nothing, span) }
      return .defineMethod(target, resolveFunction(definition, name: name, span: span), span)
    case .assign(let lhs, let rhs, let op, let dotted, let span):
      return resolveAssignment(lhs, rhs, op: op, dotted: dotted, span: span)
    case .block(let items, let span):
      return .block(items.map { resolve($0) }, span)
    case .ifElse(let branches, let otherwise, let span):
      return .ifElse(
        branches.map { (resolve($0.0), resolve($0.1)) }, otherwise.map { resolve($0) }, span)
    case .forLoop(let clauses, let body, let span):
      let ownFrame = body.definesClosure
      let (resolved, _) = openLoop(clauses, body: [body], ownFrame: ownFrame)
      let code = inLoop { resolve(body) }
      return .forLoop(resolved, code, closeLoop(ownFrame: ownFrame), span)
    case .whileLoop(let condition, let body, let span):
      let resolvedCondition = resolve(condition)
      let ownFrame = body.definesClosure
      _ = openLoop([], body: [body], ownFrame: ownFrame)
      let code = inLoop { resolve(body) }
      return .whileLoop(resolvedCondition, code, closeLoop(ownFrame: ownFrame), span)
    case .letBlock(let bindings, let body, let span):
      // `let a = e` evaluates `e` outside and binds a new `a` inside.
      var values: [(String, Code?)] = []
      for binding in bindings {
        switch binding {
        case .assign(.name(let name, _), let value, nil, false, _):
          values.append((name, resolve(value)))
        case .name(let name, _): values.append((name, referenceCode(name, binding.span)))
        default: report("invalid let binding", at: binding.span)
        }
      }
      return withScope(fresh: values.map(\.0) + Self.declaredLocals([body]), body: [body]) {
        slots in
        var statements: [Code] = []
        for (index, (name, value)) in values.enumerated() {
          if let value { statements.append(.assign(.local(slots[index], name), value, span)) }
        }
        statements.append(resolve(body))
        return .block(statements, span)
      }
    case .tryCatch(let body, let name, let handler, let cleanup, let span):
      let tried = withScope(fresh: Self.declaredLocals([body]), body: [body]) { _ in resolve(body) }
      var catchTarget: Target?
      var handled: Code?
      if let handler {
        handled = withScope(fresh: name.map { [$0] } ?? [], body: [handler]) { slots in
          if let name, let slot = slots.first { catchTarget = .local(slot, name) }
          return resolve(handler)
        }
      }
      let finalized = cleanup.map { cleanup in
        withScope(fresh: [], body: [cleanup]) { _ in resolve(cleanup) }
      }
      return .tryCatch(tried, catchTarget, handled, finalized, span)
    case .returnStatement(let value, let span):
      return .returnValue(value.map { resolve($0) }, span)
    case .breakStatement(let span):
      if !isInLoop { report("syntax: break or continue outside loop", at: span) }
      return .breakLoop(span)
    case .continueStatement(let span):
      if !isInLoop { report("syntax: break or continue outside loop", at: span) }
      return .continueLoop(span)
    case .macro(let name, let arguments, let span):
      return resolveMacro(name, arguments, span: span)
    case .using(let paths, let isImport, let span):
      return .using(paths, isImport: isImport, span)
    case .scopeDeclaration(_, let items, let span):
      var codes: [Code] = []
      for item in items {
        if case .assign = item { codes.append(resolve(item)) }
      }
      return .block(codes, span)
    case .constDeclaration(let inner, _):
      return resolve(inner)
    case .typeDefinition(let definition, let span):
      return resolveTypeDefinition(definition, span)
    case .whereClause(_, _, let span):
      report(
        "a where clause outside a method signature is not supported by sitegen's Julia",
        kind: .unsupported, at: span)
      return .constant(.nothing, span)
    }
  }

  /// The module a qualified name's prefix denotes when it is already bound (not a variable).
  func moduleValue(_ syntax: Syntax) -> Module? {
    switch syntax {
    case .name(let name, _):
      guard !isLocalName(name), !globals.isUserDefined(name),
        case .module(let module)? = globals.value(of: name)
      else { return nil }
      return module
    case .field(let base, let name, _):
      guard let module = moduleValue(base), case .module(let member)? = module.members[name] else {
        return nil
      }
      return member
    default:
      return nil
    }
  }

  func referenceCode(_ name: String, _ span: SourceSpan) -> Code {
    if name == "nothing" { return .constant(.nothing, span) }
    if let variable = typeVariables[name] { return variable }
    if name == "new", let newFunction, !isLocalName(name) {
      return .constant(.object(newFunction), span)
    }
    return referenceName(name, span)
  }

  private func argument(_ syntax: Syntax) -> CodeArgument {
    if case .splat(let inner, _) = syntax {
      return CodeArgument(value: resolve(inner), splat: true)
    }
    return CodeArgument(value: resolve(syntax), splat: false)
  }

  /// Base functions whose result shares its argument's elements in Julia but is a copy in
  /// sitegen, so that a write into it would not reach the argument.
  private static let copiesWhereJuliaAliases: Set<String> = [
    "vec", "reshape", "dropdims", "transpose", "adjoint", "reinterpret", "selectdim",
    "PermutedDimsArray",
  ]

  /// Whether a dotted assignment's left side is an array a call returns (`view(A, :, 1)`,
  /// `@view A[1, :]`), which Julia's `broadcast!` writes into.
  private static func isCallResult(_ lhs: Syntax) -> Bool {
    switch lhs {
    case .call(_, _, _, broadcast: false, _): true
    case .macro("view", _, _): true
    default: false
    }
  }

  private func resolveAssignment(
    _ lhs: Syntax, _ rhs: Syntax, op: String?, dotted: Bool, span: SourceSpan
  ) -> Code {
    let value = resolve(rhs)
    if dotted, Self.isCallResult(lhs) {
      if case .call(.name(let name, _), _, _, _, _) = lhs,
        Self.copiesWhereJuliaAliases.contains(name)
      {
        report(
          "writing into the result of \(name) is not supported by sitegen's Julia (its \(name) "
            + "makes a copy, Julia's shares the array's elements)", kind: .unsupported,
          at: lhs.span)
        return .constant(.nothing, span)
      }
      var binary: BinaryOperator?
      if let op {
        guard let known = BinaryOperator(spelling: op) else {
          report("unsupported operator \(op)=", at: span)
          return .constant(.nothing, span)
        }
        binary = known
      }
      return .macro(.dotInto(resolve(lhs), binary, value), span)
    }
    guard let target = resolveTarget(lhs) else { return .constant(.nothing, span) }
    if let op {
      guard let binary = BinaryOperator(spelling: op) else {
        report("unsupported operator \(op)=", at: span)
        return .constant(.nothing, span)
      }
      return .update(target, binary, value, dotted: dotted, span)
    }
    if dotted { return .dotAssign(target, value, span) }
    return .assign(target, value, span)
  }

  private func resolveComprehension(_ original: Comprehension) -> ComprehensionCode {
    var comprehension = original
    if comprehension.body.definesClosure {
      // Each element gets its own variables, as each iteration does in Julia: the body runs as a
      // call of a function of the loop variables, whose frame a closure in it keeps.
      let span = comprehension.body.span
      let names = comprehension.groups.flatMap { $0.flatMap { Self.targetNames($0.0) } }
      let function = FunctionSyntax(
        name: nil,
        parameters: names.map {
          Parameter(name: $0, type: nil, defaultValue: nil, isVararg: false, span: span)
        },
        keywordParameters: [], body: comprehension.body)
      comprehension.body = .call(
        .lambda(function, span), names.map { Argument(value: .name($0, span), splat: false) }, [],
        broadcast: false, span)
    }
    var groups: [[LoopClause]] = []
    var opened = 0
    for group in comprehension.groups {
      let (clauses, _) = resolveLoopClauses(group, body: [comprehension.body])
      opened += 1
      groups.append(clauses)
    }
    let filter = comprehension.filter.map { resolve($0) }
    let body = resolve(comprehension.body)
    for _ in 0..<opened { closeScope() }
    return ComprehensionCode(
      body: body, groups: groups, filter: filter, isGenerator: comprehension.isGenerator)
  }

  private func resolveMacro(_ name: String, _ arguments: [Syntax], span: SourceSpan) -> Code {
    switch name {
    case "show":
      return .macro(.show(arguments.map { ($0.juliaText, resolve($0)) }), span)
    case "assert":
      guard let condition = arguments.first else {
        report("@assert needs a condition", at: span)
        return .constant(.nothing, span)
      }
      return .macro(
        .assert(
          resolve(condition), condition.juliaText, arguments.dropFirst().first.map { resolve($0) }),
        span)
    case "test":
      guard let expression = arguments.first else {
        report("@test needs an expression", at: span)
        return .constant(.nothing, span)
      }
      return .macro(.test(resolve(expression), expression.juliaText), span)
    case "gradcheck":
      guard arguments.count == 1,
        case .call(let callee, let callArguments, _, false, _) = arguments[0]
      else {
        report("@gradcheck expects a call such as @gradcheck f(x)", at: span)
        return .constant(.nothing, span)
      }
      return .macro(
        .gradcheck(
          resolve(callee), callArguments.map { resolve($0.value) }, arguments[0].juliaText),
        span)
    case "MIME_str":
      guard case .string(let parts, _)? = arguments.first, parts.count == 1,
        case .text("text/plain") = parts[0]
      else {
        report(
          "MIME types other than text/plain are not supported by sitegen's Julia",
          kind: .unsupported, at: span)
        return .constant(.nothing, span)
      }
      return .constant(.type(.user(UserType.textPlain, [])), span)
    case "printf", "sprintf":
      return resolvePrintf(name, arguments, span: span)
    case "r_str":
      return resolveRegex(arguments, span: span)
    case "__DIR__":
      return .constant(.string("."), span)
    case "views":
      // `@views expression` (base/views.jl): every slice `A[…]` in the expression, except as
      // the target of an assignment, is `maybeview(A, …)`.
      guard arguments.count == 1 else {
        report("@views expects one expression", at: span)
        return .constant(.nothing, span)
      }
      viewsDepth += 1
      defer { viewsDepth -= 1 }
      return resolve(arguments[0])
    case "view":
      // `@view A[inds…]` is `view(A, inds…)` (base/views.jl).
      guard arguments.count == 1, case .index(let base, let indices, let indexSpan) = arguments[0]
      else {
        report(
          "ArgumentError: Invalid use of @view macro: argument must be a reference expression "
            + "A[...].", kind: .argument, at: span)
        return .constant(.nothing, span)
      }
      return .macro(.view(resolve(base), indices.map { resolve($0) }, maybe: false), indexSpan)
    case "epochs":
      guard arguments.count == 2 else {
        report("@epochs expects a count and an expression", at: span)
        return .constant(.nothing, span)
      }
      // Flux runs the expression in a `for` loop's scope; sitegen runs it in the cell's.
      guard Self.assignedNames(arguments[1]).isEmpty else {
        report(
          "assignments inside @epochs are not supported by sitegen's Julia", kind: .unsupported,
          at: span)
        return .constant(.nothing, span)
      }
      return .macro(.epochs(resolve(arguments[0]), resolve(arguments[1])), span)
    case ".", "__dot__":
      return resolveDotMacro(arguments, span: span)
    case "time", "info", "debug", "isdefined", "elapsed", "timed", "allocated", "warn", "error":
      return resolveReportingMacro(name, arguments, span: span)
    case "inbounds", "simd", "fastmath":
      guard let inner = arguments.first else { return .constant(.nothing, span) }
      return .macro(.passThrough(resolve(inner)), span)
    default:
      if JuliaNames.isMacro(name) {
        report("@\(name) is not supported by sitegen's Julia", kind: .unsupported, at: span)
      } else {
        report("UndefVarError: @\(name) not defined", kind: .undefinedVariable, at: span)
      }
      return .constant(.nothing, span)
    }
  }
}
