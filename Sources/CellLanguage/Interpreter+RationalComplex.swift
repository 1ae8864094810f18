import Foundation
import SourcePositions

/// `Rational` (base/rational.jl) and `Complex` (base/complex.jl) arithmetic.
extension Interpreter {
  // MARK: Rational

  /// `n // d`: a rational in lowest terms with a non-negative denominator (`Rational{T}`'s
  /// constructor); a rational or complex operand divides as Julia's `//` methods do.
  func rationalDivide(_ a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    if a.type.isComplexType, !b.type.isComplexType,
      case .complex(let re, let im)? = a.numberObject?.payload
    {
      return try makeComplex(
        try rationalDivide(re, b, span), try rationalDivide(im, b, span), span)
    }
    guard let (n1, d1) = rationalParts(a), let (n2, d2) = rationalParts(b),
      let t = NumberPromotion.promote(integerType(of: a), integerType(of: b))
    else {
      throw fail(
        .method, "MethodError: no method matching //(::\(a.type.name), ::\(b.type.name))", span)
    }
    // (n1/d1) / (n2/d2) = (n1 d2) / (d1 n2)
    return try makeRational(n1 * d2, d1 * n2, t, span)
  }

  /// The integer type of an integer or of a rational's parts.
  private func integerType(of value: Value) -> JuliaType {
    if case .rational(let n, _)? = value.numberObject?.payload { return n.type }
    return value.type
  }

  /// An integer or rational as a numerator and denominator.
  private func rationalParts(_ value: Value) -> (BigInteger, BigInteger)? {
    if let n = ExactInteger(value) { return (n.big, BigInteger(1)) }
    if case .rational(let n, let d)? = value.numberObject?.payload,
      let p = ExactInteger(n), let q = ExactInteger(d)
    {
      return (p.big, q.big)
    }
    return nil
  }

  /// The rational `n/d` of integer type `t` in lowest terms (`divgcd`), the sign on the
  /// numerator; `0//0` is Julia's `ArgumentError`, a result out of `t`'s range is refused.
  func makeRational(_ n: BigInteger, _ d: BigInteger, _ t: JuliaType, _ span: SourceSpan) throws
    -> Value
  {
    if n.isZero && d.isZero {
      throw fail(
        .argument, "ArgumentError: invalid rational: zero(\(t.name))//zero(\(t.name))", span)
    }
    let g = Self.gcd(n, d)
    var num = n.quotientAndRemainder(dividingBy: g).0
    var den = d.quotientAndRemainder(dividingBy: g).0
    if den.signum < 0 {
      num = -num
      den = -den
    }
    guard let p = fittingValue(num, t), let q = fittingValue(den, t) else {
      throw fail(
        .unsupported,
        "a Rational{\(t.name)} whose numerator or denominator overflows is not supported by sitegen's Julia",
        span)
    }
    return .object(NumberObject(.rational(p, q)))
  }

  /// The integer as a value of integer type `t`, when it fits.
  func fittingValue(_ n: BigInteger, _ t: JuliaType) -> Value? {
    if t == .numeric(.bigInt) { return NumberObject.bigInt(n) }
    guard let m = Int128(n.description) else { return nil }
    guard let value = integerValue(.small(m), t), ExactInteger(value)?.small == m else {
      return nil
    }
    return value
  }

  /// Euclid's greatest common divisor (non-negative); `gcd(0, 0) == 0`.
  static func gcd(_ a: BigInteger, _ b: BigInteger) -> BigInteger {
    var x = a.magnitudeValue
    var y = b.magnitudeValue
    while !y.isZero { (x, y) = (y, x.quotientAndRemainder(dividingBy: y).1) }
    return x.isZero ? BigInteger(1) : x
  }

  /// Arithmetic on two rationals of one type.
  func rationalBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    guard let (n1, d1) = rationalParts(a), let (n2, d2) = rationalParts(b) else { return nil }
    let t = integerType(of: a)
    switch op {
    case .add: return try makeRational(n1 * d2 + n2 * d1, d1 * d2, t, span)
    case .subtract: return try makeRational(n1 * d2 - n2 * d1, d1 * d2, t, span)
    case .multiply: return try makeRational(n1 * n2, d1 * d2, t, span)
    case .divide: return try makeRational(n1 * d2, d1 * n2, t, span)
    case .equal, .approximately: return .bool(n1 == n2 && d1 == d2)
    case .notEqual: return .bool(!(n1 == n2 && d1 == d2))
    case .less: return .bool(n1 * d2 < n2 * d1)
    case .lessOrEqual: return .bool(!(n2 * d1 < n1 * d2))
    case .greater: return .bool(n2 * d1 < n1 * d2)
    case .greaterOrEqual: return .bool(!(n1 * d2 < n2 * d1))
    default:
      throw fail(
        .unsupported, "\(op.functionName) on Rational is not supported by sitegen's Julia", span)
    }
  }

  // MARK: Complex

  /// `Complex(re, im)`: both parts promoted to one real type.
  func makeComplex(_ re: Value, _ im: Value, _ span: SourceSpan) throws -> Value {
    guard let t = NumberPromotion.promote(re.type, im.type), !t.isComplexType,
      let r = try convertNumber(re, to: t, span), let i = try convertNumber(im, to: t, span)
    else {
      throw fail(
        .method,
        "MethodError: no method matching Complex(::\(re.type.name), ::\(im.type.name))", span)
    }
    return .object(NumberObject(.complex(r, i)))
  }

  /// A number's real and imaginary parts (a real's imaginary part is `nil`).
  func complexParts(_ value: Value) -> (Value, Value?) {
    if case .complex(let re, let im)? = value.numberObject?.payload { return (re, im) }
    return (value, nil)
  }

  /// `x * y` of two reals, with Julia's `Bool * float` rule (`false * Inf == 0.0`, base/bool.jl).
  private func realProduct(_ x: Value, _ y: Value, _ span: SourceSpan) throws -> Value {
    if case .bool(let b) = x, NumberPromotion.isFloat(y.type) {
      return b ? y : try (zeroOf(y.type) ?? .float(0)).copySign(of: y, self)
    }
    if case .bool = y, NumberPromotion.isFloat(x.type) { return try realProduct(y, x, span) }
    return try binary(.multiply, x, y, span)
  }

  /// Arithmetic with a complex number on either side, as base/complex.jl's methods for
  /// complex–complex and complex–real operands.
  func complexBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    let (ar, ai) = complexParts(a)
    let (br, bi) = complexParts(b)
    switch op {
    case .add, .subtract:
      let re = try binary(op, ar, br, span)
      let im: Value
      switch (ai, bi) {
      case (let x?, let y?): im = try binary(op, x, y, span)
      case (let x?, nil): im = x
      case (nil, let y?): im = op == .add ? y : try unary(.negate, y, span)
      case (nil, nil): return nil
      }
      return try makeComplex(re, im, span)
    case .multiply:
      switch (ai, bi) {
      case (let x?, let y?):
        return try makeComplex(
          try binary(
            .subtract, try realProduct(ar, br, span), try realProduct(x, y, span), span),
          try binary(.add, try realProduct(ar, y, span), try realProduct(x, br, span), span),
          span)
      case (let x?, nil):
        return try makeComplex(try realProduct(ar, br, span), try realProduct(x, br, span), span)
      case (nil, let y?):
        return try makeComplex(try realProduct(ar, br, span), try realProduct(ar, y, span), span)
      case (nil, nil): return nil
      }
    case .divide where bi == nil:
      guard let x = ai else { return nil }
      return try makeComplex(
        try binary(.divide, ar, br, span), try binary(.divide, x, br, span), span)
    case .equal, .notEqual:
      let zero = Value.int(0)
      let same =
        try valuesEqual(ar, br, span) && valuesEqual(ai ?? zero, bi ?? zero, span)
      return .bool(op == .equal ? same : !same)
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      throw fail(
        .method,
        "MethodError: no method matching isless(::\(a.type.name), ::\(b.type.name))", span)
    default:
      throw fail(
        .unsupported,
        "\(op.functionName)(::\(a.type.name), ::\(b.type.name)) is not supported by sitegen's Julia",
        span)
    }
  }
}

extension Value {
  /// This float with the sign of `other` (Julia's `copysign`), for a float zero.
  fileprivate func copySign(of other: Value, _ session: Interpreter) throws -> Value {
    switch (self, other) {
    case (.float(let x), .float(let y)): return .float(Double(signOf: y, magnitudeOf: x))
    default:
      if case .float32(let x)? = numberObject?.payload,
        case .float32(let y)? = other.numberObject?.payload
      {
        return NumberObject.float32(Float(signOf: y, magnitudeOf: x))
      }
      return self
    }
  }
}
