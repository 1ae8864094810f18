/// A tracked vector or matrix: a handle to an array node or an array parameter on a ``Tape``.
///
/// Tracker's `TrackedArray`. Elements are column-major as in Julia; indices here are 0-based.
public struct TrackedArray {
  /// The tape the value is recorded on. A handle does not keep its tape alive (so that
  /// handles cost no reference counting): the tape must outlive the values made on it.
  public var tape: Tape { tapeReference.takeUnretainedValue() }
  @usableFromInline let tapeReference: Unmanaged<Tape>

  /// Runs `body` with the tape, without reference counting. (`body` does not throw: a
  /// throwing body inlined here has been seen to lose its error.)
  @inlinable @inline(__always) func withTape<R>(_ body: (Tape) -> R) -> R {
    tapeReference._withUnsafeGuaranteedRef(body)
  }
  @usableFromInline let operand: Operand
  @usableFromInline let serial: UInt64
  /// The dimensions.
  public let shape: Shape
  /// A node's elements (shared with the tape); empty for a parameter, whose data lives on the tape.
  @usableFromInline let cached: [Double]
  /// `Float64` or `Float32` elements (see ``Precision``).
  public let precision: Precision

  @usableFromInline init(
    tape: Tape, operand: Operand, serial: UInt64, shape: Shape, cached: [Double],
    precision: Precision = .double
  ) {
    self.precision = precision
    self.tapeReference = Unmanaged.passUnretained(tape)
    self.operand = operand
    self.serial = serial
    self.shape = shape
    self.cached = cached
  }

  /// The elements, column-major.
  var elements: [Double] {
    if case .leaf(let k) = tape.peek(operand, serial).kind { return Array(tape.leaves.values(k)) }
    return cached
  }

  /// The value (Tracker's `x.data`). Setting it replaces a parameter's elements in place
  /// (Julia's `x.data[:] = …`); the shape must stay the same. Setting it on an intermediate
  /// value does nothing.
  public var data: Tensor {
    get { Tensor(shape: shape, scalars: elements) }
    nonmutating set {
      precondition(newValue.shape.count == shape.count, "shape \(newValue.shape) for \(shape)")
      if case .leaf(let k) = tape.peek(operand, serial).kind {
        _ = tape.leaves.values(k).update(fromContentsOf: newValue.scalars)
      }
    }
  }

  /// The gradient (Tracker's `x.grad`): accumulated for a parameter, the last back-propagated
  /// one for a node still on the tape (zeros if none reached it), `nil` for a node the tape
  /// has reclaimed. Setting it replaces a parameter's gradient (Julia's `x.grad[:] .= 0`).
  public var grad: Tensor? {
    get {
      switch tape.peek(operand, serial).kind {
      case .leaf(let k):
        return Tensor(shape: shape, scalars: Array(tape.leaves.gradient(k)))
      case .node(let i):
        let g = tape.arrayGrads[Int(tape.nodes[i].slot)]
        return g.isEmpty ? Tensor(zeros: shape) : Tensor(shape: shape, scalars: g)
      case .element, .constant, .dead:
        // An array handle never names an element access.
        return nil
      }
    }
    nonmutating set {
      if case .leaf(let k) = tape.peek(operand, serial).kind {
        let g = tape.leaves.gradient(k)
        if let newValue {
          precondition(newValue.shape.count == g.count, "shape \(newValue.shape) for \(shape)")
          _ = g.update(fromContentsOf: newValue.scalars)
          tape.leaves.gradientWritten(k)
        } else {
          g.update(repeating: 0)
          tape.leaves.gradientZeroed(k)
        }
      }
    }
  }

  /// Replaces a parameter's elements in place (Julia's `x.data[:] = t`).
  /// - Throws: ``AutodiffError/notAParameter``, ``AutodiffError/dimensionMismatch(_:_:)``.
  public func setData(_ t: Tensor) throws {
    try withStorage { data, _ in
      guard t.scalars.count == data.count else {
        throw AutodiffError.dimensionMismatch(t.shape, shape)
      }
      _ = data.update(fromContentsOf: t.scalars)
    }
  }

  /// Replaces a parameter's gradient in place (Julia's `x.grad[:] = t`).
  /// - Throws: ``AutodiffError/notAParameter``, ``AutodiffError/dimensionMismatch(_:_:)``.
  public func setGrad(_ t: Tensor) throws {
    try withStorage { _, grad in
      guard t.scalars.count == grad.count else {
        throw AutodiffError.dimensionMismatch(t.shape, shape)
      }
      _ = grad.update(fromContentsOf: t.scalars)
    }
  }

  /// Sets a parameter's gradient to zeros in place (`x.grad[:] .= 0.0`).
  public func zeroGrad() {
    if case .leaf(let k) = tape.peek(operand, serial).kind {
      tape.leaves.gradient(k).update(repeating: 0)
      tape.leaves.gradientZeroed(k)
    }
  }

  /// Gives `body` a parameter's elements and gradient to read and change in place. The buffers
  /// are valid only inside `body`, which must not make new parameters on the tape.
  /// - Throws: ``AutodiffError/notAParameter`` for an intermediate value.
  @inlinable public func withStorage<R>(
    _ body: (
      _ data: UnsafeMutableBufferPointer<Double>, _ grad: UnsafeMutableBufferPointer<Double>
    ) throws -> R
  ) throws -> R {
    let buffers: (UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>)? =
      withTape {
        tape in
        if case .leaf(let k) = tape.peek(operand, serial).kind {
          tape.leaves.gradientWritten(k)
          return (tape.leaves.values(k), tape.leaves.gradient(k))
        }
        return nil
      }
    guard let (data, grad) = buffers else { throw AutodiffError.notAParameter }
    return try body(data, grad)
  }

  /// Whether this is a parameter (a leaf made by `param`).
  /// Which value this is: two handles of one parameter have the same key.
  public var identity: ParameterKey { ParameterKey(tape: ObjectIdentifier(tape), serial: serial) }

  public var isParameter: Bool {
    if case .leaf = tape.peek(operand, serial).kind { return true }
    return false
  }

  /// Tracker's `back!` on an array: arrays need an explicit seed.
  /// - Throws: ``AutodiffError/notScalar(_:)`` always; use `sum(x).back()` or ``back(seed:)``.
  public func back() throws {
    throw AutodiffError.notScalar(shape)
  }

  /// `back!(x, Δ)` with a seed of the array's shape.
  public func back(seed: Tensor) throws {
    guard seed.shape.count == shape.count else {
      throw AutodiffError.dimensionMismatch(seed.shape, shape)
    }
    try tape.backPropagate(
      from: tape.peek(operand, serial), seed: seed.scalars.map(precision.rounded),
      precision: precision)
  }

  /// `x[i]`: the element at a 0-based linear index, as a tracked scalar.
  /// - Throws: ``AutodiffError/indexOutOfBounds(index:shape:)``.
  public func element(_ index: Int) throws -> TrackedReal {
    guard index >= 0 && index < shape.count else {
      throw AutodiffError.indexOutOfBounds(index: index, shape: shape)
    }
    return typedElement(index)
  }

  /// `x[i]`: the element at a 0-based linear index (which must be in bounds).
  @inlinable @inline(__always) public subscript(index: Int) -> TrackedReal {
    recordElement(index)
  }

  /// Records `x[index]`. An element of a parameter is recorded inline, through a closure that
  /// captures no array (so that it is inlined too).
  @inlinable @inline(__always) func recordElement(_ index: Int) -> TrackedReal {
    let operand = self.operand
    if case .leaf(let k) = operand.kind {
      return withTape { tape in
        if _slowPath(tape.trimPending) { tape.reclaim() }
        guard _fastPath(tape.recordsElementAccesses) else {
          return tape.elementNode(operand, 0, index, [])
        }
        return tape.recordElementAccess(ofLeaf: k, index)
      }
    }
    return withTape { $0.element(operand, serial, index, cached) }
  }

  /// `x[i, j]`: the element at a 0-based row and column.
  public subscript(row: Int, column: Int) -> TrackedReal {
    self[row + column * shape.rows]
  }
}

extension Tape {
  /// Tracker's `param(x)`: a new array parameter holding a copy of `x`, gradient zeros.
  public func param(_ x: Tensor) -> TrackedArray {
    let serial = nextSerial
    nextSerial &+= 1
    let k = leaves.append(shape: x.shape, values: x.scalars)
    return TrackedArray(tape: self, operand: .leaf(k), serial: serial, shape: x.shape, cached: [])
  }

  /// Records `x[index]` for the array handle (`operand`, `serial`) whose node elements are
  /// `cached`: of a parameter, an element access (see ``ElementAccess``), else an element node.
  @inlinable @inline(__always) func element(
    _ operand: Operand, _ serial: UInt64, _ index: Int, _ cached: [Double]
  )
    -> TrackedReal
  {
    if _slowPath(trimPending) { reclaim() }
    // A parameter is always on the tape.
    guard case .leaf(let k) = operand.kind, _fastPath(recordsElementAccesses) else {
      return elementNode(operand, serial, index, cached)
    }
    return recordElementAccess(ofLeaf: k, index)
  }

  /// Records `x[index]` as a node of its own (an element of an array node, or of a `Float32`
  /// array, whose node is marked as such).
  @usableFromInline @inline(never) func elementNode(
    _ operand: Operand, _ serial: UInt64, _ index: Int, _ cached: [Double]
  ) -> TrackedReal {
    let operand = resolve(operand, serial)
    let value: Double
    if case .leaf(let k) = operand.kind {
      value = leaves.values(k)[index]
    } else {
      value = cached[index]
    }
    return scalar(.element, operand, .constant, x: 0, y: 0, value: value, index: index)
  }

  /// Records an array node whose elements are `data`.
  func array(
    _ op: Op, _ a: Operand, _ b: Operand, x: Double, y: Double, shape: Shape,
    data: [Double], precision: Precision = .double
  ) -> TrackedArray {
    let (index, serial) = append(op, a, b, shape: shape, x: x, y: y, value: 0)
    arrayValues.append(data)
    arrayGrads.append([])
    if precision == .single { markSingle(index) }
    return TrackedArray(
      tape: self, operand: .node(index), serial: serial, shape: shape, cached: data,
      precision: precision)
  }

  /// An untracked array operand, recorded so that pullbacks can read it.
  func constant(_ t: Tensor) -> Operand {
    // Reclaim first: a constant left on top of a consumed tail would be popped with it.
    if trimPending { reclaim() }
    let (index, _) = append(.constant, .constant, .constant, shape: t.shape, x: 0, y: 0, value: 0)
    arrayValues.append(t.scalars)
    arrayGrads.append([])
    return .node(index)
  }
}
