/// Where the gradients that reach parameters go.
enum GradientSink {
  /// Into the parameters' `grad` (Tracker's `back!`), consuming the graph.
  case parameters
  /// Into ``Tape/collected`` (Tracker's `Grads`), leaving the graph and the parameters alone.
  case collected
}

/// A gradient on its way to an operand: a scalar, an array in `Tape.scratch`, or a one-hot array.
struct Pending: BitwiseCopyable {
  var target: Operand
  var delta: Double
  /// Index into `scratch`, or -1.
  var array: Int32
  /// The element of a one-hot array (`zero(x)` with `delta` at `oneHot`), or -1.
  var oneHot: Int32
}

/// Back-propagation in Tracker's order. Tracker counts, for every node reachable from the
/// loss, how many consumers it has (`scan`), then walks depth-first from the loss: each call
/// adds its gradient to the node's, and when the last consumer has called, the node runs its
/// pullback and calls its operands in order (`back`). The same walk runs here with an explicit
/// stack, so every sum of gradients is formed in Tracker's order.
extension Tape {
  /// `back!` from `root` with a scalar seed.
  func backPropagate(
    from root: Operand, seed: Double, sink: GradientSink, precision: Precision = .double
  ) throws {
    arithmetic = precision
    defer { arithmetic = .double }
    try run(from: root, first: Pending(target: root, delta: seed, array: -1, oneHot: -1), sink)
  }

  /// `back!` from `root` with an array seed.
  func backPropagate(from root: Operand, seed: [Double], precision: Precision = .double) throws {
    arithmetic = precision
    defer { arithmetic = .double }
    scratch.append(seed)
    defer { scratch.removeAll(keepingCapacity: true) }
    try run(
      from: root, first: Pending(target: root, delta: 0, array: 0, oneHot: -1), .parameters)
  }

  /// `back!` by the reverse sweep without a scan when the statistics kept while recording
  /// show that every node from the bottom of the tape up to `root`, the last node, is reached,
  /// has at most two consumers and is a scalar; `false` (nothing done) otherwise.
  @inline(__always) func sweepIfPlain(from root: Operand, seed: Double) -> Bool {
    guard case .node(let r) = root.kind, statsValid, irregular == 0, r == count - 1,
      usesReverseSweep, everyNodeIsConsumed(below: r), everyElementIsUsed()
    else { return false }
    sweep(from: r, to: 0, seed: seed, everyNode: true)
    consumedBelow = r + 1
    elementsConsumedBelow = elements.count
    trimPending = reclaimsConsumedNodes
    statsValid = false
    return true
  }

  /// Whether every node below `end` has a consumer (and so, by induction from the last node
  /// down, is reached from the last node). The statistics already ensure at most two.
  @inline(__always) func everyNodeIsConsumed(below end: Int) -> Bool {
    let nodes = self.nodes
    var i = 0
    while i < end {
      if nodes[i].uses == 0 { return false }
      i &+= 1
    }
    return true
  }

  private func run(from root: Operand, first: Pending, _ sink: GradientSink) throws {
    // A gradient `gradient` returned is no path for `back!` (Tracker's `nobacksies`).
    if leaves.refusingCount > 0, reachesRefusingLeaf(from: root) {
      throw AutodiffError.nestedDerivative
    }
    // Phase 1: count consumers (Tracker's `scan`); refuse a graph a `back!` consumed.
    switch root.kind {
    case .dead: throw AutodiffError.backAlreadyUsed
    case .constant: return
    case .leaf: break
    case .element(let e):
      // Tracker's scan of a `getindex` node as the root.
      statsValid = false
      if isElementConsumed(e) { throw AutodiffError.backAlreadyUsed }
      elements[e].refs = 1
      elements[e].grad = 0
      elements[e].hasGrad = sink == .parameters
    case .node(let r):
      defer { statsValid = false }
      // The sweeps compute in double precision only.
      let sweeps = arithmetic == .double && first.array < 0 && sink == .parameters
      if sweeps, sweepIfPlain(from: root, seed: first.delta) {
        return
      }
      let (low, simple) = try scan(from: r, sink)
      if simple, usesReverseSweep, sweeps {
        sweep(from: r, to: low, seed: first.delta, everyNode: false)
        consumeReachedElements()
        trimPending = reclaimsConsumedNodes
        return
      }
    }
    // Phase 2: walk depth-first from the root (Tracker's `back`).
    work.removeAll()
    work.push(first)
    while let p = work.pop() {
      switch p.target.kind {
      case .leaf(let k): accumulate(p, intoLeaf: k, sink)
      case .node(let i): receive(p, atNode: i, sink)
      case .element(let e): receive(p, atElement: e, sink)
      case .constant, .dead: continue
      }
    }
    if !scratch.isEmpty { scratch.removeAll(keepingCapacity: true) }
    if case .parameters = sink { trimPending = reclaimsConsumedNodes }
  }

  /// The dense array a pending gradient stands for.
  func dense(_ p: Pending, count: Int) -> [Double] {
    if p.array >= 0 { return scratch[Int(p.array)] }
    return ArrayRules.elementPullback(p.delta, at: Int(p.oneHot), count: count)
  }

  /// Tracker's `accum!` into a leaf: `grad .+= Δ` (`Δ′` of an element access is dense).
  func accumulate(_ p: Pending, intoLeaf k: Int, _ sink: GradientSink) {
    switch sink {
    case .parameters:
      // `grad .+= Δ` into the parameter's own element type.
      let single = arithmetic == .single || leaves.info[k].single
      add(p, into: leaves.gradient(k), single: single)
    case .collected:
      if collected[k] == nil {
        collected[k] = [Double](repeating: 0, count: leaves.gradient(k).count)
      }
      let single = arithmetic == .single
      collected[k]?.withUnsafeMutableBufferPointer { add(p, into: $0, single: single) }
    }
  }

  func add(_ p: Pending, into g: UnsafeMutableBufferPointer<Double>, single: Bool = false) {
    if single && (p.array >= 0 || p.oneHot >= 0) {
      for (j, d) in dense(p, count: g.count).enumerated() {
        g[j] = Double(Float(g[j]) + Float(d))
      }
    } else if single {
      g[0] = Double(Float(g[0]) + Float(p.delta))
    } else if p.array >= 0 {
      let d = scratch[Int(p.array)]
      for j in g.indices { g[j] = g[j] + d[j] }
    } else if p.oneHot >= 0 {
      let k = Int(p.oneHot)
      for j in g.indices { g[j] = g[j] + (j == k ? p.delta : 0) }
    } else {
      g[0] = g[0] + p.delta
    }
  }

  /// Tracker's `back(x, Δ)` for a node: accumulate, and run the pullback after the last
  /// consumer.
  func receive(_ p: Pending, atNode i: Int, _ sink: GradientSink) {
    if case .constant = nodes[i].op { return }
    nodes[i].refs -= 1
    let last = nodes[i].refs == 0
    if let shape = shape(ofNode: i) {
      let slot = Int(nodes[i].slot)
      var g = dense(p, count: shape.count)
      if nodes[i].hasGrad {
        var sum = arrayGrads[slot]
        if arithmetic == .single {
          for j in sum.indices { sum[j] = Double(Float(sum[j]) + Float(g[j])) }
        } else {
          for j in sum.indices { sum[j] = sum[j] + g[j] }
        }
        g = sum
      } else if !last {
        nodes[i].hasGrad = true
      }
      arrayGrads[slot] = g
      if last { propagateArray(i, g) }
    } else {
      var g = p.delta
      if nodes[i].hasGrad {
        g = arithmetic.rounded(nodes[i].grad + g)
      } else if !last {
        nodes[i].hasGrad = true
      }
      nodes[i].grad = g
      if last { propagateScalar(i, g, sink) }
    }
    if last, case .parameters = sink { nodes[i].consumed = true }
  }

  /// Tracker's `back(x, Δ)` for an element access: accumulate, and after the last consumer
  /// pass `Δ′` (zeros but the gradient at the index) to the parameter.
  func receive(_ p: Pending, atElement e: Int, _ sink: GradientSink) {
    let access = elements.base + e
    access.pointee.refs -= 1
    let last = access.pointee.refs == 0
    var g = p.delta
    if access.pointee.hasGrad {
      g = arithmetic.rounded(access.pointee.grad + g)
    } else if !last {
      access.pointee.hasGrad = true
    }
    access.pointee.grad = g
    guard last else { return }
    work.push(
      Pending(
        target: .leaf(Int(access.pointee.leaf)), delta: g, array: -1,
        oneHot: access.pointee.index))
    if case .parameters = sink { access.pointee.consumed = true }
  }

  func push(_ target: Operand, _ delta: Double) {
    work.push(Pending(target: target, delta: delta, array: -1, oneHot: -1))
  }

  func push(_ target: Operand, _ delta: [Double]) {
    scratch.append(delta)
    work.push(Pending(target: target, delta: 0, array: Int32(scratch.count - 1), oneHot: -1))
  }

  /// Runs a scalar node's pullback; operands are pushed last-first so the first runs first.
  func propagateScalar(_ i: Int, _ g: Double, _ sink: GradientSink) {
    let node = nodes[i]
    if node.single { return propagateSingleScalar(node, g) }
    switch node.op {
    case .unary(let op):
      push(node.a, g * op.derivative(node.x, value: node.value))
    case .binary(let op):
      let da = node.a == .constant ? 0 : g * op.derivativeA(node.x, node.y)
      let db = node.b == .constant ? 0 : g * op.derivativeB(node.x, node.y)
      if node.b != .constant { push(node.b, db) }
      if node.a != .constant { push(node.a, da) }
    case .element:
      work.push(Pending(target: node.a, delta: g, array: -1, oneHot: node.index))
    case .sum:
      push(node.a, ArrayRules.sumPullback(g, count: operandShape(node.a)?.count ?? 1))
    case .mean:
      push(node.a, ArrayRules.meanPullback(g, count: operandShape(node.a)?.count ?? 1))
    case .l2:
      // The inner nodes were reset to 0 by the scan only when gradients go to parameters.
      push(
        node.b,
        ScalarL2.pullback(
          g, y: node.x, yHat: node.y, value: node.value, startsAtZero: sink == .parameters))
    case .constant, .matmul, .transpose, .softmax, .logsoftmax:
      preconditionFailure("array operation recorded as a scalar")
    }
  }

  /// Runs an array node's pullback.
  private func propagateArray(_ i: Int, _ g: [Double]) {
    let node = nodes[i]
    guard let shape = shape(ofNode: i) else { return }
    // A Float32 node's derivatives are Float32; `p` is the precision of the gradients.
    let (single, p) = (node.single, arithmetic)
    switch node.op {
    case .unary(let op):
      let (x, y) = (operandValues(node.a, scalar: node.x), arrayValues[Int(node.slot)])
      push(
        node.a,
        single
          ? SingleRules.mapPullback(op, g, x, y, p) : ArrayRules.mapPullback(op, g, x, y))
    case .binary(let op):
      let (sa, sb) = (operandShape(node.a), operandShape(node.b))
      let (va, vb) = (operandValues(node.a, scalar: node.x), operandValues(node.b, scalar: node.y))
      let result = ArrayRules.Dims(shape)
      var pending: [(Operand, [Double])] = []
      for (operand, first, s) in [(node.a, true, sa), (node.b, false, sb)]
      where tracked(operand) {
        let d = ArrayRules.broadcastPullback(
          op, wrtFirst: first, g, va, .init(sa), vb, .init(sb), result: result,
          operand: .init(s), operandIsScalar: s == nil, single: single, p)
        pending.append((operand, d))
      }
      for (operand, d) in pending.reversed() {
        if operandShape(operand) == nil { push(operand, d[0]) } else { push(operand, d) }
      }
    case .matmul:
      let (sa, sb) = (operandShape(node.a), operandShape(node.b))
      let pullback = p == .single ? SingleRules.matmulPullback : ArrayRules.matmulPullback
      let grads = pullback(
        g, operandValues(node.a, scalar: 0), .init(sa), operandValues(node.b, scalar: 0),
        .init(sb))
      if tracked(node.b) { push(node.b, grads.b) }
      if tracked(node.a) { push(node.a, grads.a) }
    case .transpose:
      push(node.a, ArrayRules.transpose(g, .init(shape)))
    case .softmax:
      let x = operandValues(node.a, scalar: 0)
      push(node.a, ArrayRules.softmaxPullback(g, x, .init(shape), single ? .single : .double, p))
    case .logsoftmax:
      let x = operandValues(node.a, scalar: 0)
      push(
        node.a, ArrayRules.logsoftmaxPullback(g, x, .init(shape), single ? .single : .double, p))
    case .constant, .element, .sum, .mean, .l2:
      preconditionFailure("scalar operation recorded as an array")
    }
  }

  /// Whether gradients flow to `operand` (Tracker skips untracked arguments).
  func tracked(_ operand: Operand) -> Bool {
    switch operand.kind {
    case .leaf, .element: return true
    case .node(let i):
      if case .constant = nodes[i].op { return false }
      return true
    case .constant, .dead: return false
    }
  }

  /// The shape of an operand; `nil` for a scalar.
  func operandShape(_ operand: Operand) -> Shape? {
    switch operand.kind {
    case .node(let i): return shape(ofNode: i)
    case .leaf(let k): return leaves.shape(k)
    case .element, .constant, .dead: return nil
    }
  }

  /// The elements of an operand; a scalar operand's value was recorded in the node (`scalar`).
  func operandValues(_ operand: Operand, scalar: Double) -> [Double] {
    switch operand.kind {
    case .node(let i):
      if nodes[i].isScalar { return [scalar] }
      return arrayValues[Int(nodes[i].slot)]
    case .leaf(let k):
      if leaves.shape(k) == nil { return [scalar] }
      return Array(leaves.values(k))
    case .element, .constant, .dead: return [scalar]
    }
  }
}

extension Tape {
  /// Whether a leaf that refuses a gradient is reachable from `root` (a walk over the
  /// operands, only on tapes that hold such leaves).
  func reachesRefusingLeaf(from root: Operand) -> Bool {
    var pending = [root]
    var seen = Set<Int>()
    while let operand = pending.popLast() {
      switch operand.kind {
      case .leaf(let k):
        if leaves.info[k].refusesGradient { return true }
      case .element(let e):
        if leaves.info[Int(elements[e].leaf)].refusesGradient { return true }
      case .node(let i):
        guard seen.insert(i).inserted else { continue }
        pending.append(nodes[i].a)
        pending.append(nodes[i].b)
      case .constant, .dead:
        continue
      }
    }
    return false
  }

  /// Marks the leaf behind a new parameter as refusing a gradient.
  private func refuseGradient(_ operand: Operand) {
    guard case .leaf(let k) = operand.kind else { return }
    leaves.info.base[k].refusesGradient = true
    leaves.refusingCount += 1
  }

  /// Tracker's `nobacksies(…, x)`: a tracked copy of `x` that `back!` must not reach.
  public func nobacksies(_ x: Double, precision: Precision = .double) -> TrackedReal {
    let value = param(x, precision: precision)
    refuseGradient(value.operand)
    return value
  }

  /// Tracker's `nobacksies(…, x)` of an array.
  public func nobacksies(_ x: Tensor, precision: Precision = .double) -> TrackedArray {
    let value = param(x, precision: precision)
    refuseGradient(value.operand)
    return value
  }
}
