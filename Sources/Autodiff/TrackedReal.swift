/// A tracked scalar: a handle to a node or a scalar parameter on a ``Tape``.
///
/// Tracker's `TrackedReal`. Arithmetic with other tracked scalars and with `Double`s records
/// nodes; ``back()`` back-propagates.
public struct TrackedReal {
  /// The tape the value is recorded on.
  public let tape: Tape
  @usableFromInline let operand: Operand
  @usableFromInline let serial: UInt64
  @usableFromInline let value: Double

  @usableFromInline init(tape: Tape, operand: Operand, serial: UInt64, value: Double) {
    self.tape = tape
    self.operand = operand
    self.serial = serial
    self.value = value
  }

  /// The value (Tracker's `x.data`). A parameter's reflects in-place updates.
  @inlinable public var data: Double {
    get {
      if case .leaf(let k) = operand.kind, tape.resolve(operand, serial) == operand {
        return tape.leaves[k].data[0]
      }
      return value
    }
    nonmutating set {
      if case .leaf(let k) = operand.kind, tape.resolve(operand, serial) == operand {
        tape.leaves[k].data[0] = newValue
      }
    }
  }

  /// The gradient (Tracker's `x.grad`): accumulated for a parameter, the last back-propagated
  /// one for a node still on the tape, `nil` for a node the tape has reclaimed.
  public var grad: Double? {
    get {
      switch tape.resolve(operand, serial).kind {
      case .leaf(let k): return tape.leaves[k].grad[0]
      case .node(let i): return tape.nodes[i].grad
      case .constant, .dead: return nil
      }
    }
    nonmutating set {
      if case .leaf(let k) = tape.resolve(operand, serial).kind {
        tape.leaves[k].grad[0] = newValue ?? 0
      }
    }
  }

  /// Whether this is a parameter (a leaf made by `param`).
  public var isParameter: Bool {
    if case .leaf = tape.resolve(operand, serial).kind { return true }
    return false
  }

  /// Whether a `back!` has consumed the graph of this value (a parameter never is).
  public var isConsumed: Bool {
    switch tape.resolve(operand, serial).kind {
    case .node(let i): return tape.nodes[i].consumed
    case .leaf, .constant: return false
    case .dead: return true
    }
  }

  /// Tracker's `back!(x)`: seeds 1 and accumulates gradients into the parameters.
  /// - Throws: ``AutodiffError/lossIsInfinite``, ``AutodiffError/lossIsNaN`` (checked in that
  ///   order, as Tracker does), ``AutodiffError/backAlreadyUsed``.
  public func back() throws {
    let v = data
    if v.isInfinite { throw AutodiffError.lossIsInfinite }
    if v.isNaN { throw AutodiffError.lossIsNaN }
    try tape.backPropagate(from: tape.resolve(operand, serial), seed: 1, sink: .parameters)
  }

  /// `back!(x, Δ)`: back-propagates a seed other than 1, without the NaN/Inf checks.
  public func back(seed: Double) throws {
    try tape.backPropagate(from: tape.resolve(operand, serial), seed: seed, sink: .parameters)
  }
}

extension Tape {
  /// Tracker's `param(x)`: a new scalar parameter holding a copy of `x`, gradient 0.
  public func param(_ x: Double) -> TrackedReal {
    let serial = nextSerial
    nextSerial &+= 1
    leaves.append(Leaf(shape: nil, data: [x], grad: [0], serial: serial))
    return TrackedReal(
      tape: self, operand: .leaf(leaves.count - 1), serial: serial, value: x)
  }

  /// Records a scalar node.
  @usableFromInline @inline(__always) func scalar(
    _ op: Op, _ a: Operand, _ b: Operand, x: Double, y: Double, value: Double
  ) -> TrackedReal {
    let (index, serial) = append(op, a, b, shape: nil, x: x, y: y, value: value)
    return TrackedReal(tape: self, operand: .node(index), serial: serial, value: value)
  }
}
