import SourcePositions

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
    case .string:
      return try evalString(code, frame)
    case .binary(let op, let lhs, let rhs, let dotted, let span):
      return try evalBinary(op, lhs, rhs, dotted, span, frame)
    case .unary(let op, let operand, let dotted, let span):
      return try evalUnary(op, operand, dotted, span, frame)
    case .call(let node):
      return try evalCall(node, frame)
    case .index(let base, let indices, let span):
      return try evalIndex(base, indices, span, frame)
    case .field(let base, let name, let span):
      return try evalField(base, name, span, frame)
    case .assign(let target, let value, let span):
      try tick(span)
      let result = try leaf(value, frame)
      try bind(target, result, frame, span)
      return result
    case .update(let target, let op, let value, let dotted, let span):
      try tick(span)
      return try update(target, op, value, dotted: dotted, frame, span)
    case .dotAssign(let target, let value, let span):
      try tick(span)
      let result = try leaf(value, frame)
      return try dotAssign(target, result, frame, span) ?? result
    case .block(let statements, _):
      var result = Value.nothing
      for statement in statements {
        result = try eval(statement, frame)
      }
      return result
    case .ifElse(let branches, let otherwise, let span):
      try tick(span)
      for (condition, body) in branches where try truth(try eval(condition, frame), condition.span)
      {
        return try eval(body, frame)
      }
      if let otherwise { return try eval(otherwise, frame) }
      return .nothing
    case .forLoop(let clauses, let body, let scope, let span):
      try tick(span)
      if let size = scope.frameSize {
        _ = try runLoopInOwnFrames(clauses, 0, [], body, size, frame, span)
      } else {
        try runLoop(clauses, 0, body, scope.cleared, frame, span)
      }
      return .nothing
    case .whileLoop:
      return try evalWhileLoop(code, frame)
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
      return try truth(try eval(condition, frame), condition.span)
        ? try eval(a, frame) : try eval(b, frame)
    case .chain:
      return try evalChain(code, frame)
    case .comparison:
      return try evalComparison(code, frame)
    case .tuple:
      return try evalTuple(code, frame)
    case .namedTuple:
      return try evalNamedTuple(code, frame)
    case .vector:
      return try evalVector(code, frame)
    case .matrix:
      return try evalMatrix(code, frame)
    case .comprehension(let comprehension, let span):
      try tick(span)
      return try evalComprehension(comprehension, frame, span)
    case .range:
      return try evalRange(code, frame)
    case .colon(let span):
      try tick(span)
      return .symbol(":")
    case .endIndex:
      return try evalEndIndex(code, frame)
    case .adjoint:
      return try evalAdjoint(code, frame)
    case .pair:
      return try evalPair(code, frame)
    case .typed:
      return try evalTyped(code, frame)
    case .curly:
      return try evalCurly(code, frame)
    case .defineMethod:
      return try evalDefineMethod(code, frame)
    case .lambda:
      return try evalLambda(code, frame)
    case .returnValue:
      return try evalReturnValue(code, frame)
    case .breakLoop(let span):
      try tick(span)
      throw Unwind.breakLoop
    case .continueLoop(let span):
      try tick(span)
      throw Unwind.continueLoop
    case .tryCatch:
      return try evalTryCatch(code, frame)
    case .macro:
      return try evalMacro(code, frame)
    case .using:
      return try evalUsing(code, frame)
    case .defineType(let definition, let span):
      return try defineType(definition, frame, span)
    }
  }

  /// Evaluates an operand: variables and constants are read, and calls, binary operators,
  /// indexing and fields evaluated, without going through `eval`'s large frame.
  @inline(__always) func leaf(_ code: Code, _ frame: Frame) throws -> Value {
    switch code {
    case .local(let slot, let name, let span):
      try tick(span)
      if let value = frame.slots[slot] { return value }
      throw undefinedVariableError(name, span)
    case .constant(let value, let span):
      try tick(span)
      return value
    case .global(let slot, let name, let span):
      try tick(span)
      return try readGlobal(slot, name, span)
    case .call(let node):
      return try evalCall(node, frame)
    case .binary(let op, let lhs, let rhs, let dotted, let span):
      return try evalBinary(op, lhs, rhs, dotted, span, frame)
    case .index(let base, let indices, let span):
      return try evalIndex(base, indices, span, frame)
    case .field(let base, let name, let span):
      return try evalField(base, name, span, frame)
    default:
      return try eval(code, frame)
    }
  }

  /// Evaluates collection items, expanding `xs...`.
  func evalItems(_ items: [CodeArgument], _ frame: Frame, _ span: SourceSpan) throws -> [Value] {
    var values: [Value] = []
    values.reserveCapacity(items.count)
    for item in items {
      let value = try eval(item.value, frame)
      if item.splat {
        values.append(contentsOf: try iterate(value, span))
      } else {
        values.append(value)
      }
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
        values.append(try leaf(index, frame))
      }
    }
    return values
  }

  /// Whether a condition holds; only `Bool`s are conditions, as in Julia.
  @inline(__always) func truth(_ value: Value, _ span: @autoclosure () -> SourceSpan) throws -> Bool
  {
    if case .bool(let b) = value { return b }
    throw fail(.type, "TypeError: non-boolean (\(value.type.name)) used in boolean context", span())
  }

  /// Runs nested `for` clauses (`for i in a, j in b` nests `j` inside `i`).
  /// - Returns: whether the body ran `break` (which ends all the clauses).
  @discardableResult
  func runLoop(
    _ clauses: [LoopClause], _ level: Int, _ body: Code, _ cleared: [Int], _ frame: Frame,
    _ span: SourceSpan
  ) throws -> Bool {
    let clause = clauses[level]
    let iterable = try eval(clause.iterable, frame)
    let isInnermost = level == clauses.count - 1
    // A body of several statements is taken apart once, not on every pass.
    var statements = [body]
    if case .block(let list, _) = body { statements = list }
    var stop = false
    try forEach(iterable, span) { element in
      try tick(span)
      try bind(clause.target, element, frame, span)
      if isInnermost {
        // Each iteration starts with the body's locals unbound, as in a new scope.
        for slot in cleared { frame.slots[slot] = nil }
        do {
          for statement in statements { _ = try eval(statement, frame) }
        } catch Unwind.breakLoop {
          stop = true
          return false
        } catch Unwind.continueLoop {
          return true
        }
      } else if try runLoop(clauses, level + 1, body, cleared, frame, span) {
        stop = true
      }
      return !stop
    }
    return stop
  }

  /// A loop whose body defines a closure: each iteration runs in a frame of its own (`size`
  /// slots, enclosed by `frame`) holding that iteration's variables, so that a closure made in
  /// one iteration keeps that iteration's values, as in Julia. `bound` holds the outer clauses'
  /// current elements, bound again in each new frame.
  @inline(never)
  func runLoopInOwnFrames(
    _ clauses: [LoopClause], _ level: Int, _ bound: [Value], _ body: Code, _ size: Int,
    _ frame: Frame, _ span: SourceSpan
  ) throws -> Bool {
    func iterationFrame(_ elements: [Value]) throws -> Frame {
      let own = Frame.make(size: size, parent: frame)
      for (clause, element) in zip(clauses, elements) {
        try bind(clause.target, element, own, span)
      }
      return own
    }
    let clause = clauses[level]
    // The first iterable belongs to the enclosing scope; the others see the earlier variables.
    let iterable = try eval(clause.iterable, level == 0 ? frame : try iterationFrame(bound))
    let isInnermost = level == clauses.count - 1
    var stop = false
    try forEach(iterable, span) { element in
      try tick(span)
      if isInnermost {
        let own = try iterationFrame(bound + [element])
        do {
          _ = try eval(body, own)
        } catch Unwind.breakLoop {
          stop = true
          return false
        } catch Unwind.continueLoop {
          return true
        }
      } else if try runLoopInOwnFrames(
        clauses, level + 1, bound + [element], body, size, frame, span)
      {
        stop = true
      }
      return !stop
    }
    return stop
  }

  /// Evaluates `lhs op rhs` (or `lhs .op rhs`).
  @inline(never)
  func evalBinary(
    _ op: BinaryOperator, _ lhs: Code, _ rhs: Code, _ dotted: Bool, _ span: SourceSpan,
    _ frame: Frame
  ) throws -> Value {
    try tick(span)
    let a = try leaf(lhs, frame)
    var literal: Int?
    if op == .power, case .constant(.int(let p), _) = rhs {
      // `x^2` with a literal exponent: the exponent is not evaluated.
      if !dotted { return try literalPower(a, p, span) }
      literal = p
    }
    let b = try leaf(rhs, frame)
    if dotted { return try dottedBinary(op, a, b, literalExponent: literal, span) }
    return try binary(op, a, b, span)
  }

  /// `a .op b`; `literalExponent` is `p` in `a .^ p` with a literal `p`.
  func dottedBinary(
    _ op: BinaryOperator, _ a: Value, _ b: Value, literalExponent: Int?, _ span: SourceSpan
  ) throws -> Value {
    if let p = literalExponent {
      if Self.isScalar(a) { return try literalPower(a, p, span) }
      if case .trackedArray = a {
        // The literal exponent is an integer: it takes the array's element type.
        return try broadcastBinary(.power, a, .int(p), span)
      }
      return try broadcast([a], span) { args in try self.literalPower(args[0], p, span) }
    }
    // Two scalars broadcast as the plain operator (as `broadcastBinary` does first).
    if Self.isScalar(a), Self.isScalar(b) { return try binary(op, a, b, span) }
    return try broadcastBinary(op, a, b, span)
  }

  /// Evaluates `op operand` (or `.op operand`).
  @inline(never)
  func evalUnary(
    _ op: UnaryOperator, _ operand: Code, _ dotted: Bool, _ span: SourceSpan, _ frame: Frame
  ) throws -> Value {
    try tick(span)
    return try applyUnary(op, try leaf(operand, frame), dotted: dotted, span)
  }

  /// `op value` (or `.op value`).
  func applyUnary(_ op: UnaryOperator, _ value: Value, dotted: Bool, _ span: SourceSpan) throws
    -> Value
  {
    if dotted { return try broadcast([value], span) { try self.unary(op, $0[0], span) } }
    return try unary(op, value, span)
  }

  /// Evaluates `base[indices…]`.
  @inline(never)
  func evalIndex(_ base: Code, _ indices: [Code], _ span: SourceSpan, _ frame: Frame) throws
    -> Value
  {
    try tick(span)
    let container = try leaf(base, frame)
    if indices.count == 1 {
      switch indices[0] {
      case .local, .constant, .global, .captured:
        return try index(container, at: try leaf(indices[0], frame), span)
      default: break
      }
    }
    let values = try evalIndices(indices, of: container, frame)
    return try index(container, values, span)
  }

  /// `container[position]` with one index, elements of arrays read directly.
  @inline(__always) func index(_ container: Value, at position: Value, _ span: SourceSpan) throws
    -> Value
  {
    if case .int(let n) = position {
      switch container {
      case .trackedArray(let box) where n >= 1 && n <= box.value.shape.count:
        return .trackedReal(box.value.typedElement(n - 1))
      case .array(let box) where n >= 1 && n <= box.count:
        return box[n - 1]
      default: break
      }
    }
    return try index(container, [position], span)
  }

  /// Evaluates `base.name`.
  @inline(never)
  func evalField(_ base: Code, _ name: String, _ span: SourceSpan, _ frame: Frame) throws -> Value {
    try tick(span)
    return try field(try leaf(base, frame), name, span)
  }

  /// Evaluates a call; out of line so that `eval` keeps a smaller stack frame.
  @inline(never)
  func evalCall(_ node: CallCode, _ frame: Frame) throws -> Value {
    let span = node.span
    try tick(span)
    let function = try leaf(node.callee, frame)
    let arguments = node.arguments
    if node.isPlain {
      if arguments.count == 1, case .builtin(let builtin) = function {
        let argument = try leaf(arguments[0].value, frame)
        if let result = try fastBuiltin(builtin, argument, span) { return result }
        return try callBuiltin(builtin, [argument], [], span)
      }
      if case .function(let box) = function, box.methods.count == 1 {
        let method = box.methods[0]
        if method.template.isPlain, method.types.isEmpty,
          method.template.parameters.count == arguments.count
        {
          return try invokePlain(method, frame, span) { try self.leaf(arguments[$0].value, frame) }
        }
      }
      var values: [Value] = []
      values.reserveCapacity(arguments.count)
      for argument in arguments { values.append(try leaf(argument.value, frame)) }
      return try callPositional(function, values, span)
    }
    let keywords = node.keywords
    let isBroadcast = node.isBroadcast
    var values: [Value] = []
    values.reserveCapacity(arguments.count)
    for argument in arguments {
      let value = try leaf(argument.value, frame)
      if argument.splat {
        values.append(contentsOf: try iterate(value, span))
      } else {
        values.append(value)
      }
    }
    var named: [(String, Value)] = []
    for (name, value) in keywords { named.append((name, try leaf(value, frame))) }
    if isBroadcast {
      return try broadcast(values, span) { try self.call(function, $0, named, span) }
    }
    return try call(function, values, named, span)
  }
}

extension LanguageError.Kind {
  /// Budget errors cannot be caught by `try`.
  var isBudget: Bool {
    self == .operationBudget || self == .memoryBudget || self == .recursionLimit
  }

  /// Errors no `catch` takes: the budgets', and "not supported", which is sitegen's, not the
  /// program's (a `catch` that took it would run on as if Julia had thrown something).
  var isUncatchable: Bool { isBudget || self == .unsupported }
}

/// An exception: one a `catch e` took, or one the program constructed (`ArgumentError("bad")`),
/// which `throw` raises.
final class ExceptionObject: RuntimeObject {
  let error: LanguageError
  /// The exception type's name and the fields it was constructed with, for one the program
  /// made; nil for an error sitegen raised.
  let constructed: (type: String, fields: [Value])?

  init(_ error: LanguageError) {
    self.error = error
    self.constructed = nil
  }

  init(_ error: LanguageError, type: String, fields: [Value]) {
    self.error = error
    self.constructed = (type, fields)
  }

  override var type: JuliaType { .other(constructed?.type ?? error.kind.rawValue) }
  /// As Julia shows a struct: `ArgumentError("bad")`.
  override func show(_ session: Interpreter) -> String {
    guard let constructed else { return error.message }
    return constructed.type + "("
      + constructed.fields.map { session.show($0) }.joined(separator: ", ")
      + ")"
  }
  override func field(_ name: String, _ session: Interpreter) -> Value? {
    if let constructed {
      switch (constructed.type, name) {
      case ("DomainError", "val"), ("KeyError", "key"): return constructed.fields.first
      case ("DomainError", "msg"):
        return constructed.fields.count > 1 ? constructed.fields[1] : .string("")
      case (_, "msg") where ExceptionTypes.withMessage.contains(constructed.type):
        return constructed.fields.first
      default: return nil
      }
    }
    guard name == "msg" else { return nil }
    // The message without the exception's name, as its `msg` field holds it.
    let prefix = error.kind.rawValue + ": "
    return .string(
      error.message.hasPrefix(prefix)
        ? String(error.message.dropFirst(prefix.count)) : error.message)
  }
}

/// The evaluator's less frequent cases, out of line so that `eval` keeps a smaller stack frame.
extension Interpreter {
  @inline(never)
  private func evalString(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .string(let parts, let span) = code else { return .nothing }
    try tick(span)
    var text = ""
    for part in parts {
      switch part {
      case .text(let literal): text += literal
      case .interpolation(let inner): text += printString(try eval(inner, frame))
      }
    }
    try rethrowShowError()
    try allocateText(text.utf8.count, span)
    return .string(text)
  }

  @inline(never)
  private func evalWhileLoop(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .whileLoop(let condition, let body, let scope, let span) = code else {
      return .nothing
    }
    while try truth(try eval(condition, frame), condition.span) {
      try tick(span)
      // Each iteration is a new scope: its locals start unbound, or in a frame of its own.
      for slot in scope.cleared { frame.slots[slot] = nil }
      do {
        if let size = scope.frameSize {
          _ = try eval(body, Frame.make(size: size, parent: frame))
        } else {
          _ = try eval(body, frame)
        }
      } catch Unwind.breakLoop {
        break
      } catch Unwind.continueLoop {
        continue
      }
    }
    return .nothing
  }

  /// A long operator chain, left to right in a loop: the same operations, in the same order,
  /// as the nested `.binary` nodes of a short chain.
  @inline(never)
  private func evalChain(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .chain(let first, let links, let span) = code else { return .nothing }
    // One step per operator, all before the operands, at the chain's start: where and in what
    // order nested `.binary` nodes take theirs (each starts where the chain does).
    try charge(links.count, span)
    var value = try leaf(first, frame)
    for link in links {
      let operand = try leaf(link.operand, frame)
      value =
        link.dotted
        ? try dottedBinary(link.op, value, operand, literalExponent: nil, link.span)
        : try binary(link.op, value, operand, link.span)
    }
    return value
  }

  @inline(never)
  private func evalComparison(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .comparison(let operands, let operators, let span) = code else { return .nothing }
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
  }

  @inline(never)
  private func evalTuple(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .tuple(let items, let span) = code else { return .nothing }
    try tick(span)
    return .tuple(try evalItems(items, frame, span))
  }

  @inline(never)
  private func evalNamedTuple(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .namedTuple(let names, let values, let span) = code else { return .nothing }
    try tick(span)
    return .namedTuple(NamedTuple(names: names, values: try values.map { try eval($0, frame) }))
  }

  @inline(never)
  private func evalVector(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .vector(let items, let span) = code else { return .nothing }
    try tick(span)
    let values = try evalItems(items, frame, span)
    return try makeVector(values, span)
  }

  @inline(never)
  private func evalMatrix(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .matrix(let rows, let span) = code else { return .nothing }
    try tick(span)
    let values = try rows.map { try $0.map { try eval($0, frame) } }
    return try concatenate(values, span)
  }

  @inline(never)
  private func evalRange(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .range(let start, let step, let stop, let span) = code else { return .nothing }
    try tick(span)
    let a = try eval(start, frame)
    let s = try step.map { try eval($0, frame) }
    let b = try eval(stop, frame)
    return try makeRange(a, s, b, span)
  }

  @inline(never)
  private func evalEndIndex(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .endIndex(let span) = code else { return .nothing }
    try tick(span)
    guard let (container, dimension, count) = indexContext.last else {
      throw fail(.syntax, "\"end\" is only valid inside an index", span)
    }
    return .int(try lastIndex(container, dimension, count, span))
  }

  @inline(never)
  private func evalAdjoint(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .adjoint(let inner, let span) = code else { return .nothing }
    try tick(span)
    return try adjoint(try eval(inner, frame), span)
  }

  @inline(never)
  private func evalPair(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .pair(let first, let second, let span) = code else { return .nothing }
    try tick(span)
    return .object(PairObject(try eval(first, frame), try eval(second, frame)))
  }

  @inline(never)
  private func evalTyped(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .typed(let inner, let type, let span) = code else { return .nothing }
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
  }

  @inline(never)
  private func evalCurly(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .curly(let base, let items, let span) = code else { return .nothing }
    try tick(span)
    return try applyTypeParameters(
      try eval(base, frame), try items.map { try eval($0, frame) }, span)
  }

  @inline(never)
  private func evalDefineMethod(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .defineMethod(let target, let template, let span) = code else { return .nothing }
    try tick(span)
    return try defineMethod(target, template, frame, span)
  }

  @inline(never)
  private func evalLambda(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .lambda(let template, let span) = code else { return .nothing }
    try tick(span)
    anonymousCount += 1
    let method = Method(template: template, environment: frame, types: [])
    return .function(FunctionBox(name: "#\(anonymousCount)", methods: [method]))
  }

  @inline(never)
  private func evalReturnValue(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .returnValue(let value, let span) = code else { return .nothing }
    try tick(span)
    returned = try value.map { try eval($0, frame) } ?? .nothing
    throw Unwind.returnValue
  }

  @inline(never)
  private func evalTryCatch(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .tryCatch(let body, let target, let handler, let cleanup, let span) = code else {
      return .nothing
    }
    try tick(span)
    defer { if let cleanup { _ = try? eval(cleanup, frame) } }
    do {
      return try eval(body, frame)
    } catch let error as LanguageError where !error.kind.isUncatchable {
      guard let handler else { return .nothing }
      // The program's own exception when it is the one unwinding, else the error sitegen raised.
      var exception = ExceptionObject(error)
      if let thrown, thrown.error.kind == error.kind, thrown.error.message == error.message {
        exception = thrown
      }
      thrown = nil
      if let target { try assign(target, .object(exception), frame, span) }
      return try eval(handler, frame)
    }
  }

  @inline(never)
  private func evalMacro(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .macro(let macro, let span) = code else { return .nothing }
    try tick(span)
    return try runMacro(macro, frame, span)
  }

  @inline(never)
  private func evalUsing(_ code: Code, _ frame: Frame) throws -> Value {
    guard case .using(let paths, let isImport, let span) = code else { return .nothing }
    try tick(span)
    try use(paths, isImport: isImport, span)
    return .nothing
  }
}
