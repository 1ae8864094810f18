import SourcePositions

/// `div`, `rem`, `mod`, `fld`, `cld` (and `divrem`, `fldmod` from them) with Julia 1.0's rules
/// (base/int.jl, base/div.jl's predecessors in base/int.jl and base/float.jl): truncated,
/// floored and ceiled quotients, `mod` with the divisor's sign, `DivideError` for an integer
/// division by zero and for `typemin ÷ -1`.
extension Interpreter {
  enum Division: String {
    case div, rem, mod, fld, cld
  }

  /// `f(a, b)` for one of the division functions.
  func division(_ kind: Division, _ a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    let ta = a.type
    let tb = b.type
    if NumberPromotion.isInteger(ta), NumberPromotion.isInteger(tb),
      let x = ExactInteger(a), let y = ExactInteger(b),
      let t = NumberPromotion.promote(ta, tb)
    {
      return try integerDivision(kind, x, y, t == .bool ? .bool : t, span)
    }
    guard a.isNumber, b.isNumber, !ta.isComplexType, !tb.isComplexType else {
      throw noMethod(kind.rawValue, [a, b], span)
    }
    switch kind {
    case .div: return try binary(.integerDivide, a, b, span)
    case .rem: return try binary(.remainder, a, b, span)
    case .mod:
      // base/float.jl: `r = rem(x, y)`; zero takes the divisor's sign, else `r + y` when the
      // signs differ.
      let r = try binary(.remainder, a, b, span)
      guard let rv = realDouble(r), let yv = realDouble(b) else { return r }
      if rv == 0 {
        return try binary(
          .multiply, try binary(.multiply, r, r, span), .float(yv.sign == .minus ? -1 : 1), span
        ).sameType(as: r, self, span)
      }
      return (rv > 0) != (yv > 0) ? try binary(.add, r, b, span) : r
    case .fld:
      // base/float.jl: `round((x - mod(x, y)) / y)`.
      let m = try division(.mod, a, b, span)
      let q = try binary(.divide, try binary(.subtract, a, m, span), b, span)
      return try callBuiltin(.round, [q], [], span)
    case .cld:
      // `-fld(-x, y)`: base/float.jl's `round((x - mod(x, -y)) / y)` to the bit.
      return try unary(.negate, try division(.fld, try unary(.negate, a, span), b, span), span)
    }
  }

  private func integerDivision(
    _ kind: Division, _ x: ExactInteger, _ y: ExactInteger, _ type: JuliaType, _ span: SourceSpan
  ) throws -> Value {
    if case .small(let p) = x, case .small(let q) = y, type != .numeric(.bigInt) {
      guard q != 0 else { throw divideError(span) }
      let quotient = p / q
      let remainder = p % q
      let signsDiffer = remainder != 0 && (remainder < 0) != (q < 0)
      let result: Int128
      switch kind {
      case .div: result = quotient
      case .rem: result = remainder
      case .fld: result = quotient - (signsDiffer ? 1 : 0)
      case .cld: result = quotient + (remainder != 0 && !signsDiffer ? 1 : 0)
      case .mod: result = remainder + (signsDiffer ? q : 0)
      }
      if let value = integerValue(.small(result), type), ExactInteger(value)?.small == result {
        return value
      }
      if kind == .div || kind == .fld || kind == .cld { throw divideError(span) }
      throw fail(
        .unsupported,
        "\(kind.rawValue) with operands of mixed signedness is not supported by sitegen's Julia",
        span)
    }
    let p = x.big
    let q = y.big
    guard !q.isZero else { throw divideError(span) }
    let (quotient, remainder) = p.quotientAndRemainder(dividingBy: q)
    let signsDiffer = !remainder.isZero && (remainder.signum < 0) != (q.signum < 0)
    let one = BigInteger(1)
    let result: BigInteger
    switch kind {
    case .div: result = quotient
    case .rem: result = remainder
    case .fld: result = signsDiffer ? quotient - one : quotient
    case .cld: result = !remainder.isZero && !signsDiffer ? quotient + one : quotient
    case .mod: result = signsDiffer ? remainder + q : remainder
    }
    return NumberObject.bigInt(result)
  }
}

extension Value {
  /// A float zero computed in another type brought back to `other`'s type (`mod`'s signed zero).
  fileprivate func sameType(as other: Value, _ session: Interpreter, _ span: SourceSpan) throws
    -> Value
  {
    try session.convertNumber(self, to: other.type, span) ?? self
  }
}
