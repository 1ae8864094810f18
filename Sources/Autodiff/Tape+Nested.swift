/// Nested gradients (Tracker's `gradient(f, xs...; nest = true)`, src/back.jl): the backward
/// pass of a scalar graph recorded on the tape as tracked operations, so that its results can
/// be differentiated again.
///
/// Tracker's `Grads` pass, step for step: `scan` counts each node's consumers; `back(g, x, Δ)`
/// adds `Δ` into `g[x]` for a leaf, for a node that more consumers will reach, and for a node
/// `g` already holds (the targets, which `Grads(ps)` starts at zero); a node whose last consumer
/// has called runs its pullback, `Δ` times each derivative, the derivatives written as DiffRules
/// writes them and evaluated on the tracked operands, first operand first.
extension Tape {
  /// The gradients of `y` with respect to `targets`, back-propagated from `seed`, as tracked
  /// values recorded on this tape.
  /// - Throws: ``AutodiffError/nestedUnsupported(_:)`` for a graph with arrays or an operation
  ///   whose derivative is not written here; ``AutodiffError/backAlreadyUsed``.
  public func nestedGradients(of y: TrackedReal, wrt targets: [TrackedReal], seed: Double)
    throws -> [TrackedReal]
  {
    let root = resolve(y.operand, y.serial)
    var grads: [Int32: Broadcastable] = [:]
    let keys = targets.map { resolve($0.operand, $0.serial).raw }
    for key in keys { grads[key] = .scalar(0) }
    var refs: [Int: Int] = [:]
    if case .node(let r) = root.kind { refs = try consumers(from: r) }
    var pending: [(Operand, Broadcastable)] = [(root, .scalar(seed))]
    while let (target, delta) = pending.popLast() {
      switch target.kind {
      case .constant: continue
      case .dead: throw AutodiffError.backAlreadyUsed
      // Tracker's `getindex` has no nested pullback here (as an element node has none).
      case .element: throw AutodiffError.nestedUnsupported("element")
      case .leaf:
        grads[target.raw] = try grads[target.raw].map { try sum($0, delta) } ?? delta
      case .node(let i):
        refs[i, default: 1] -= 1
        let last = refs[i] == 0
        var gradient = delta
        if !last || grads[target.raw] != nil {
          gradient = try grads[target.raw].map { try sum($0, delta) } ?? delta
          grads[target.raw] = gradient
        }
        if last {
          for step in try nestedPullback(i, gradient).reversed() { pending.append(step) }
        }
      }
    }
    return try keys.map { try tracked(grads[$0] ?? .scalar(0)) }
  }

  /// Tracker's `scan`: the consumers of each node reachable from node `r`, counting the call
  /// that starts the pass for `r`.
  private func consumers(from r: Int) throws -> [Int: Int] {
    var refs: [Int: Int] = [r: 1]
    var stack = [r]
    while let i = stack.popLast() {
      let node = nodes[i]
      guard node.isScalar else { throw AutodiffError.nestedUnsupported("arrays") }
      for operand in [node.a, node.b] {
        guard case .node(let j) = operand.kind else { continue }
        let count = refs[j, default: 0] + 1
        refs[j] = count
        if count == 1 { stack.append(j) }
      }
    }
    return refs
  }

  /// `Δ` times each derivative of node `i`, for its tracked operands in order.
  private func nestedPullback(_ i: Int, _ delta: Broadcastable) throws -> [(
    Operand, Broadcastable
  )] {
    let node = nodes[i]
    let a = operandValue(node.a, node.x)
    let b = operandValue(node.b, node.y)
    func times(_ d: Broadcastable) throws -> Broadcastable { try product(delta, d) }
    switch node.op {
    case .unary(let op):
      return [(node.a, try times(try derivative(op, a, value: node.value)))]
    case .binary(let op):
      // Tracker's rules with one constant operand give it `_zero(b)`: its derivative is not
      // evaluated.
      var steps: [(Operand, Broadcastable)] = []
      if node.a != .constant {
        steps.append((node.a, try times(try derivative(op, a, b, first: true))))
      }
      if node.b != .constant {
        steps.append((node.b, try times(try derivative(op, a, b, first: false))))
      }
      return steps
    case .element, .sum, .mean, .l2, .constant, .matmul, .transpose, .softmax, .logsoftmax:
      throw AutodiffError.nestedUnsupported("\(node.op)")
    }
  }

  /// An operand as a broadcast operand: tracked when it is a node or a leaf.
  private func operandValue(_ operand: Operand, _ recorded: Double) -> Broadcastable {
    switch operand.kind {
    case .node(let j):
      return .trackedScalar(
        TrackedReal(tape: self, operand: operand, serial: nodes[j].serial, value: nodes[j].value))
    case .element(let e):
      return .trackedScalar(
        TrackedReal(
          tape: self, operand: operand, serial: elements[e].serial, value: elements[e].value))
    case .leaf(let k):
      return .trackedScalar(
        TrackedReal(tape: self, operand: operand, serial: 0, value: leaves.values(k)[0]))
    case .constant, .dead:
      return .scalar(recorded)
    }
  }

  /// DiffRules' derivative of a one-argument primitive, on the tracked operand.
  private func derivative(_ op: UnaryOp, _ x: Broadcastable, value: Double) throws
    -> Broadcastable
  {
    switch op {
    case .negate: return .scalar(-1)
    case .abs: return .scalar(op.derivative(scalarOf(x), value: value))
    case .relu: return .scalar(op.derivative(scalarOf(x), value: value))
    case .sqrt:
      // inv(2 * sqrt(x))
      return try quotient(.scalar(1), product(.scalar(2), apply(.sqrt, x)))
    case .exp: return try apply(.exp, x)
    case .log: return try quotient(.scalar(1), x)
    case .sin: return try apply(.cos, x)
    case .cos: return try apply(.negate, apply(.sin, x))
    case .sigmoid:
      // exp(-x) / (1 + exp(-x))^2
      let e = try apply(.exp, apply(.negate, x))
      let d = try sum(.scalar(1), e)
      return try quotient(e, product(d, d))
    case .tanh:
      throw AutodiffError.nestedUnsupported("tanh")
    }
  }

  /// DiffRules' partial derivative of a two-argument primitive with respect to its first or
  /// second operand, on the tracked operands.
  private func derivative(_ op: BinaryOp, _ a: Broadcastable, _ b: Broadcastable, first: Bool)
    throws -> Broadcastable
  {
    switch op {
    case .add: return .scalar(1)
    case .subtract: return .scalar(first ? 1 : -1)
    case .multiply: return first ? b : a
    case .divide:
      // inv(b), -(a / b / b)
      if first { return try quotient(.scalar(1), b) }
      return try apply(.negate, quotient(quotient(a, b), b))
    case .power:
      // b * a^(b - 1), a^b * log(a)
      if first { return try product(b, power(a, difference(b, .scalar(1)))) }
      return try product(power(a, b), apply(.log, a))
    case .max, .min:
      let d = op.derivatives(scalarOf(a), scalarOf(b), wantsB: true)
      return .scalar(first ? d.0 : d.1)
    }
  }

  private func scalarOf(_ x: Broadcastable) -> Double {
    switch x {
    case .trackedScalar(let t): t.value
    case .scalar(let v): v
    case .trackedArray, .array: .nan
    }
  }

  private func scalar(_ op: BinaryOp, _ a: Broadcastable, _ b: Broadcastable) throws
    -> Broadcastable
  {
    try broadcast(op, a, b)
  }
  private func sum(_ a: Broadcastable, _ b: Broadcastable) throws -> Broadcastable {
    try scalar(.add, a, b)
  }
  private func difference(_ a: Broadcastable, _ b: Broadcastable) throws -> Broadcastable {
    try scalar(.subtract, a, b)
  }
  private func product(_ a: Broadcastable, _ b: Broadcastable) throws -> Broadcastable {
    try scalar(.multiply, a, b)
  }
  private func quotient(_ a: Broadcastable, _ b: Broadcastable) throws -> Broadcastable {
    try scalar(.divide, a, b)
  }
  private func power(_ a: Broadcastable, _ b: Broadcastable) throws -> Broadcastable {
    try scalar(.power, a, b)
  }
  private func apply(_ op: UnaryOp, _ x: Broadcastable) throws -> Broadcastable {
    switch x {
    case .trackedScalar(let t): return .trackedScalar(TrackedReal.unary(op, t))
    case .scalar(let v): return .scalar(op.apply(v))
    case .trackedArray, .array: throw AutodiffError.nestedUnsupported("arrays")
    }
  }

  /// A gradient as a tracked value: a constant one (no path from `y`) becomes a new leaf.
  private func tracked(_ g: Broadcastable) throws -> TrackedReal {
    switch g {
    case .trackedScalar(let t): return t
    case .scalar(let v): return param(v)
    case .trackedArray, .array: throw AutodiffError.nestedUnsupported("arrays")
    }
  }
}
