/// The evaluator: one `switch` over resolved code.
extension Interpreter {
  /// Evaluates `code` in `frame`.
  func eval(_ code: Code, _ frame: Frame) throws -> Value {
    switch code {
    case .constant(let value, let span):
      try tick(span)
      return value
    case .local(let slot, let name, let span):
      try tick(span)
      return try read(frame, slot, name, span)
    case .captured(let depth, let slot, let name, let span):
      try tick(span)
      return try read(frame.ancestor(depth), slot, name, span)
    case .global(let slot, let name, let span):
      try tick(span)
      return try readGlobal(slot, name, span)
    case .string(let parts, let span):
      try tick(span)
      var text = ""
      for part in parts {
        switch part {
        case .text(let literal): text += literal
        case .interpolation(let inner): text += printString(try eval(inner, frame))
        }
      }
      return .string(text)
    case .binary(let op, let lhs, let rhs, let dotted, let span):
      try tick(span)
      let a = try eval(lhs, frame)
      if op == .power, !dotted, case .constant(.int(let p), _) = rhs {
        return try literalPower(a, p, span)
      }
      let b = try eval(rhs, frame)
      if dotted {
        if op == .power, case .constant(.int(let p), _) = rhs {
          if Self.isScalar(a) { return try literalPower(a, p, span) }
          if case .trackedArray = a { return try broadcastBinary(.power, a, .float(Double(p)), span) }
          return try broadcast([a], span) { args in try self.literalPower(args[0], p, span) }
        }
        return try broadcastBinary(op, a, b, span)
      }
      return try binary(op, a, b, span)
    case .unary(let op, let operand, let dotted, let span):
      try tick(span)
      let value = try eval(operand, frame)
      if dotted { return try broadcast([value], span) { try self.unary(op, $0[0], span) } }
      return try unary(op, value, span)
    case .call(let callee, let arguments, let keywords, let isBroadcast, let span):
      try tick(span)
      let function = try eval(callee, frame)
      if !isBroadcast, keywords.isEmpty, arguments.count == 1, !arguments[0].splat,
        case .builtin(let builtin) = function
      {
        let argument = try eval(arguments[0].value, frame)
        if let result = try fastBuiltin(builtin, argument, span) { return result }
        return try callBuiltin(builtin, [argument], [], span)
      }
      var values: [Value] = []
      values.reserveCapacity(arguments.count)
      for argument in arguments {
        let value = try eval(argument.value, frame)
        if argument.splat { values.append(contentsOf: try iterate(value, span)) } else { values.append(value) }
      }
      var named: [(String, Value)] = []
      for (name, value) in keywords { named.append((name, try eval(value, frame))) }
      if isBroadcast {
        return try broadcast(values, span) { try self.call(function, $0, named, span) }
      }
      return try call(function, values, named, span)
    case .index(let base, let indices, let span):
      try tick(span)
      let container = try eval(base, frame)
      if indices.count == 1 {
        switch indices[0] {
        case .local, .constant, .global, .captured:
          let position = try eval(indices[0], frame)
          if case .int(let n) = position {
            switch container {
            case .trackedArray(let box) where n >= 1 && n <= box.value.shape.count:
              return .trackedReal(box.value[n - 1])
            case .array(let box) where n >= 1 && n <= box.count:
              return box[n - 1]
            default: break
            }
          }
          return try index(container, [position], span)
        default: break
        }
      }
      let values = try evalIndices(indices, of: container, frame)
      return try index(container, values, span)
    case .field(let base, let name, let span):
      try tick(span)
      return try field(try eval(base, frame), name, span)
    case .assign(let target, let value, let span):
      try tick(span)
      let result = try eval(value, frame)
      try assign(target, result, frame, span)
      return result
    case .update(let target, let op, let value, let dotted, let span):
      try tick(span)
      return try update(target, op, value, dotted: dotted, frame, span)
    case .dotAssign(let target, let value, let span):
      try tick(span)
      let result = try eval(value, frame)
      try dotAssign(target, result, frame, span)
      return result
    case .block(let statements, _):
      var result = Value.nothing
      for statement in statements {
        result = try eval(statement, frame)
      }
      return result
    case .ifElse(let branches, let otherwise, let span):
      try tick(span)
      for (condition, body) in branches where try truth(try eval(condition, frame), condition.span) {
        return try eval(body, frame)
      }
      if let otherwise { return try eval(otherwise, frame) }
      return .nothing
    case .forLoop(let clauses, let body, let span):
      try tick(span)
      try runLoop(clauses, 0, body, frame, span)
      return .nothing
    case .whileLoop(let condition, let body, let span):
      while try truth(try eval(condition, frame), condition.span) {
        try tick(span)
        do {
          _ = try eval(body, frame)
        } catch Unwind.breakLoop {
          break
        } catch Unwind.continueLoop {
          continue
        }
      }
      return .nothing
    case .and(let a, let b, let span):
      try tick(span)
      guard try truth(try eval(a, frame), a.span) else { return .bool(false) }
      return try eval(b, frame)
    case .or(let a, let b, let span):
      try tick(span)
      if try truth(try eval(a, frame), a.span) { return .bool(true) }
      return try eval(b, frame)
    case .ternary(let condition, let a, let b, let span):
      try tick(span)
      return try truth(try eval(condition, frame), condition.span) ? try eval(a, frame) : try eval(b, frame)
    case .comparison(let operands, let operators, let span):
      try tick(span)
      var lhs = try eval(operands[0], frame)
      var result = Value.bool(true)
      for (index, (op, dotted)) in operators.enumerated() {
        let rhs = try eval(operands[index + 1], frame)
        let step = dotted ? try broadcastBinary(op, lhs, rhs, span) : try binary(op, lhs, rhs, span)
        if !dotted, case .bool(false) = step { return step }
        result = step
        lhs = rhs
      }
      return result
    case .tuple(let items, let span):
      try tick(span)
      return .tuple(try evalItems(items, frame, span))
    case .namedTuple(let names, let values, let span):
      try tick(span)
      return .namedTuple(NamedTuple(names: names, values: try values.map { try eval($0, frame) }))
    case .vector(let items, let span):
      try tick(span)
      let values = try evalItems(items, frame, span)
      return try makeVector(values, span)
    case .matrix(let rows, let span):
      try tick(span)
      let values = try rows.map { try $0.map { try eval($0, frame) } }
      return try concatenate(values, span)
    case .comprehension(let comprehension, let span):
      try tick(span)
      return try evalComprehension(comprehension, frame, span)
    case .range(let start, let step, let stop, let span):
      try tick(span)
      let a = try eval(start, frame)
      let s = try step.map { try eval($0, frame) }
      let b = try eval(stop, frame)
      return try makeRange(a, s, b, span)
    case .colon(let span):
      try tick(span)
      return .symbol(":")
    case .endIndex(let span):
      try tick(span)
      guard let (container, dimension, count) = indexContext.last else {
        throw fail(.syntax, "\"end\" is only valid inside an index", span)
      }
      return .int(try lastIndex(container, dimension, count, span))
    case .adjoint(let inner, let span):
      try tick(span)
      return try adjoint(try eval(inner, frame), span)
    case .pair(let a, let b, let span):
      try tick(span)
      return .tuple([try eval(a, frame), try eval(b, frame)])
    case .typed(let inner, let type, let span):
      try tick(span)
      let value = try eval(inner, frame)
      guard case .type(let expected) = try eval(type, frame) else {
        throw fail(.type, "TypeError: in typeassert, expected Type", span)
      }
      guard value.type.isSubtype(of: expected) else {
        throw fail(
          .type, "TypeError: in typeassert, expected \(expected.name), got \(value.type.name)", span)
      }
      return value
    case .curly(let base, let items, let span):
      try tick(span)
      return try applyTypeParameters(try eval(base, frame), try items.map { try eval($0, frame) }, span)
    case .defineMethod(let target, let template, let span):
      try tick(span)
      return try defineMethod(target, template, frame, span)
    case .lambda(let template, let span):
      try tick(span)
      anonymousCount += 1
      let method = Method(template: template, environment: frame, types: [])
      return .function(FunctionBox(name: "#\(anonymousCount)", methods: [method]))
    case .returnValue(let value, let span):
      try tick(span)
      throw Unwind.returnValue(try value.map { try eval($0, frame) } ?? .nothing)
    case .breakLoop(let span):
      try tick(span)
      throw Unwind.breakLoop
    case .continueLoop(let span):
      try tick(span)
      throw Unwind.continueLoop
    case .tryCatch(let body, let target, let handler, let cleanup, let span):
      try tick(span)
      defer { if let cleanup { _ = try? eval(cleanup, frame) } }
      do {
        return try eval(body, frame)
      } catch let error as LanguageError where !error.kind.isBudget {
        guard let handler else { return .nothing }
        if let target { try assign(target, .object(ExceptionObject(error)), frame, span) }
        return try eval(handler, frame)
      }
    case .macro(let macro, let span):
      try tick(span)
      return try runMacro(macro, frame, span)
    case .using(let paths, let isImport, let span):
      try tick(span)
      try use(paths, isImport: isImport, span)
      return .nothing
    }
  }

  /// Evaluates collection items, expanding `xs...`.
  func evalItems(_ items: [CodeArgument], _ frame: Frame, _ span: SourceSpan) throws -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(items.count)
    for item in items {
      let value = try eval(item.value, frame)
      if item.splat { values.append(contentsOf: try iterate(value, span)) } else { values.append(value) }
    }
    return values
  }

  /// Evaluates the indices of `container[…]`, with `end` meaning the last index.
  func evalIndices(_ indices: [Code], of container: Value, _ frame: Frame) throws -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(indices.count)
    for (dimension, index) in indices.enumerated() {
      switch index {
      case .constant(let value, _):
        values.append(value)
      default:
        indexContext.append((container, dimension, indices.count))
        defer { indexContext.removeLast() }
        values.append(try eval(index, frame))
      }
    }
    return values
  }

  /// Whether a condition holds; only `Bool`s are conditions, as in Julia.
  func truth(_ value: Value, _ span: SourceSpan) throws -> Bool {
    if case .bool(let b) = value { return b }
    throw fail(.type, "TypeError: non-boolean (\(value.type.name)) used in boolean context", span)
  }

  /// Runs nested `for` clauses (`for i in a, j in b` nests `j` inside `i`).
  func runLoop(_ clauses: [LoopClause], _ level: Int, _ body: Code, _ frame: Frame, _ span: SourceSpan) throws {
    let clause = clauses[level]
    let iterable = try eval(clause.iterable, frame)
    let isInnermost = level == clauses.count - 1
    var stop = false
    try forEach(iterable, span) { element in
      try tick(span)
      try assign(clause.target, element, frame, span)
      if isInnermost {
        do {
          _ = try eval(body, frame)
        } catch Unwind.breakLoop {
          stop = true
          return false
        } catch Unwind.continueLoop {
          return true
        }
      } else {
        try runLoop(clauses, level + 1, body, frame, span)
      }
      return !stop
    }
  }
}

extension LanguageError.Kind {
  /// Budget errors cannot be caught by `try`.
  var isBudget: Bool {
    self == .operationBudget || self == .memoryBudget || self == .recursionLimit
  }
}

/// A caught error, as `catch e` binds it.
final class ExceptionObject: RuntimeObject {
  let error: LanguageError

  init(_ error: LanguageError) { self.error = error }

  override var type: JuliaType { .other(error.kind.rawValue) }
  override func show(_ session: Interpreter) -> String { error.message }
  override func field(_ name: String, _ session: Interpreter) -> Value? {
    name == "msg" ? .string(error.message) : nil
  }
}
