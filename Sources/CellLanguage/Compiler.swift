import SourcePositions

/// Resolved code compiled once into closures: each node of a `Code` tree becomes a closure that
/// runs it in a frame, its children already compiled, its slots, operators and literal
/// exponents taken apart once. Running compiled code walks no syntax: a call of a closure per
/// node, no `switch` over `Code`, no copies of the tree's payloads.
///
/// A compiled node does exactly what `Interpreter.eval` does for it, in the same order: the same
/// steps counted at the same spans, the same helpers called with the same values, so that a cell
/// stops at the same step and prints the same bytes on either path (the differential tests run
/// every script through both). The hot node kinds are compiled here; the others run through
/// `eval` from their compiled parent (`fallback`).
typealias Compiled = (Interpreter, Frame) throws -> Value

/// A compiled node kept in an array. (A closure stored in an array directly is kept in the
/// array's generic form and called through a conversion thunk; inside a struct it is not.)
struct CompiledStep {
  let run: Compiled
}

enum Compiler {
  /// Compiles `code`.
  static func compile(_ code: Code) -> Compiled {
    switch code {
    case .constant(let value, let span):
      return { interpreter, _ in
        try interpreter.tick(span)
        return value
      }
    case .local(let slot, let name, let span):
      return { interpreter, frame in
        try interpreter.tick(span)
        if let value = frame.slots[slot] { return value }
        throw interpreter.undefinedVariableError(name, span)
      }
    case .captured(let depth, let slot, let name, let span):
      return { interpreter, frame in
        try interpreter.tick(span)
        return try interpreter.read(frame.ancestor(depth), slot, name, span)
      }
    case .global(let slot, let name, let span):
      return { interpreter, _ in
        try interpreter.tick(span)
        return try interpreter.readGlobal(slot, name, span)
      }
    case .binary(let op, let lhs, let rhs, let dotted, let span):
      return binary(op, lhs, rhs, dotted: dotted, span)
    case .unary(let op, let operand, let dotted, let span):
      let value = compile(operand)
      return { interpreter, frame in
        try interpreter.tick(span)
        return try interpreter.applyUnary(op, try value(interpreter, frame), dotted: dotted, span)
      }
    case .chain(let first, let links, let span):
      return chain(first, links, span)
    case .call(let node):
      return call(node)
    case .index(let base, let indices, let span):
      return index(base, indices, span)
    case .field(let base, let name, let span):
      let owner = CompiledOperand(base)
      return { interpreter, frame in
        try interpreter.tick(span)
        return try interpreter.field(try owner.value(interpreter, frame), name, span)
      }
    case .assign(let target, let valueCode, let span):
      let value = CompiledOperand(valueCode)
      return { interpreter, frame in
        try interpreter.tick(span)
        let result = try value.value(interpreter, frame)
        try interpreter.bind(target, result, frame, span)
        return result
      }
    case .update(.local(let slot, let name), let op, let valueCode, dotted: false, let span):
      return localUpdate(slot, name, op, valueCode, span)
    case .update(let target, let op, let valueCode, let dotted, let span):
      // The target's container and the value are read by `update`, which has fast paths
      // that depend on the value's code (`a[:] -= x .* y` without a temporary).
      return { interpreter, frame in
        try interpreter.tick(span)
        return try interpreter.update(target, op, valueCode, dotted: dotted, frame, span)
      }
    case .dotAssign(let target, let valueCode, let span):
      let value = CompiledOperand(valueCode)
      return { interpreter, frame in
        try interpreter.tick(span)
        let result = try value.value(interpreter, frame)
        return try interpreter.dotAssign(target, result, frame, span) ?? result
      }
    case .block(let statements, _):
      return block(statements.map { CompiledStep(run: compile($0)) })
    case .ifElse(let branches, let otherwise, let span):
      return ifElse(branches, otherwise, span)
    case .forLoop(let clauses, let body, let scope, let span):
      return forLoop(clauses, body, scope, span) ?? fallback(code)
    case .and(let a, let b, let span):
      let first = compile(a)
      let second = compile(b)
      let firstSpan = a.span
      return { interpreter, frame in
        try interpreter.tick(span)
        guard try interpreter.truth(try first(interpreter, frame), firstSpan) else {
          return .bool(false)
        }
        return try second(interpreter, frame)
      }
    case .or(let a, let b, let span):
      let first = compile(a)
      let second = compile(b)
      let firstSpan = a.span
      return { interpreter, frame in
        try interpreter.tick(span)
        if try interpreter.truth(try first(interpreter, frame), firstSpan) { return .bool(true) }
        return try second(interpreter, frame)
      }
    case .ternary(let condition, let a, let b, let span):
      let test = compile(condition)
      let conditionSpan = condition.span
      let yes = compile(a)
      let no = compile(b)
      return { interpreter, frame in
        try interpreter.tick(span)
        return try interpreter.truth(try test(interpreter, frame), conditionSpan)
          ? try yes(interpreter, frame) : try no(interpreter, frame)
      }
    case .comprehension(let comprehension, let span):
      return self.comprehension(comprehension, span)
    case .returnValue(let valueCode, let span):
      let value = valueCode.map(compile)
      return { interpreter, frame in
        try interpreter.tick(span)
        interpreter.returned = try value?(interpreter, frame) ?? .nothing
        throw Unwind.returnValue
      }
    case .string, .tuple, .namedTuple, .vector, .matrix, .range, .comparison, .colon, .endIndex,
      .adjoint, .pair, .typed, .curly, .whileLoop, .tryCatch, .defineMethod, .lambda, .breakLoop,
      .continueLoop, .macro, .using, .defineType:
      return fallback(code)
    }
  }

  /// A node the tree walker runs (its children too).
  static func fallback(_ code: Code) -> Compiled {
    { interpreter, frame in try interpreter.eval(code, frame) }
  }

  /// Statements run in order; the last one's value.
  static func block(_ statements: [CompiledStep]) -> Compiled {
    switch statements.count {
    case 0: return { _, _ in .nothing }
    case 1: return statements[0].run
    default:
      return { interpreter, frame in
        var result = Value.nothing
        for statement in statements { result = try statement.run(interpreter, frame) }
        return result
      }
    }
  }

  /// `x op= value` on a local variable, as `Interpreter.update` runs it: the variable is read
  /// before the value is evaluated; `+ - * /` of two `Float64`s is the operation on the doubles
  /// (as `binary` computes it).
  static func localUpdate(
    _ slot: Int, _ name: String, _ op: BinaryOperator, _ valueCode: Code, _ span: SourceSpan
  ) -> Compiled {
    let value = CompiledOperand(valueCode)
    let arithmetic = Interpreter.doubleOperator(op)
    return { interpreter, frame in
      try interpreter.tick(span)
      let current = try interpreter.read(frame, slot, name, span)
      let operand = try value.value(interpreter, frame)
      let result: Value
      if let arithmetic, case .float(let p) = current, case .float(let q) = operand {
        result = .float(arithmetic(p, q))
      } else {
        result = try interpreter.binary(op, current, operand, span)
      }
      frame.slots[slot] = result
      return result
    }
  }

  /// `lhs op rhs` (or `lhs .op rhs`), as `Interpreter.evalBinary`.
  static func binary(
    _ op: BinaryOperator, _ lhs: Code, _ rhs: Code, dotted: Bool, _ span: SourceSpan
  ) -> Compiled {
    let a = CompiledOperand(lhs)
    let b = CompiledOperand(rhs)
    if op == .power, case .constant(.int(let p), _) = rhs {
      // `x^2` with a literal exponent: the exponent is not evaluated.
      if !dotted {
        return { interpreter, frame in
          try interpreter.tick(span)
          return try interpreter.literalPower(try a.value(interpreter, frame), p, span)
        }
      }
      return { interpreter, frame in
        try interpreter.tick(span)
        let x = try a.value(interpreter, frame)
        let y = try b.value(interpreter, frame)
        return try interpreter.dottedBinary(op, x, y, literalExponent: p, span)
      }
    }
    if let arithmetic = Interpreter.doubleOperator(op) {
      // `+ - * /` of two `Float64`s, dotted or not, is the operation on the doubles (as
      // `binary` computes it); anything else takes the general path.
      return { interpreter, frame in
        try interpreter.tick(span)
        let x = try a.value(interpreter, frame)
        let y = try b.value(interpreter, frame)
        if case .float(let p) = x, case .float(let q) = y { return .float(arithmetic(p, q)) }
        return dotted
          ? try interpreter.dottedBinary(op, x, y, literalExponent: nil, span)
          : try interpreter.binary(op, x, y, span)
      }
    }
    if dotted {
      return { interpreter, frame in
        try interpreter.tick(span)
        let x = try a.value(interpreter, frame)
        let y = try b.value(interpreter, frame)
        return try interpreter.dottedBinary(op, x, y, literalExponent: nil, span)
      }
    }
    return { interpreter, frame in
      try interpreter.tick(span)
      let x = try a.value(interpreter, frame)
      let y = try b.value(interpreter, frame)
      return try interpreter.binary(op, x, y, span)
    }
  }

  /// A long operator chain, left to right, as `Interpreter.evalChain`.
  static func chain(_ first: Code, _ links: [CodeLink], _ span: SourceSpan) -> Compiled {
    let start = compile(first)
    let steps = links.map {
      (op: $0.op, dotted: $0.dotted, operand: compile($0.operand), span: $0.span)
    }
    return { interpreter, frame in
      try interpreter.charge(steps.count, span)
      var value = try start(interpreter, frame)
      for step in steps {
        let operand = try step.operand(interpreter, frame)
        value =
          step.dotted
          ? try interpreter.dottedBinary(step.op, value, operand, literalExponent: nil, step.span)
          : try interpreter.binary(step.op, value, operand, step.span)
      }
      return value
    }
  }

  /// `base[indices…]`, as `Interpreter.evalIndex`.
  static func index(_ baseCode: Code, _ indices: [Code], _ span: SourceSpan) -> Compiled {
    let base = CompiledOperand(baseCode)
    if indices.count == 1 {
      switch indices[0] {
      case .local, .constant, .global, .captured:
        let position = CompiledOperand(indices[0])
        return { interpreter, frame in
          try interpreter.tick(span)
          let container = try base.value(interpreter, frame)
          return try interpreter.index(container, at: try position.value(interpreter, frame), span)
        }
      default: break
      }
    }
    let positions = indexPositions(indices)
    return { interpreter, frame in
      try interpreter.tick(span)
      let container = try base.value(interpreter, frame)
      let values = try interpreter.evalIndices(positions, of: container, frame)
      return try interpreter.index(container, values, span)
    }
  }

  /// An index of `container[…]`: a literal (read without a step, as `evalIndices` reads it) or
  /// code evaluated with `end` meaning the container's last index.
  enum IndexPosition {
    case literal(Value)
    case code(Compiled)
  }

  static func indexPositions(_ indices: [Code]) -> [IndexPosition] {
    indices.map { index in
      if case .constant(let value, _) = index { return .literal(value) }
      return .code(compile(index))
    }
  }
}

extension Interpreter {
  /// Evaluates compiled indices of `container[…]`, as `evalIndices` evaluates their code.
  func evalIndices(_ positions: [Compiler.IndexPosition], of container: Value, _ frame: Frame)
    throws -> [Value]
  {
    var values: [Value] = []
    values.reserveCapacity(positions.count)
    for (dimension, position) in positions.enumerated() {
      switch position {
      case .literal(let value):
        values.append(value)
      case .code(let code):
        indexContext.append((container, dimension, positions.count))
        defer { indexContext.removeLast() }
        values.append(try code(self, frame))
      }
    }
    return values
  }
}

/// An operand of a compiled node: variables and constants are read in place (as
/// `Interpreter.leaf` reads them), without calling a closure; other code is compiled.
enum CompiledOperand {
  case local(Int, String, SourceSpan)
  case global(Int, String, SourceSpan)
  case constant(Value, SourceSpan)
  case code(Compiled)

  init(_ code: Code) {
    switch code {
    case .local(let slot, let name, let span): self = .local(slot, name, span)
    case .global(let slot, let name, let span): self = .global(slot, name, span)
    case .constant(let value, let span): self = .constant(value, span)
    default: self = .code(Compiler.compile(code))
    }
  }

  /// The operand's value in `frame`.
  @inline(__always) func value(_ interpreter: Interpreter, _ frame: Frame) throws -> Value {
    switch self {
    case .local(let slot, let name, let span):
      try interpreter.tick(span)
      if let value = frame.slots[slot] { return value }
      throw interpreter.undefinedVariableError(name, span)
    case .global(let slot, let name, let span):
      try interpreter.tick(span)
      return try interpreter.readGlobal(slot, name, span)
    case .constant(let value, let span):
      try interpreter.tick(span)
      return value
    case .code(let code):
      return try code(interpreter, frame)
    }
  }
}
