infix operator .+ : AdditionPrecedence
infix operator .- : AdditionPrecedence
infix operator .* : MultiplicationPrecedence
infix operator ./ : MultiplicationPrecedence

/// Julia's dotted operators on tracked arrays; each is ``broadcast(_:_:_:)-(BinaryOp,_,_)``.
extension TrackedArray {
  static func dotted(_ op: BinaryOp, _ a: Broadcastable, _ b: Broadcastable) throws
    -> TrackedArray
  {
    switch try broadcast(op, a, b) {
    case .trackedArray(let result): return result
    case .trackedScalar, .array, .scalar: preconditionFailure("array broadcast gave a scalar")
    }
  }

  /// `a .+ b`.
  public static func .+ (a: TrackedArray, b: TrackedArray) throws -> TrackedArray {
    try dotted(.add, .trackedArray(a), .trackedArray(b))
  }
  /// `a .- b`.
  public static func .- (a: TrackedArray, b: TrackedArray) throws -> TrackedArray {
    try dotted(.subtract, .trackedArray(a), .trackedArray(b))
  }
  /// `a .* b`.
  public static func .* (a: TrackedArray, b: TrackedArray) throws -> TrackedArray {
    try dotted(.multiply, .trackedArray(a), .trackedArray(b))
  }
  /// `a ./ b`.
  public static func ./ (a: TrackedArray, b: TrackedArray) throws -> TrackedArray {
    try dotted(.divide, .trackedArray(a), .trackedArray(b))
  }
  /// `a .+ b` with a plain array.
  public static func .+ (a: TrackedArray, b: Tensor) throws -> TrackedArray {
    try dotted(.add, .trackedArray(a), .array(b))
  }
  /// `a .- b` with a plain array.
  public static func .- (a: TrackedArray, b: Tensor) throws -> TrackedArray {
    try dotted(.subtract, .trackedArray(a), .array(b))
  }
  /// `a .- b` with a plain array.
  public static func .- (a: Tensor, b: TrackedArray) throws -> TrackedArray {
    try dotted(.subtract, .array(a), .trackedArray(b))
  }
  /// `a .* b` with a plain array.
  public static func .* (a: TrackedArray, b: Tensor) throws -> TrackedArray {
    try dotted(.multiply, .trackedArray(a), .array(b))
  }
  /// `a .+ s`.
  public static func .+ (a: TrackedArray, s: Double) -> TrackedArray {
    scalarCase(.add, .trackedArray(a), .scalar(s))
  }
  /// `a .- s`.
  public static func .- (a: TrackedArray, s: Double) -> TrackedArray {
    scalarCase(.subtract, .trackedArray(a), .scalar(s))
  }
  /// `s .- a`.
  public static func .- (s: Double, a: TrackedArray) -> TrackedArray {
    scalarCase(.subtract, .scalar(s), .trackedArray(a))
  }
  /// `a .* s`.
  public static func .* (a: TrackedArray, s: Double) -> TrackedArray {
    scalarCase(.multiply, .trackedArray(a), .scalar(s))
  }
  /// `s .* a`.
  public static func .* (s: Double, a: TrackedArray) -> TrackedArray {
    scalarCase(.multiply, .scalar(s), .trackedArray(a))
  }
  /// `a ./ s`.
  public static func ./ (a: TrackedArray, s: Double) -> TrackedArray {
    scalarCase(.divide, .trackedArray(a), .scalar(s))
  }
  /// `a .+ s` with a tracked scalar.
  public static func .+ (a: TrackedArray, s: TrackedReal) -> TrackedArray {
    scalarCase(.add, .trackedArray(a), .trackedScalar(s))
  }
  /// `a .- s` with a tracked scalar.
  public static func .- (a: TrackedArray, s: TrackedReal) -> TrackedArray {
    scalarCase(.subtract, .trackedArray(a), .trackedScalar(s))
  }
  /// `s .* a` with a tracked scalar.
  public static func .* (s: TrackedReal, a: TrackedArray) -> TrackedArray {
    scalarCase(.multiply, .trackedScalar(s), .trackedArray(a))
  }
  /// `a .* s` with a tracked scalar.
  public static func .* (a: TrackedArray, s: TrackedReal) -> TrackedArray {
    scalarCase(.multiply, .trackedArray(a), .trackedScalar(s))
  }
  /// `a ./ s` with a tracked scalar.
  public static func ./ (a: TrackedArray, s: TrackedReal) -> TrackedArray {
    scalarCase(.divide, .trackedArray(a), .trackedScalar(s))
  }
  /// `s .+ a` with a tracked scalar.
  public static func .+ (s: TrackedReal, a: TrackedArray) -> TrackedArray {
    scalarCase(.add, .trackedScalar(s), .trackedArray(a))
  }
  /// `s .- a` with a tracked scalar.
  public static func .- (s: TrackedReal, a: TrackedArray) -> TrackedArray {
    scalarCase(.subtract, .trackedScalar(s), .trackedArray(a))
  }
  /// `s .+ a`.
  public static func .+ (s: Double, a: TrackedArray) -> TrackedArray {
    scalarCase(.add, .scalar(s), .trackedArray(a))
  }
  /// `s ./ a`.
  public static func ./ (s: Double, a: TrackedArray) -> TrackedArray {
    scalarCase(.divide, .scalar(s), .trackedArray(a))
  }
  /// `-a` (Tracker's own `-(xs)`: pullback `-Δ`).
  public static prefix func - (a: TrackedArray) -> TrackedArray {
    broadcast(.negate, a)
  }

  /// An array–scalar broadcast, which cannot mismatch.
  static func scalarCase(_ op: BinaryOp, _ a: Broadcastable, _ b: Broadcastable) -> TrackedArray {
    do {
      return try dotted(op, a, b)
    } catch {
      preconditionFailure("a scalar broadcasts with every array")
    }
  }
}

/// `x .^ p`; `pow(x, 2)` is `x .* x` element by element, as Julia's `literal_pow`.
public func pow(_ x: TrackedArray, _ p: Double) -> TrackedArray {
  TrackedArray.scalarCase(.power, .trackedArray(x), .scalar(p))
}

/// `sum(x)`: all elements in Julia's order; pullback `zero(x) .+ Δ`.
public func sum(_ x: TrackedArray) -> TrackedReal {
  let operand = x.tape.resolve(x.operand, x.serial)
  let single = x.precision == .single
  let value = single ? SingleRules.sum(x.elements) : ArrayRules.sum(x.elements)
  return x.tape.scalar(.sum, operand, .constant, x: 0, y: 0, value: value)
    .with(precision: x.precision)
}

/// `mean(x) = sum(x) / length(x)`; pullback `zero(x) .+ Δ ./ length(x)`.
public func mean(_ x: TrackedArray) -> TrackedReal {
  let operand = x.tape.resolve(x.operand, x.serial)
  let single = x.precision == .single
  let value = single ? SingleRules.mean(x.elements) : ArrayRules.mean(x.elements)
  return x.tape.scalar(.mean, operand, .constant, x: 0, y: 0, value: value)
    .with(precision: x.precision)
}

/// `transpose(x)`: a vector becomes a 1 × n matrix.
public func transpose(_ x: TrackedArray) -> TrackedArray {
  let operand = x.tape.resolve(x.operand, x.serial)
  let data = ArrayRules.transpose(x.elements, .init(x.shape))
  return x.tape.array(
    .transpose, operand, .constant, x: 0, y: 0, shape: ArrayRules.transposedShape(x.shape),
    data: data, precision: x.precision)
}

/// The matrix product `a * b` of a matrix and a matrix or vector, any of them tracked, in
/// `precision` (the caller's to decide from the operands' element types).
/// - Throws: ``AutodiffError/dimensionMismatch(_:_:)``.
public func matmul(_ a: Broadcastable, _ b: Broadcastable, precision: Precision = .double) throws
  -> TrackedArray
{
  guard let tape = a.tape ?? b.tape, let sa = a.shape, let sb = b.shape,
    case .matrix = sa, sa.columns == sb.rows
  else {
    throw AutodiffError.dimensionMismatch(a.shape ?? .vector(1), b.shape ?? .vector(1))
  }
  if let other = b.tape { precondition(other === tape, "tracked values from different tapes") }
  let shape: Shape
  switch sb {
  case .vector: shape = .vector(sa.rows)
  case .matrix(_, let columns): shape = .matrix(rows: sa.rows, columns: columns)
  }
  let (oa, _) = tape.broadcastOperand(a)
  let (ob, _) = tape.broadcastOperand(b)
  let kernel = precision == .single ? SingleRules.matmul : ArrayRules.matmul
  let data = kernel(a.elements, .init(sa), b.elements, .init(sb))
  return tape.array(.matmul, oa, ob, x: 0, y: 0, shape: shape, data: data, precision: precision)
}

/// `a * b` for tracked matrices.
public func * (a: TrackedArray, b: TrackedArray) throws -> TrackedArray {
  try matmul(.trackedArray(a), .trackedArray(b))
}

/// `W * x` with a tracked matrix and a plain vector or matrix.
public func * (a: TrackedArray, b: Tensor) throws -> TrackedArray {
  try matmul(.trackedArray(a), .array(b))
}
