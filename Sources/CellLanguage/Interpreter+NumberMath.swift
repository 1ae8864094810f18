import Foundation
import SourcePositions

/// The one-argument math built-ins on the wider numbers: `Float32` in single precision (the C
/// library's `sqrtf`, `expf`, … through Foundation's `Float` overloads), integers through
/// `Float64` as Julia's `sqrt(x::Integer) = sqrt(float(x))`, complex numbers by base/complex.jl.
extension Interpreter {
  func numberMath(_ builtin: Builtin, _ number: NumberObject, _ span: SourceSpan) throws -> Value {
    let value = Value.object(number)
    switch builtin {
    case .identity: return value
    case .zero, .one:
      if let result = builtin == .zero ? zeroOf(value.type) : oneOf(value.type) { return result }
    default: break
    }
    switch number.payload {
    case .float32(let x): return try float32Math(builtin, x, span)
    case .integer(let kind, let bits):
      let signed = kind.signedValue(bits)
      switch builtin {
      case .abs: return kind.isSigned && signed < 0 ? NumberObject.integer(kind, 0 &- bits) : value
      case .sign:
        return NumberObject.integer(
          kind, UInt64(bitPattern: Int64(kind.isSigned ? signed.signum() : (bits == 0 ? 0 : 1))))
      case .floor, .ceil, .round, .trunc: return value
      case .abs2: return NumberObject.integer(kind, bits &* bits)
      case .iseven: return .bool(bits & 1 == 0)
      case .isodd: return .bool(bits & 1 == 1)
      case .isnan, .isinf: return .bool(false)
      case .isfinite: return .bool(true)
      default: break
      }
    case .bigInt(let x):
      switch builtin {
      case .abs: return NumberObject.bigInt(x.magnitudeValue)
      case .sign: return NumberObject.bigInt(BigInteger(x.signum))
      case .floor, .ceil, .round, .trunc: return value
      case .abs2: return NumberObject.bigInt(x * x)
      case .iseven, .isodd:
        let odd = !x.quotientAndRemainder(dividingBy: BigInteger(2)).1.isZero
        return .bool(builtin == .isodd ? odd : !odd)
      case .isnan, .isinf: return .bool(false)
      case .isfinite: return .bool(true)
      default:
        throw fail(
          .unsupported,
          "\(builtin.name)(::BigInt) (a BigFloat) is not supported by sitegen's Julia",
          span)
      }
    case .rational(let n, let d):
      switch builtin {
      case .abs: return .object(NumberObject(.rational(try mathFunction(.abs, n, span), d)))
      case .inv: return try binary(.rational, d, n, span)
      case .isnan, .isinf:
        let infinite = try isZeroNumber(d)
        return .bool(builtin == .isinf && infinite)
      case .isfinite:
        let infinite = try isZeroNumber(d)
        return .bool(!infinite)
      case .floor, .ceil, .round, .trunc, .sign:
        throw fail(
          .unsupported, "\(builtin.name)(::\(value.type.name)) is not supported by sitegen's Julia",
          span)
      default: break
      }
    case .complex(let re, let im):
      return try complexMath(builtin, re, im, span)
    }
    // Integers and rationals: through `float(x)` (Float64 for every integer type).
    guard let x = realDouble(value) else { throw noMethod(builtin.name, [value], span) }
    return try mathFunction(builtin, .float(x), span)
  }

  private func float32Math(_ builtin: Builtin, _ x: Float, _ span: SourceSpan) throws -> Value {
    func make(_ y: Float) -> Value { NumberObject.float32(y) }
    func domain(_ name: String) -> LanguageError {
      fail(
        .domain,
        "DomainError with \(FloatFormatter.shortest32(x, typed: true)):\n\(name) will only return a complex result if called with a complex argument. Try \(name)(Complex(x)).",
        span)
    }
    switch builtin {
    case .sqrt:
      guard x >= 0 || x.isNaN else { throw domain("sqrt") }
      return make(x.squareRoot())
    case .abs: return make(Swift.abs(x))
    case .exp: return make(Foundation.exp(x))
    case .exp2: return make(Foundation.exp2(x))
    case .log:
      guard x >= 0 || x.isNaN else { throw domain("log") }
      return make(Foundation.log(x))
    case .log2:
      guard x >= 0 || x.isNaN else { throw domain("log2") }
      return make(Foundation.log2(x))
    case .log10:
      guard x >= 0 || x.isNaN else { throw domain("log10") }
      return make(Foundation.log10(x))
    case .sin: return make(Foundation.sin(x))
    case .cos: return make(Foundation.cos(x))
    case .tan: return make(Foundation.tan(x))
    case .tanh: return make(Foundation.tanh(x))
    case .sinh: return make(Foundation.sinh(x))
    case .cosh: return make(Foundation.cosh(x))
    case .asin: return make(Foundation.asin(x))
    case .acos: return make(Foundation.acos(x))
    case .atan: return make(Foundation.atan(x))
    case .cbrt: return make(Foundation.cbrt(x))
    case .floor: return make(x.rounded(.down))
    case .ceil: return make(x.rounded(.up))
    case .round: return make(x.rounded(.toNearestOrEven))
    case .trunc: return make(x.rounded(.towardZero))
    case .sign: return make(x > 0 ? 1 : (x < 0 ? -1 : x))
    case .inv: return make(1 / x)
    case .isnan: return .bool(x.isNaN)
    case .isinf: return .bool(x.isInfinite)
    case .isfinite: return .bool(x.isFinite)
    case .float: return make(x)
    case .abs2: return make(x * x)
    case .relu: return make(Swift.max(0, x))
    case .sigmoid, .sigmoidName: return make(1 / (1 + Foundation.exp(-x)))
    default:
      throw fail(.method, "MethodError: no method matching \(builtin.name)(::Float32)", span)
    }
  }

  /// base/complex.jl's `abs`, `abs2`, `sqrt`, `exp`, `float`, `isfinite`… on a complex number.
  private func complexMath(_ builtin: Builtin, _ re: Value, _ im: Value, _ span: SourceSpan)
    throws -> Value
  {
    let value = Value.object(NumberObject(.complex(re, im)))
    switch builtin {
    case .abs2:
      return try binary(
        .add, try binary(.multiply, re, re, span), try binary(.multiply, im, im, span), span)
    case .isfinite, .isnan, .isinf:
      let r = try truth(try mathFunction(builtin, re, span), span)
      let i = try truth(try mathFunction(builtin, im, span), span)
      return .bool(builtin == .isfinite ? r && i : r || i)
    case .float:
      return try makeComplex(
        try mathFunction(.float, re, span), try mathFunction(.float, im, span), span)
    default: break
    }
    // The float versions: `abs(z) = hypot(re, im)`, `sqrt`, `exp` (Complex{Float64} only).
    let single = re.type == .numeric(.float32)
    guard !single, let x = realDouble(re), let y = realDouble(im) else {
      throw fail(
        .unsupported, "\(builtin.name)(::\(value.type.name)) is not supported by sitegen's Julia",
        span)
    }
    func make(_ a: Double, _ b: Double) -> Value {
      .object(NumberObject(.complex(.float(a), .float(b))))
    }
    switch builtin {
    case .abs: return .float(Foundation.hypot(x, y))
    case .sqrt:
      let (a, b) = Self.complexSquareRoot(x, y)
      return make(a, b)
    case .exp:
      // exp(z) = exp(re) (cos(im) + i sin(im)); a zero imaginary part stays as it is.
      if x.isNaN { return make(x, y == 0 ? y : x) }
      let e = Foundation.exp(x)
      if y == 0 { return make(e, y) }
      return make(e * Foundation.cos(y), e * Foundation.sin(y))
    default:
      throw fail(
        .unsupported, "\(builtin.name)(::\(value.type.name)) is not supported by sitegen's Julia",
        span)
    }
  }

  /// base/complex.jl's `sqrt(z)`: Kahan's algorithm, `ρ = sqrt((|z| + |x|)/2)` without overflow
  /// (its helper `ssqs` scales huge and tiny parts by a power of two).
  static func complexSquareRoot(_ x: Double, _ y: Double) -> (Double, Double) {
    if x == 0 && y == 0 { return (0, y) }
    var rho = x * x + y * y
    var k = 0
    if !rho.isFinite && (x.isInfinite || y.isInfinite) {
      rho = .infinity
    } else if rho.isInfinite || (rho == 0 && (x != 0 || y != 0))
      || rho < Double.leastNonzeroMagnitude / (2 * Double.ulpOfOne * Double.ulpOfOne)
    {
      let m = max(abs(x), abs(y))
      k = m == 0 ? 0 : Int(m.exponent)
      let xk = Foundation.scalbn(x, -k)
      let yk = Foundation.scalbn(y, -k)
      rho = xk * xk + yk * yk
    }
    if x.isFinite { rho = Foundation.scalbn(abs(x), -k) + rho.squareRoot() }
    if k % 2 != 0 {
      k = (k - 1) / 2
    } else {
      k = k / 2 - 1
      rho += rho
    }
    rho = Foundation.scalbn(rho.squareRoot(), k)
    var xi = rho
    var eta = y
    if rho != 0 {
      if eta.isFinite { eta = (eta / rho) / 2 }
      if x < 0 {
        xi = abs(eta)
        eta = Double(signOf: y, magnitudeOf: rho)
      }
    }
    return (xi, eta)
  }

  /// `max`/`min` of numbers one of which is a wider number: in the promoted type, `NaN` wins.
  func numberExtremum(_ isMax: Bool, _ a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    guard let t = NumberPromotion.promote(a.type, b.type), !t.isComplexType,
      let x = try convertNumber(a, to: t, span), let y = try convertNumber(b, to: t, span)
    else { throw noMethod(isMax ? "max" : "min", [a, b], span) }
    if try truth(try mathFunction(.isnan, x, span), span) { return x }
    if try truth(try mathFunction(.isnan, y, span), span) { return y }
    let less = try truth(try binary(.less, x, y, span), span)
    return isMax ? (less ? y : x) : (less ? x : y)
  }

  /// An array of 8-, 16- or 32-bit integers as `Int64`s or `UInt64`s: `sum` and `prod` add and
  /// multiply those in the machine's width (base/reduce.jl's `add_sum`/`mul_prod` on
  /// `SmallSigned`/`SmallUnsigned`); `nil` for any other array.
  static func widenedSmallIntegers(_ subject: Value) -> Value? {
    guard case .array(let box) = subject, case .numeric(.integer(let kind)) = box.elementType,
      kind.bits < 64
    else { return nil }
    let type: JuliaType = kind.isSigned ? .int64 : .numeric(.integer(.uint64))
    let values = box.values.map { NumberObject.promoted($0, to: type) ?? $0 }
    return .array(ArrayBox(values, elementType: type, dims: box.dims))
  }
}
