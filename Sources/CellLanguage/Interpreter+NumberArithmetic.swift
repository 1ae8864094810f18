import Foundation
import SourcePositions

/// Arithmetic on the wider number types (`NumberObject`s): operands are promoted to a common
/// type (`NumberPromotion`) and the operation is done in it, as Julia's `promote` does; the
/// exceptions are Julia's too: `x^n` and shifts keep the left operand's type, comparisons of
/// integers are exact.
extension Interpreter {
  /// `a op b` when either operand is a wider number (or `a // b` of any integers); `nil` leaves
  /// the operation to the general path.
  func numberBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    guard a.numberObject != nil || b.numberObject != nil || op == .rational else { return nil }
    let ta = a.type
    let tb = b.type
    guard NumberPromotion.isNumber(ta), NumberPromotion.isNumber(tb) else { return nil }
    switch op {
    case .identical, .notIdentical:
      let same = ta == tb && identical(a, b)
      return .bool(op == .identical ? same : !same)
    case .rational:
      return try rationalDivide(a, b, span)
    case .approximately:
      // `≈` is `isapprox` with its default tolerances (those of the less precise type).
      return try isApproximately(LibraryCall(session: self, args: [a, b], kwargs: [], span: span))
    case .power where NumberPromotion.isInteger(tb):
      return try integerPower(of: a, b, span)
    case .shiftLeft, .shiftRight, .shiftRightLogical:
      return try shift(op, a, b, span)
    case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
      if let x = ExactInteger(a), let y = ExactInteger(b) {
        return .bool(compare(op, x, y))
      }
    default:
      break
    }
    if ta.isComplexType || tb.isComplexType { return try complexBinary(op, a, b, span) }
    guard let common = NumberPromotion.promote(ta, tb) else {
      throw fail(
        .unsupported,
        "\(op.functionName)(::\(ta.name), ::\(tb.name)) is not supported by sitegen's Julia", span)
    }
    let modular: Set<BinaryOperator> = [.add, .subtract, .multiply, .bitAnd, .bitOr, .bitXor]
    if ta != tb, modular.contains(op), let x = Self.wrapped(a, to: common),
      let y = Self.wrapped(b, to: common)
    {
      // base/int.jl: these operations on mixed integers convert with `x % T` (modulo), so
      // `Int8(-1) + 0x01 == 0x00` and `-1 + UInt(1) == 0x0000000000000000`.
      return try binary(op, x, y, span)
    }
    guard let x = try convertNumber(a, to: common, span),
      let y = try convertNumber(b, to: common, span)
    else { return nil }
    switch common {
    case .int64, .float64, .bool:
      return try binary(op, x, y, span)
    case .numeric(.integer(let kind)):
      return try fixedBinary(op, kind, x, y, span)
    case .numeric(.float32):
      guard let p = realFloat(x), let q = realFloat(y) else { return nil }
      return try float32Binary(op, p, q, span)
    case .numeric(.bigInt):
      return try bigBinary(op, x, y, span)
    case .numeric(.rational):
      return try rationalBinary(op, x, y, span)
    case .numeric(.complex):
      return try complexBinary(op, x, y, span)
    default:
      return nil
    }
  }

  private func compare(_ op: BinaryOperator, _ x: ExactInteger, _ y: ExactInteger) -> Bool {
    let order: Int
    if let p = x.small, let q = y.small {
      order = p < q ? -1 : (p == q ? 0 : 1)
    } else {
      let p = x.big
      let q = y.big
      order = p < q ? -1 : (p == q ? 0 : 1)
    }
    switch op {
    case .equal: return order == 0
    case .notEqual: return order != 0
    case .less: return order < 0
    case .lessOrEqual: return order <= 0
    case .greater: return order > 0
    default: return order >= 0
    }
  }

  func divideError(_ span: SourceSpan) -> LanguageError {
    fail(.divide, "DivideError: integer division error", span)
  }

  /// Arithmetic on two integers of one fixed-width kind: wrap-around (base/int.jl).
  private func fixedBinary(
    _ op: BinaryOperator, _ kind: IntegerKind, _ a: Value, _ b: Value, _ span: SourceSpan
  ) throws -> Value? {
    guard case .object(let p) = a, case .integer(_, let x) = (p as? NumberObject)?.payload,
      case .object(let q) = b, case .integer(_, let y) = (q as? NumberObject)?.payload
    else { return nil }
    let sx = kind.isSigned ? Int128(kind.signedValue(x)) : Int128(x)
    let sy = kind.isSigned ? Int128(kind.signedValue(y)) : Int128(y)
    func make(_ bits: UInt64) -> Value { NumberObject.integer(kind, bits) }
    switch op {
    case .add: return make(x &+ y)
    case .subtract: return make(x &- y)
    case .multiply: return make(x &* y)
    case .divide: return .float(Double(sx) / Double(sy))
    case .leftDivide: return .float(Double(sy) / Double(sx))
    case .remainder:
      guard sy != 0 else { throw divideError(span) }
      return make(UInt64(truncatingIfNeeded: sx % sy))
    case .integerDivide:
      guard sy != 0 else { throw divideError(span) }
      let q = sx / sy
      guard let r = integerValue(.small(q), .numeric(.integer(kind))),
        ExactInteger(r)?.small == q
      else { throw divideError(span) }
      return r
    case .equal, .identical, .approximately: return .bool(x == y)
    case .notEqual, .notIdentical: return .bool(x != y)
    case .less: return .bool(sx < sy)
    case .lessOrEqual: return .bool(sx <= sy)
    case .greater: return .bool(sx > sy)
    case .greaterOrEqual: return .bool(sx >= sy)
    case .bitAnd: return make(x & y)
    case .bitOr: return make(x | y)
    case .bitXor: return make(x ^ y)
    default: return nil
    }
  }

  /// Arithmetic on two `Float32`s, in single precision.
  private func float32Binary(_ op: BinaryOperator, _ x: Float, _ y: Float, _ span: SourceSpan)
    throws -> Value?
  {
    func make(_ z: Float) -> Value { NumberObject.float32(z) }
    switch op {
    case .add: return make(x + y)
    case .subtract: return make(x - y)
    case .multiply: return make(x * y)
    case .divide: return make(x / y)
    case .leftDivide: return make(y / x)
    case .power:
      let z = powf(x, y)
      if z.isNaN, !x.isNaN, !y.isNaN {
        throw complexPowerError(FloatFormatter.shortest32(x, typed: true), span)
      }
      return make(z)
    case .remainder: return make(fmodf(x, y))
    case .integerDivide: return make(((x - fmodf(x, y)) / y).rounded(.towardZero))
    case .equal: return .bool(x == y)
    case .notEqual: return .bool(x != y)
    case .less: return .bool(x < y)
    case .lessOrEqual: return .bool(x <= y)
    case .greater: return .bool(x > y)
    case .greaterOrEqual: return .bool(x >= y)
    case .approximately:
      // base/floatfuncs.jl: rtol = sqrt(eps(Float32)).
      let rtol = Float(1.1920929e-7).squareRoot()
      return .bool(x == y || (x.isFinite && y.isFinite && abs(x - y) <= rtol * max(abs(x), abs(y))))
    default: return nil
    }
  }

  /// Arithmetic on two `BigInt`s.
  private func bigBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    guard let x = ExactInteger(a)?.big, let y = ExactInteger(b)?.big else { return nil }
    func make(_ z: BigInteger) -> Value { NumberObject.bigInt(z) }
    switch op {
    case .add: return make(x + y)
    case .subtract: return make(x - y)
    case .multiply: return make(x * y)
    case .divide: return .float(x.doubleValue / y.doubleValue)
    case .remainder:
      guard !y.isZero else { throw divideError(span) }
      return make(x.quotientAndRemainder(dividingBy: y).1)
    case .integerDivide:
      guard !y.isZero else { throw divideError(span) }
      return make(x.quotientAndRemainder(dividingBy: y).0)
    case .approximately: return .bool(x == y)
    default:
      throw fail(
        .unsupported, "\(op.functionName) on BigInt is not supported by sitegen's Julia", span)
    }
  }

  /// `x^n` for an integer `n`: `power_by_squaring` in `x`'s type for integers, rationals and
  /// complex integers (base/intfuncs.jl), `x^Float32(n)` for a `Float32` (base/math.jl).
  private func integerPower(of a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    guard let n = ExactInteger(b)?.small, let exponent = Int(exactly: n) else {
      throw fail(.unsupported, "so large an exponent is not supported by sitegen's Julia", span)
    }
    switch a.numberObject?.payload {
    case .float32(let x)?:
      return try float32Binary(.power, x, Float(exponent), span) ?? a
    case .complex(_, let im)? where !NumberPromotion.isInteger(im.type) && exponent != 2:
      throw fail(
        .unsupported, "a complex float to an integer power is not supported by sitegen's Julia",
        span)
    case .rational? where exponent < 0:
      return try integerPower(of: try binary(.rational, .int(1), a, span), .int(-exponent), span)
    default:
      break
    }
    if a.numberObject == nil {
      // An Int64, Float64 or Bool base with a wider integer exponent.
      return try binary(.power, a, .int(exponent), span)
    }
    if exponent < 0 {
      // power_by_squaring's cases for ±1, else its DomainError.
      if let x = ExactInteger(a)?.small, x == 1 || x == -1 {
        return x == 1 || exponent % 2 == 0 ? (oneOf(a.type) ?? a) : a
      }
      throw fail(
        .domain,
        "DomainError with \(exponent):\nCannot raise an integer x to a negative power \(exponent).\nMake x a float by adding a zero decimal (e.g., 2.0^\(exponent) instead of 2^\(exponent)), or write 1/x^\(-exponent), float(x)^\(exponent), or (x//1)^\(exponent)",
        span)
    }
    guard let one = oneOf(a.type) else { return a }
    if exponent == 0 { return one }
    // Binary powering from the highest bit (base/intfuncs.jl's power_by_squaring gives the
    // same value: integer arithmetic wraps, rational arithmetic is exact or overflows).
    var result = a
    var bit = 1
    while bit <= exponent >> 1 { bit <<= 1 }
    bit >>= 1
    while bit > 0 {
      result = try binary(.multiply, result, result, span)
      if exponent & bit != 0 { result = try binary(.multiply, result, a, span) }
      bit >>= 1
    }
    return result
  }

  /// `x << n`, `x >> n`, `x >>> n`: the result has `x`'s type (base/int.jl).
  private func shift(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    guard let n = ExactInteger(b)?.small else { return nil }
    guard case .integer(let kind, let bits)? = a.numberObject?.payload else {
      if case .int(let x) = a { return try binary(op, .int(x), .int(Int(clamping: n)), span) }
      return nil
    }
    let count = Int(clamping: n)
    let width = kind.bits
    let left = op == .shiftLeft ? count >= 0 : count < 0
    let amount = abs(count)
    var result: UInt64
    if left {
      result = amount >= width ? 0 : bits << UInt64(amount)
    } else if op == .shiftRight && kind.isSigned {
      let value = kind.signedValue(bits)
      result = UInt64(bitPattern: Int64(amount >= width ? (value < 0 ? -1 : 0) : value >> amount))
    } else {
      result = amount >= width ? 0 : bits >> UInt64(amount)
    }
    return NumberObject.integer(kind, result)
  }

  /// `-x` and `~x` of a wider number.
  func numberUnary(_ op: UnaryOperator, _ object: NumberObject, _ span: SourceSpan) throws -> Value
  {
    switch (op, object.payload) {
    case (.negate, .integer(let kind, let bits)): return NumberObject.integer(kind, 0 &- bits)
    case (.bitNot, .integer(let kind, let bits)): return NumberObject.integer(kind, ~bits)
    case (.negate, .float32(let x)): return NumberObject.float32(-x)
    case (.negate, .bigInt(let x)): return NumberObject.bigInt(-x)
    case (.negate, .rational(let n, let d)):
      return .object(NumberObject(.rational(try unary(.negate, n, span), d)))
    case (.negate, .complex(let re, let im)):
      return try makeComplex(try unary(.negate, re, span), try unary(.negate, im, span), span)
    default:
      throw fail(
        .method,
        "MethodError: no method matching \(op.rawValue)(::\(object.type.name))", span)
    }
  }

  /// `x^p` for a literal `p`: Julia's `literal_pow` (base/intfuncs.jl) multiplies out `p = 2`
  /// and `p = 3` (`x*x*x`, rounded twice for a float), `p = -1` is `inv(x)`, `p = 0` is `one(x)`.
  func numberLiteralPower(_ object: NumberObject, _ p: Int, _ span: SourceSpan) throws -> Value {
    let x = Value.object(object)
    switch p {
    case 0:
      if let one = oneOf(x.type) { return one }
    case 1: return x
    case 2: return try binary(.multiply, x, x, span)
    case 3: return try binary(.multiply, try binary(.multiply, x, x, span), x, span)
    case let p where p < 0:
      // As for Int64 (Arithmetic.swift): `inv(x)^-p`.
      let inverse: Value
      switch object.payload {
      case .float32(let f): inverse = NumberObject.float32(1 / f)
      case .rational: inverse = try binary(.rational, .int(1), x, span)
      default: inverse = try binary(.divide, .int(1), x, span)
      }
      return try literalPower(inverse, -p, span)
    default: break
    }
    return try binary(.power, x, .int(p), span)
  }

  /// An integer converted to a fixed-width integer type modulo its width (`x % T`); `nil`
  /// unless the value is an integer and the type a fixed-width integer type.
  static func wrapped(_ value: Value, to type: JuliaType) -> Value? {
    guard NumberPromotion.width(type) != nil, case .small(let n)? = ExactInteger(value) else {
      return nil
    }
    if value.type == type { return value }
    switch type {
    case .int64: return .int(Int(truncatingIfNeeded: n))
    case .numeric(.integer(let kind)):
      return NumberObject.integer(kind, UInt64(truncatingIfNeeded: n))
    default: return nil
    }
  }
}
