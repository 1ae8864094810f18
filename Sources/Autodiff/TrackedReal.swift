/// A tracked scalar: a handle to a node or a scalar parameter on a ``Tape``.
///
/// Tracker's `TrackedReal`. Arithmetic with other tracked scalars and with `Double`s records
/// nodes; ``back()`` back-propagates.
public struct TrackedReal {
  /// The tape the value is recorded on. A handle does not keep its tape alive (so that
  /// handles cost no reference counting): the tape must outlive the values made on it.
  public var tape: Tape { tapeReference.takeUnretainedValue() }
  @usableFromInline let tapeReference: Unmanaged<Tape>

  /// Runs `body` with the tape, without reference counting. (`body` does not throw: a
  /// throwing body inlined here has been seen to lose its error.)
  @inlinable @inline(__always) func withTape<R>(_ body: (Tape) -> R) -> R {
    tapeReference._withUnsafeGuaranteedRef(body)
  }
  // The operand last: 28 bytes, so that a value holding a handle (the tutorial language's)
  // fits in four registers.
  @usableFromInline let serial: UInt64
  @usableFromInline let value: Double
  @usableFromInline let operand: Operand
  /// `Float64` or `Float32` (see ``Precision``).
  public let precision: Precision

  @usableFromInline init(
    tape: Tape, operand: Operand, serial: UInt64, value: Double, precision: Precision = .double
  ) {
    self.tapeReference = Unmanaged.passUnretained(tape)
    self.operand = operand
    self.serial = serial
    self.value = value
    self.precision = precision
  }

  /// The value (Tracker's `x.data`). A parameter's reflects in-place updates.
  @inlinable public var data: Double {
    get {
      withTape { tape in
        if case .leaf(let k) = operand.kind, tape.peek(operand, serial) == operand {
          return tape.leaves.values(k)[0]
        }
        return value
      }
    }
    nonmutating set {
      if case .leaf(let k) = operand.kind, tape.peek(operand, serial) == operand {
        tape.leaves.values(k)[0] = newValue
      }
    }
  }

  /// The gradient (Tracker's `x.grad`): accumulated for a parameter, the last back-propagated
  /// one for a node still on the tape, `nil` for a node the tape has reclaimed.
  public var grad: Double? {
    get {
      switch tape.peek(operand, serial).kind {
      case .leaf(let k): return tape.leaves.gradient(k)[0]
      case .node(let i): return tape.nodes[i].grad
      case .element(let e): return tape.elements[e].grad
      case .constant, .dead: return nil
      }
    }
    nonmutating set {
      if case .leaf(let k) = tape.peek(operand, serial).kind {
        tape.leaves.gradient(k)[0] = newValue ?? 0
        tape.leaves.gradientWritten(k)
      }
    }
  }

  /// Whether this is a parameter (a leaf made by `param`).
  public var isParameter: Bool {
    if case .leaf = tape.peek(operand, serial).kind { return true }
    return false
  }

  /// Whether a `back!` has consumed the graph of this value (a parameter never is).
  public var isConsumed: Bool {
    switch tape.peek(operand, serial).kind {
    case .node(let i): return tape.isConsumed(i)
    case .element(let e): return tape.isElementConsumed(e)
    case .leaf, .constant: return false
    case .dead: return true
    }
  }

  /// Tracker's `back!(x)`: seeds 1 and accumulates gradients into the parameters.
  /// - Throws: ``AutodiffError/lossIsInfinite``, ``AutodiffError/lossIsNaN`` (checked in that
  ///   order, as Tracker does), ``AutodiffError/backAlreadyUsed``.
  @inlinable public func back() throws {
    // The common case, inlined into the caller: the reverse sweep without a scan.
    if precision == .double && sweptPlainly() { return }
    try backInGeneral()
  }

  /// ``back()`` when the reverse sweep without a scan does not apply.
  @usableFromInline @inline(never) func backInGeneral() throws {
    if precision == .single { return try backInSinglePrecision() }
    let v = data
    if v.isInfinite { throw AutodiffError.lossIsInfinite }
    if v.isNaN { throw AutodiffError.lossIsNaN }
    let outcome = withTape { tape in
      Result {
        try tape.backPropagate(from: tape.peek(operand, serial), seed: 1, sink: .parameters)
      }
    }
    try outcome.get()
  }

  /// The common `back!`: the reverse sweep without a scan, when the tape's statistics allow
  /// it (kept apart from the throwing caller, whose error register the unretained tape
  /// access has been seen to clobber).
  /// A finite node value is the value `back!` checks (only a parameter's can change).
  @usableFromInline @inline(never) func sweptPlainly() -> Bool {
    guard value.isFinite else { return false }
    return withTape { tape in tape.sweepIfPlain(from: tape.peek(operand, serial), seed: 1) }
  }

  /// ``back()`` from a `Float32` value: every pullback in single precision.
  func backInSinglePrecision() throws {
    let v = data
    if v.isInfinite { throw AutodiffError.lossIsInfinite }
    if v.isNaN { throw AutodiffError.lossIsNaN }
    try tape.backPropagate(
      from: tape.peek(operand, serial), seed: 1, sink: .parameters, precision: .single)
  }

  /// `back!(x, Δ)`: back-propagates a seed other than 1, without the NaN/Inf checks.
  public func back(seed: Double) throws {
    try tape.backPropagate(
      from: tape.peek(operand, serial), seed: precision.rounded(seed), sink: .parameters,
      precision: precision)
  }
}

extension Tape {
  /// Tracker's `param(x)`: a new scalar parameter holding a copy of `x`, gradient 0.
  public func param(_ x: Double) -> TrackedReal {
    let serial = nextSerial
    nextSerial &+= 1
    let k = leaves.append(shape: nil, values: [x])
    return TrackedReal(tape: self, operand: .leaf(k), serial: serial, value: x)
  }

  /// Records a scalar node whose operands came from ``operandOfNewNode(_:_:)``, their edges
  /// counted already; `code` is its ``SweepCode`` when not its operation's own.
  @inlinable @inline(__always) func recordScalar(
    _ op: Op, _ a: Operand, _ b: Operand, x: Double, y: Double, value: Double,
    code: SweepCode? = nil
  ) -> TrackedReal {
    let (index, serial) = push(
      op, a, b, isScalar: true, x: x, y: y, value: value, detail: 0, code: code
    ) {}
    return TrackedReal(tape: self, operand: .node(index), serial: serial, value: value)
  }

  /// Records a scalar node.
  @inlinable @inline(__always) func scalar(
    _ op: Op, _ a: Operand, _ b: Operand, x: Double, y: Double, value: Double, index: Int = 0
  ) -> TrackedReal {
    let (index, serial) = append(op, a, b, shape: nil, x: x, y: y, value: value, index: index)
    return TrackedReal(tape: self, operand: .node(index), serial: serial, value: value)
  }
}
