import SourcePositions

/// Compiled calls, conditionals, loops and comprehensions (see `Compiler`).
extension Compiler {
  /// A call, as `Interpreter.evalCall`.
  static func call(_ node: CallCode) -> Compiled {
    let span = node.span
    let callee = CompiledOperand(node.callee)
    let arguments = node.arguments.map { CompiledOperand($0.value) }
    guard node.isPlain else { return generalCall(node, callee, arguments) }
    if arguments.count == 1 {
      let argument = arguments[0]
      if let summed = sumOfComprehension(node, callee, argument) { return summed }
      return { interpreter, frame in
        try interpreter.tick(span)
        let function = try callee.value(interpreter, frame)
        return try callOne(function, argument, interpreter, frame, span)
      }
    }
    let count = arguments.count
    return { interpreter, frame in
      try interpreter.tick(span)
      let function = try callee.value(interpreter, frame)
      if case .function(let box) = function, box.methods.count == 1 {
        let method = box.methods[0]
        if method.template.isPlain, method.types.isEmpty, method.template.parameters.count == count
        {
          return try interpreter.invokePlain(method, frame, span) {
            try arguments[$0].value(interpreter, frame)
          }
        }
      }
      var values: [Value] = []
      values.reserveCapacity(count)
      for argument in arguments { values.append(try argument.value(interpreter, frame)) }
      return try interpreter.callPositional(function, values, span)
    }
  }

  /// `function(argument)` once the callee is read, as `Interpreter.evalCall`.
  @inline(__always) static func callOne(
    _ function: Value, _ argument: CompiledOperand, _ interpreter: Interpreter, _ frame: Frame,
    _ span: SourceSpan
  ) throws -> Value {
    if case .builtin(let builtin) = function {
      let value = try argument.value(interpreter, frame)
      if let result = try interpreter.fastBuiltin(builtin, value, span) { return result }
      return try interpreter.callBuiltin(builtin, [value], [], span)
    }
    if case .function(let box) = function, box.methods.count == 1 {
      let method = box.methods[0]
      if method.template.isPlain, method.types.isEmpty, method.template.parameters.count == 1 {
        return try interpreter.invokePlain(method, frame, span) { _ in
          try argument.value(interpreter, frame)
        }
      }
    }
    return try interpreter.callPositional(
      function, [try argument.value(interpreter, frame)], span)
  }

  /// A call with keywords, splats or a broadcast, as `Interpreter.evalCall`'s general path.
  private static func generalCall(
    _ node: CallCode, _ callee: CompiledOperand, _ arguments: [CompiledOperand]
  )
    -> Compiled
  {
    let span = node.span
    let splats = node.arguments.map(\.splat)
    let keywords = node.keywords.map { (name: $0.0, value: compile($0.1)) }
    let isBroadcast = node.isBroadcast
    return { interpreter, frame in
      try interpreter.tick(span)
      let function = try callee.value(interpreter, frame)
      var values: [Value] = []
      values.reserveCapacity(arguments.count)
      for (argument, splat) in zip(arguments, splats) {
        let value = try argument.value(interpreter, frame)
        if splat {
          values.append(contentsOf: try interpreter.iterate(value, span))
        } else {
          values.append(value)
        }
      }
      var named: [(String, Value)] = []
      for keyword in keywords {
        named.append((keyword.name, try keyword.value(interpreter, frame)))
      }
      if isBroadcast {
        return try interpreter.broadcast(values, span) {
          try interpreter.call(function, $0, named, span)
        }
      }
      return try interpreter.call(function, values, named, span)
    }
  }

  /// `if … elseif … else … end`, as `Interpreter.eval`.
  static func ifElse(_ branches: [(Code, Code)], _ otherwise: Code?, _ span: SourceSpan)
    -> Compiled
  {
    let compiled = branches.map { (test: compile($0.0), span: $0.0.span, body: compile($0.1)) }
    let rest = otherwise.map(compile)
    return { interpreter, frame in
      try interpreter.tick(span)
      for branch in compiled
      where try interpreter.truth(try branch.test(interpreter, frame), branch.span) {
        return try branch.body(interpreter, frame)
      }
      if let rest { return try rest(interpreter, frame) }
      return .nothing
    }
  }

  /// A `for` loop of one clause whose body makes no closure (it runs in the enclosing frame),
  /// as `Interpreter.runLoop`; nil for the other loops, which the tree walker runs.
  static func forLoop(
    _ clauses: [LoopClause], _ body: Code, _ scope: LoopScope, _ span: SourceSpan
  ) -> Compiled? {
    guard clauses.count == 1, scope.frameSize == nil else { return nil }
    let target = clauses[0].target
    let iterableCode = compile(clauses[0].iterable)
    let cleared = scope.cleared
    var list = [body]
    if case .block(let statements, _) = body { list = statements }
    let statements = list.map { CompiledStep(run: compile($0)) }
    return { interpreter, frame in
      try interpreter.tick(span)
      let iterable = try iterableCode(interpreter, frame)
      var stop = false
      try interpreter.forEach(iterable, span) { element in
        try interpreter.tick(span)
        try interpreter.bind(target, element, frame, span)
        // Each iteration starts with the body's locals unbound, as in a new scope.
        for slot in cleared { frame.slots[slot] = nil }
        do {
          for statement in statements { _ = try statement.run(interpreter, frame) }
        } catch Unwind.breakLoop {
          stop = true
          return false
        } catch Unwind.continueLoop {
          return true
        }
        return !stop
      }
      return .nothing
    }
  }

  /// A comprehension of one clause without a filter, as `Interpreter.evalComprehension`; the
  /// others run there, their body through the tree walker.
  static func comprehension(_ comprehension: ComprehensionCode, _ span: SourceSpan) -> Compiled {
    guard comprehension.groups.count == 1, comprehension.filter == nil,
      comprehension.groups[0].count == 1
    else {
      return { interpreter, frame in
        try interpreter.tick(span)
        return try interpreter.evalComprehension(comprehension, frame, span)
      }
    }
    let clause = comprehension.groups[0][0]
    let target = clause.target
    let body = compile(comprehension.body)
    if case .range(let startCode, nil, let stopCode, let rangeSpan) = clause.iterable {
      let start = compile(startCode)
      let stop = compile(stopCode)
      return { interpreter, frame in
        try interpreter.tick(span)
        let first = try start(interpreter, frame)
        let last = try stop(interpreter, frame)
        if case .int(let a) = first, case .int(let b) = last {
          return try interpreter.collect(from: a, through: b, span) { i in
            try interpreter.bind(target, .int(i), frame, span)
            return try body(interpreter, frame)
          }
        }
        try interpreter.tick(rangeSpan)
        let values = try interpreter.makeRange(first, nil, last, rangeSpan)
        return try interpreter.collect(values, span) { element in
          try interpreter.bind(target, element, frame, span)
          return try body(interpreter, frame)
        }
      }
    }
    let iterable = compile(clause.iterable)
    return { interpreter, frame in
      try interpreter.tick(span)
      let values = try iterable(interpreter, frame)
      return try interpreter.collect(values, span) { element in
        try interpreter.bind(target, element, frame, span)
        return try body(interpreter, frame)
      }
    }
  }
}
