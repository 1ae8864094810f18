/// Any operand of a broadcast: tracked or plain, array or scalar.
public enum Broadcastable {
  case trackedArray(TrackedArray)
  case trackedScalar(TrackedReal)
  case array(Tensor)
  case scalar(Double)

  /// The tape of a tracked operand.
  var tape: Tape? {
    switch self {
    case .trackedArray(let x): x.tape
    case .trackedScalar(let x): x.tape
    case .array, .scalar: nil
    }
  }

  /// `nil` for a scalar.
  var shape: Shape? {
    switch self {
    case .trackedArray(let x): x.shape
    case .array(let t): t.shape
    case .trackedScalar, .scalar: nil
    }
  }

  /// The elements (one for a scalar).
  var elements: [Double] {
    switch self {
    case .trackedArray(let x): x.elements
    case .trackedScalar(let x): [x.data]
    case .array(let t): t.scalars
    case .scalar(let v): [v]
    }
  }
}

/// `op.(a, b)`: a binary primitive broadcast with Julia's rules. The result is tracked when an
/// operand is, a scalar when both operands are scalars; `precision` is the result's (the
/// caller's to decide from the operands' element types).
/// - Throws: ``AutodiffError/dimensionMismatch(_:_:)``.
public func broadcast(
  _ op: BinaryOp, _ a: Broadcastable, _ b: Broadcastable, precision: Precision = .double
) throws
  -> Broadcastable
{
  let shape = try ArrayRules.broadcastShape(a.shape, b.shape)
  let kernel = precision == .single ? SingleRules.broadcast : ArrayRules.broadcast
  guard let tape = a.tape ?? b.tape else {
    let data = kernel(op, a.elements, .init(a.shape), b.elements, .init(b.shape), .init(shape))
    if let shape { return .array(Tensor(shape: shape, scalars: data)) }
    return .scalar(data[0])
  }
  if let other = b.tape { precondition(other === tape, "tracked values from different tapes") }
  guard let shape else {
    if precision == .single { return .trackedScalar(tape.single(op, a, b)) }
    switch (a, b) {
    case (.trackedScalar(let x), .trackedScalar(let y)):
      return .trackedScalar(binaryScalar(op, x, y))
    case (.trackedScalar(let x), .scalar(let y)):
      return .trackedScalar(TrackedReal.binary(op, x, y))
    case (.scalar(let x), .trackedScalar(let y)):
      return .trackedScalar(TrackedReal.binary(op, x, y))
    case (.trackedArray, _), (.array, _), (_, .trackedArray), (_, .array), (.scalar, .scalar):
      preconditionFailure("scalar broadcast with an array operand")
    }
  }
  let (oa, xa) = tape.broadcastOperand(a)
  let (ob, xb) = tape.broadcastOperand(b)
  let data = kernel(op, a.elements, .init(a.shape), b.elements, .init(b.shape), .init(shape))
  return .trackedArray(
    tape.array(
      .binary(op), oa, ob, x: xa, y: xb, shape: shape, data: data, precision: precision))
}

private func binaryScalar(_ op: BinaryOp, _ x: TrackedReal, _ y: TrackedReal) -> TrackedReal {
  TrackedReal.binary(op, x, y)
}

/// `op.(x)`: a one-argument primitive applied to every element, in `x`'s precision.
public func broadcast(_ op: UnaryOp, _ x: TrackedArray) -> TrackedArray {
  let operand = x.tape.resolve(x.operand, x.serial)
  let single = x.precision == .single
  let data = single ? SingleRules.map(op, x.elements) : ArrayRules.map(op, x.elements)
  return x.tape.array(
    .unary(op), operand, .constant, x: 0, y: 0, shape: x.shape, data: data,
    precision: x.precision)
}

extension Tape {
  /// The operand a broadcast node records for `b`, and its scalar value when it is a scalar.
  func broadcastOperand(_ b: Broadcastable) -> (Operand, Double) {
    switch b {
    case .trackedArray(let x): return (resolve(x.operand, x.serial), 0)
    case .trackedScalar(let x): return x.resolved()
    case .array(let t): return (constant(t), 0)
    case .scalar(let v): return (.constant, v)
    }
  }
}
