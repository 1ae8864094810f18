/// Scalar primitives on tracked values. Each records one node whose pullback is the
/// DiffRules rule of ``UnaryOp`` / ``BinaryOp``; derived functions compose primitives.
/// The arithmetic operators are always inlined, so that a chain of them records without calls.
extension TrackedReal {
  /// The operand and current value of `self` on `tape`.
  @inlinable @inline(__always) func resolved() -> (Operand, Double) {
    withTape { tape in
      let operand = tape.resolve(self.operand, serial)
      if case .leaf(let k) = operand.kind { return (operand, tape.leaves.values(k)[0]) }
      return (operand, value)
    }
  }

  /// ``resolved()`` for an operand of a scalar node about to be recorded, which counts the
  /// edge (see ``Tape/operandOfNewNode(_:_:)``).
  @inlinable @inline(__always) func operandOfNewNode() -> (Operand, Double) {
    withTape { tape in
      let operand = tape.operandOfNewNode(self.operand, serial)
      if case .leaf(let k) = operand.kind { return (operand, tape.leaves.values(k)[0]) }
      return (operand, value)
    }
  }

  @inlinable @inline(__always) static func unary(_ op: UnaryOp, _ a: TrackedReal) -> TrackedReal {
    let (oa, x) = a.operandOfNewNode()
    return a.withTape { $0.recordScalar(.unary(op), oa, .constant, x: x, y: 0, value: op.apply(x)) }
  }

  @inlinable @inline(__always) static func binary(
    _ op: BinaryOp, _ a: TrackedReal, _ b: TrackedReal
  )
    -> TrackedReal
  {
    precondition(
      a.tapeReference.toOpaque() == b.tapeReference.toOpaque(),
      "tracked values from different tapes")
    let (oa, x) = a.operandOfNewNode()
    let (ob, y) = b.operandOfNewNode()
    let code = SweepCode.tracked(op)
    return a.withTape {
      $0.recordScalar(.binary(op), oa, ob, x: x, y: y, value: op.apply(x, y), code: code)
    }
  }

  @inlinable @inline(__always) static func binary(_ op: BinaryOp, _ a: TrackedReal, _ y: Double)
    -> TrackedReal
  {
    let (oa, x) = a.operandOfNewNode()
    let code = SweepCode.withConstant(op, constantFirst: false)
    return a.withTape {
      $0.recordScalar(.binary(op), oa, .constant, x: x, y: y, value: op.apply(x, y), code: code)
    }
  }

  @inlinable @inline(__always) static func binary(_ op: BinaryOp, _ x: Double, _ b: TrackedReal)
    -> TrackedReal
  {
    let (ob, y) = b.operandOfNewNode()
    let code = SweepCode.withConstant(op, constantFirst: true)
    return b.withTape {
      $0.recordScalar(.binary(op), .constant, ob, x: x, y: y, value: op.apply(x, y), code: code)
    }
  }

  @inlinable @inline(__always)
  public static func + (a: TrackedReal, b: TrackedReal) -> TrackedReal {
    binary(.add, a, b)
  }
  @inlinable @inline(__always)
  public static func + (a: TrackedReal, b: Double) -> TrackedReal {
    binary(.add, a, b)
  }
  @inlinable @inline(__always)
  public static func + (a: Double, b: TrackedReal) -> TrackedReal {
    binary(.add, a, b)
  }
  @inlinable @inline(__always)
  public static func - (a: TrackedReal, b: TrackedReal) -> TrackedReal {
    binary(.subtract, a, b)
  }
  @inlinable @inline(__always)
  public static func - (a: TrackedReal, b: Double) -> TrackedReal {
    binary(.subtract, a, b)
  }
  @inlinable @inline(__always)
  public static func - (a: Double, b: TrackedReal) -> TrackedReal {
    binary(.subtract, a, b)
  }
  @inlinable @inline(__always)
  public static func * (a: TrackedReal, b: TrackedReal) -> TrackedReal {
    binary(.multiply, a, b)
  }
  @inlinable @inline(__always)
  public static func * (a: TrackedReal, b: Double) -> TrackedReal {
    binary(.multiply, a, b)
  }
  @inlinable @inline(__always)
  public static func * (a: Double, b: TrackedReal) -> TrackedReal {
    binary(.multiply, a, b)
  }
  @inlinable @inline(__always)
  public static func / (a: TrackedReal, b: TrackedReal) -> TrackedReal {
    binary(.divide, a, b)
  }
  @inlinable @inline(__always)
  public static func / (a: TrackedReal, b: Double) -> TrackedReal {
    binary(.divide, a, b)
  }
  @inlinable @inline(__always)
  public static func / (a: Double, b: TrackedReal) -> TrackedReal {
    binary(.divide, a, b)
  }
  @inlinable public static prefix func - (a: TrackedReal) -> TrackedReal {
    unary(.negate, a)
  }
}

/// `x ^ n` for an integer exponent (Tracker's `^(::TrackedReal, ::Integer)`); `pow(x, 2)` is
/// `x * x`, the derivative `n * x^(n - 1)`.
@inlinable public func pow(_ x: TrackedReal, _ n: Int) -> TrackedReal {
  TrackedReal.binary(.power, x, Double(n))
}
/// `x ^ y` for a real exponent.
@inlinable public func pow(_ x: TrackedReal, _ y: Double) -> TrackedReal {
  TrackedReal.binary(.power, x, y)
}
/// `x ^ y` with both tracked.
@inlinable public func pow(_ x: TrackedReal, _ y: TrackedReal) -> TrackedReal {
  TrackedReal.binary(.power, x, y)
}
/// `x ^ y` with a tracked exponent.
@inlinable public func pow(_ x: Double, _ y: TrackedReal) -> TrackedReal {
  TrackedReal.binary(.power, x, y)
}
/// `sqrt(x)`, derivative `inv(2 * sqrt(x))`.
@inlinable public func sqrt(_ x: TrackedReal) -> TrackedReal { TrackedReal.unary(.sqrt, x) }
/// `abs(x)`, derivative `signbit(x) ? -1 : 1`.
@inlinable public func abs(_ x: TrackedReal) -> TrackedReal { TrackedReal.unary(.abs, x) }
/// `exp(x)`.
@inlinable public func exp(_ x: TrackedReal) -> TrackedReal { TrackedReal.unary(.exp, x) }
/// `log(x)`, derivative `inv(x)`.
@inlinable public func log(_ x: TrackedReal) -> TrackedReal { TrackedReal.unary(.log, x) }
/// `sin(x)`.
@inlinable public func sin(_ x: TrackedReal) -> TrackedReal { TrackedReal.unary(.sin, x) }
/// `cos(x)`.
@inlinable public func cos(_ x: TrackedReal) -> TrackedReal { TrackedReal.unary(.cos, x) }
/// `tanh(x)`, derivative `sech(x)^2`.
@inlinable public func tanh(_ x: TrackedReal) -> TrackedReal { TrackedReal.unary(.tanh, x) }
/// NNlib's `σ(x) = one(x) / (one(x) + exp(-x))`, composed of primitives as on Tracker's scalars.
@inlinable public func sigmoid(_ x: TrackedReal) -> TrackedReal { 1 / (1 + exp(-x)) }
/// NNlib's `relu(x) = max(zero(x), x)`.
@inlinable public func relu(_ x: TrackedReal) -> TrackedReal { max(0, x) }
/// Julia's `max`; the derivative goes to `a` when `a > b`, else to `b`.
@inlinable public func max(_ a: TrackedReal, _ b: TrackedReal) -> TrackedReal {
  TrackedReal.binary(.max, a, b)
}
/// Julia's `max` with a constant.
@inlinable public func max(_ a: Double, _ b: TrackedReal) -> TrackedReal {
  TrackedReal.binary(.max, a, b)
}
/// Julia's `max` with a constant.
@inlinable public func max(_ a: TrackedReal, _ b: Double) -> TrackedReal {
  TrackedReal.binary(.max, a, b)
}
/// Julia's `min`; the derivative goes to `b` when `a > b`, else to `a`.
@inlinable public func min(_ a: TrackedReal, _ b: TrackedReal) -> TrackedReal {
  TrackedReal.binary(.min, a, b)
}
/// Julia's `min` with a constant.
@inlinable public func min(_ a: Double, _ b: TrackedReal) -> TrackedReal {
  TrackedReal.binary(.min, a, b)
}
/// Julia's `min` with a constant.
@inlinable public func min(_ a: TrackedReal, _ b: Double) -> TrackedReal {
  TrackedReal.binary(.min, a, b)
}

extension Array where Element == TrackedReal {
  /// Julia's `sum` of a `Vector` of tracked scalars: a left fold of `+` below 16 terms,
  /// otherwise pairwise halves down to blocks of 1024 (Base's `mapreduce_impl`).
  /// The array must not be empty.
  public func sum() -> TrackedReal {
    precondition(!isEmpty, "sum of an empty array of tracked values")
    if count == 1 { return self[0] }
    if count < 16 { return foldRange(0, count - 1) }
    return pairwise(0, count - 1)
  }

  private func foldRange(_ first: Int, _ last: Int) -> TrackedReal {
    var s = self[first] + self[first + 1]
    var i = first + 2
    while i <= last {
      s = s + self[i]
      i += 1
    }
    return s
  }

  private func pairwise(_ first: Int, _ last: Int) -> TrackedReal {
    if first + 1024 > last { return foldRange(first, last) }
    let middle = (first + last) >> 1
    return pairwise(first, middle) + pairwise(middle + 1, last)
  }
}
