/// Tracker's `scan` as one downward sweep over the tape, and a fast backward pass for the
/// graphs whose gradients cannot depend on the order of accumulation.
///
/// The tape is in execution order, so every operand sits below its consumers. Counting
/// consumers needs no stack: walk down from the root, and each node that has been reached
/// (count > 0) adds one to each of its operands; stop when no reached node is left below.
///
/// Order matters only where three or more non-zero terms are summed (floating-point addition
/// is commutative, and adding zeros changes at most the sign of a zero, the same way in every
/// order). So when every node has at most two consumers and every parameter element receives
/// at most two non-zero terms (counting its gradient before `back!`), a plain reverse sweep
/// gives Tracker's depth-first walk's bits exactly; otherwise the walk runs.
extension Tape {
  /// Counts consumers of the nodes reachable from `root`, resets their gradients and says
  /// whether the reverse sweep gives Tracker's bits.
  /// - Returns: the lowest reachable node and whether the fast sweep applies.
  func scan(from root: Int, _ sink: GradientSink) throws -> (low: Int, simple: Bool) {
    scanEpoch &+= 1
    let epoch = scanEpoch
    reachedElements.removeAll()
    var simple = true
    var outstanding = 0
    let keepsGrad = sink == .parameters
    var i = root
    nodes[root].refs = 1
    while true {
      let node = nodes + i
      if i < consumedBelow || node.pointee.consumed {
        resetRefs(below: root)
        throw AutodiffError.backAlreadyUsed
      }
      if node.pointee.isScalar {
        node.pointee.grad = 0
        node.pointee.hasGrad = keepsGrad
      } else {
        simple = false
        node.pointee.hasGrad = false
        arrayGrads[Int(node.pointee.slot)] = []
      }
      if node.pointee.refs > 2 || node.pointee.single { simple = false }
      var element = -1
      if case .element = node.pointee.op { element = Int(node.pointee.index) }
      let alive =
        countEdge(node.pointee.a, element, epoch, keepsGrad, &simple, &outstanding)
        && countEdge(node.pointee.b, element, epoch, keepsGrad, &simple, &outstanding)
      if !alive {
        resetRefs(below: root)
        throw AutodiffError.backAlreadyUsed
      }
      if outstanding == 0 { return (i, simple) }
      repeat { i &-= 1 } while nodes[i].refs == 0
      outstanding &-= 1
    }
  }

  /// Counts one edge from a reached node to `operand`; `false` for a reclaimed operand.
  @inline(__always) private func countEdge(
    _ operand: Operand, _ element: Int, _ epoch: UInt32, _ keepsGrad: Bool,
    _ simple: inout Bool, _ outstanding: inout Int
  ) -> Bool {
    switch operand.kind {
    case .node(let j):
      if case .constant = nodes[j].op { return true }
      nodes[j].refs += 1
      if nodes[j].refs == 1 { outstanding += 1 }
    case .element(let e):
      // Reached the first time: reset like a node, and count its edge into the parameter. A
      // second consumer takes the walk, which sums the two before passing them on.
      if isElementConsumed(e) { return false }
      let access = elements.base + e
      access.pointee.refs += 1
      if access.pointee.refs == 1 {
        reachedElements.push(Int32(truncatingIfNeeded: e))
        access.pointee.grad = 0
        access.pointee.hasGrad = keepsGrad
        let (leaf, index) = (Int(access.pointee.leaf), Int(access.pointee.index))
        if !countLeafEdge(leaf, element: index, epoch: epoch) { simple = false }
      } else {
        simple = false
      }
    case .leaf(let k):
      if !countLeafEdge(k, element: element, epoch: epoch) { simple = false }
    case .dead: return false
    case .constant: return true
    }
    return true
  }

  /// Counts an edge into leaf `k`; `false` when the leaf's gradient could depend on the order.
  @inline(__always) private func countLeafEdge(_ k: Int, element: Int, epoch: UInt32) -> Bool {
    var info = leaves.info[k]
    if info.scanEpoch != epoch {
      info.scanEpoch = epoch
      info.scanEdges = 0
      info.scanDense = false
    }
    info.scanEdges += 1
    var ok = true
    if element >= 0 {
      let mark = info.offset + element
      if leaves.elementMarks[mark] == epoch { ok = false }
      leaves.elementMarks[mark] = epoch
    } else {
      info.scanDense = true
    }
    if info.scanDense && info.scanEdges >= 2 {
      if info.scanEdges > 2 || leaves.gradient(k).contains(where: { $0 != 0 }) { ok = false }
    }
    leaves.info[k] = info
    return ok
  }

  /// Undoes a scan that stopped at a consumed node.
  private func resetRefs(below root: Int) {
    for i in 0...root { nodes[i].refs = 0 }
    for e in 0..<elements.count { elements[e].refs = 0 }
  }

  /// Marks the element accesses a sweep after a scan reached as consumed: the ones the scan
  /// listed, however many other accesses the tape holds.
  func consumeReachedElements() {
    let base = elements.base
    for k in 0..<reachedElements.count {
      let e = Int(reachedElements[k])
      guard e < elements.count, base[e].refs > 0 else { continue }
      base[e].refs = 0
      base[e].consumed = true
    }
    reachedElements.removeAll()
  }

  /// The reverse sweep: every reached node, from the root down, passes its complete gradient
  /// to its operands. Only scalar nodes take part (the scan, or the statistics kept while
  /// recording, said so). With `everyNode`, all nodes from `low` to `root` are reached and
  /// their gradients are still the zeros they were recorded with.
  @inline(__always) func sweep(from root: Int, to low: Int, seed: Double, everyNode: Bool) {
    var sweeper = Sweeper(
      nodes: nodes, elements: elements.base, leafInfo: leaves.info.base,
      leafGrads: leaves.grads.base, carry: seed, carried: root)
    let nodes = sweeper.nodes
    var i = root
    while i >= low {
      defer { i &-= 1 }
      let node = nodes + i
      if !everyNode {
        guard node.pointee.refs > 0 else { continue }
        node.pointee.refs = 0
        node.pointee.consumed = true
      }
      let g = sweeper.gradient(of: i)
      let (a, b) = (node.pointee.a, node.pointee.b)
      let (x, y) = (node.pointee.x, node.pointee.y)
      // The derivatives by operation; then `Δ * ∂a` to `a` and `Δ * ∂b` to `b`, constants
      // skipped, in one place for every operation (so that the loop stays small).
      let da: Double
      let db: Double
      switch node.pointee.code {
      case .unary:
        guard case .unary(let op) = node.pointee.op else { continue }
        (da, db) = (op.derivative(x, value: node.pointee.value), 0)
      case .add: (da, db) = BinaryOp.add.derivatives(x, y, wantsB: true)
      case .subtract: (da, db) = BinaryOp.subtract.derivatives(x, y, wantsB: true)
      case .multiply: (da, db) = BinaryOp.multiply.derivatives(x, y, wantsB: true)
      case .divide: (da, db) = BinaryOp.divide.derivatives(x, y, wantsB: true)
      case .power: (da, db) = BinaryOp.power.derivatives(x, y, wantsB: b != .constant)
      case .max: (da, db) = BinaryOp.max.derivatives(x, y, wantsB: true)
      case .min: (da, db) = BinaryOp.min.derivatives(x, y, wantsB: true)
      case .l2:
        let d = ScalarL2.pullback(g, y: x, yHat: y, value: node.pointee.value, startsAtZero: true)
        sweeper.deliver(d, to: b, i)
        continue
      case .element:
        guard case .leaf(let leaf) = a.kind else { continue }
        sweeper.addToElement(Int(node.pointee.index), of: leaf, g)
        continue
      case .sum, .mean:
        // `zero(x) .+ Δ` (`.+ Δ ./ length(x)` for `mean`) into a parameter; an array node as
        // operand never passes the scan's test.
        guard case .leaf(let leaf) = a.kind else { continue }
        let grad = leaves.gradient(leaf)
        let d: Double
        if case .mean = node.pointee.op { d = 0 + g / Double(grad.count) } else { d = 0 + g }
        for j in grad.indices { grad[j] = grad[j] + d }
        continue
      case .scaleByX:
        // `multiply`'s `∂/∂b`, the constant `a` (recorded in `x`), `a` skipped.
        sweeper.deliver(g * x, to: b, i)
        continue
      case .scaleByY:
        sweeper.deliver(g * y, to: a, i)
        continue
      case .addTracked:
        sweeper.deliver(g, to: a, i)
        sweeper.deliver(g, to: b, i)
        continue
      case .other:
        preconditionFailure("array operation recorded as a scalar")
      }
      if a != .constant { sweeper.deliver(g * da, to: a, i) }
      if b != .constant { sweeper.deliver(g * db, to: b, i) }
    }
  }
}

/// The reverse sweep's hands on the tape: its storage, read once (the sweep stores through
/// pointers, which the compiler cannot tell apart from the tape's own fields), and the
/// gradient on its way to the node right below the current one.
///
/// That gradient is carried in a register rather than through memory (`carry`), and added
/// last: with at most two terms per node, and the first added to 0, every order gives the
/// same bits. (Through memory, each step down the graph would wait for a store to reach the
/// next load.)
private struct Sweeper {
  let nodes: UnsafeMutablePointer<Node>
  let elements: UnsafeMutablePointer<ElementAccess>
  let leafInfo: UnsafeMutablePointer<LeafStore.Info>
  let leafGrads: UnsafeMutablePointer<Double>
  var carry: Double
  /// The node `carry` is for, or -1.
  var carried: Int

  /// The complete gradient of node `i`, once every consumer has delivered.
  @inline(__always) mutating func gradient(of i: Int) -> Double {
    var g = nodes[i].grad
    if carried == i {
      g = g + carry
      carried = -1
      nodes[i].grad = g
    }
    return g
  }

  /// Adds a gradient from node `i` to a node's or a scalar parameter's: the node just below
  /// `i` takes it in `carry` (once), others add it in memory.
  @inline(__always) mutating func deliver(_ delta: Double, to operand: Operand, _ i: Int) {
    switch operand.kind {
    case .node(let j):
      if _fastPath(j == i &- 1 && carried != j) {
        carry = delta
        carried = j
      } else {
        nodes[j].grad = nodes[j].grad + delta
      }
    case .element(let e):
      // The access's only consumer: its gradient is `0 + Δ`, which goes on into the
      // parameter. A canonical gradient holds no -0.0, so adding `Δ` gives the same bits as
      // adding `0 + Δ` (which differ only for Δ = -0.0), one addition sooner.
      let access = elements + e
      access.pointee.grad = 0 + delta
      let leaf = Int(access.pointee.leaf)
      if _fastPath(leafInfo[leaf].gradientIsCanonical) {
        let grad = leafGrads + Int(access.pointee.pool)
        grad.pointee = grad.pointee + delta
      } else {
        addToElement(Int(access.pointee.index), of: leaf, 0 + delta)
      }
    case .leaf(let k):
      let grad = leafGrads + leafInfo[k].offset
      grad[0] = grad[0] + delta
    case .constant, .dead: return
    }
  }

  /// Tracker's `grad .+= Δ′` for `x[k]` of parameter `leaf`, `Δ′` zero but at `k`. The zeros
  /// change only a -0.0 (into 0.0) or a signaling NaN, which a gradient can hold only after a
  /// caller wrote it.
  @inline(__always) func addToElement(_ k: Int, of leaf: Int, _ g: Double) {
    let info = leafInfo + leaf
    let grad = leafGrads + info.pointee.offset
    if _fastPath(info.pointee.gradientIsCanonical) {
      grad[k] = grad[k] + g
    } else {
      addZeros(grad, count: info.pointee.count, except: k)
      grad[k] = grad[k] + g
      info.pointee.gradientIsCanonical = grad[k].bitPattern != (-0.0).bitPattern
    }
  }

  /// `grad[j] + 0` into every element but `k` of a leaf's gradient.
  @inline(never) func addZeros(_ grad: UnsafeMutablePointer<Double>, count: Int, except k: Int) {
    for j in 0..<count where j != k { grad[j] = grad[j] + 0 }
  }
}
