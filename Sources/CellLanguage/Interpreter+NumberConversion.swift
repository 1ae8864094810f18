import Foundation
import SourcePositions

/// Conversions between number types (`Int32(5)`, `Float32(0.1)`, `convert(Rational{Int}, 2)`)
/// with Julia 1.0's `InexactError`s (base/boot.jl's `checked_trunc_*`/`check_top_bit`,
/// base/float.jl's float-to-integer conversions).
extension Interpreter {
  /// `x` converted exactly to the number type `type`; `nil` when `type` is not a number type.
  func convertNumber(_ value: Value, to type: JuliaType, _ span: SourceSpan) throws -> Value? {
    guard
      NumberPromotion.isNumber(type) || type == .numeric(.rational(nil))
        || type == .numeric(.complex(nil))
    else { return nil }
    let source = value.type
    if source == type { return value }
    if case .object(let object as NumberObject) = value,
      case .complex(let re, let im) = object.payload,
      !(type.isComplexType)
    {
      guard try isZeroNumber(im) else {
        throw fail(
          .inexact, "InexactError: \(type.name)(\(type.name), \(show(value)))", span)
      }
      return try convertNumber(re, to: type, span)
    }
    switch type {
    case .bool:
      if let n = ExactInteger(value)?.small, n == 0 || n == 1 { return .bool(n == 1) }
      if let x = realDouble(value), x == 0 || x == 1 { return .bool(x == 1) }
      throw fail(.inexact, "InexactError: Bool(Bool, \(printString(value)))", span)
    case .int64, .numeric(.integer), .numeric(.bigInt):
      return try convertToInteger(value, type, span)
    case .float64:
      if let x = realDouble(value) { return .float(x) }
    case .numeric(.float32):
      if let x = realFloat(value) { return NumberObject.float32(x) }
    case .numeric(.rational(let t)):
      if let object = value.numberObject, case .rational(let n, let d) = object.payload {
        guard let t else { return value }
        return .object(
          NumberObject(
            .rational(
              try convertNumber(n, to: t, span) ?? n, try convertNumber(d, to: t, span) ?? d)))
      }
      if NumberPromotion.isInteger(source) {
        let t = t ?? source
        guard let n = try convertNumber(value, to: t, span), let one = oneOf(t) else { break }
        return .object(NumberObject(.rational(n, one)))
      }
    case .numeric(.complex(let t)):
      let t = t ?? source
      guard let re = try convertNumber(value, to: t, span), let zero = zeroOf(t) else { break }
      return .object(NumberObject(.complex(re, zero)))
    default:
      break
    }
    throw unsupportedConversion(value, type, span)
  }

  func unsupportedConversion(_ value: Value, _ type: JuliaType, _ span: SourceSpan) -> LanguageError
  {
    fail(
      .unsupported,
      "converting a \(value.type.name) to \(type.name) is not supported by sitegen's Julia", span)
  }

  /// A real number's value as a `Double` (correctly rounded), if it is a real number.
  func realDouble(_ value: Value) -> Double? {
    switch value {
    case .float(let x): return x
    case .int(let n): return Double(n)
    case .bool(let b): return b ? 1 : 0
    case .trackedReal(let x): return x.data
    case .object(let object as NumberObject):
      switch object.payload {
      case .float32(let x): return Double(x)
      case .integer, .bigInt: return ExactInteger(value)?.double
      case .rational(let n, let d):
        guard let x = realDouble(n), let y = realDouble(d) else { return nil }
        return x / y
      case .complex: return nil
      }
    default: return nil
    }
  }

  /// A real number's value as a `Float` (correctly rounded from integers and `Float64`s).
  func realFloat(_ value: Value) -> Float? {
    switch value {
    case .float(let x): return Float(x)
    case .int(let n): return Float(n)
    case .bool(let b): return b ? 1 : 0
    case .object(let object as NumberObject):
      switch object.payload {
      case .float32(let x): return x
      case .integer, .bigInt: return ExactInteger(value)?.float
      case .rational(let n, let d):
        guard let x = realFloat(n), let y = realFloat(d) else { return nil }
        return x / y
      case .complex: return nil
      }
    default: return nil
    }
  }

  /// An exact integer as a value of the integer type `type` (which must hold it).
  func integerValue(_ n: ExactInteger, _ type: JuliaType) -> Value? {
    switch type {
    case .bool: return n.small.map { .bool($0 != 0) }
    case .int64: return n.small.flatMap { Int(exactly: $0) }.map { .int($0) }
    case .numeric(.integer(let kind)):
      guard let m = n.small else { return nil }
      return NumberObject.integer(kind, UInt64(truncatingIfNeeded: m))
    case .numeric(.bigInt): return NumberObject.bigInt(n.big)
    default: return nil
    }
  }

  /// `zero(T)` and `one(T)` of a number type.
  func zeroOf(_ type: JuliaType) -> Value? { numberOf(0, type) }
  func oneOf(_ type: JuliaType) -> Value? { numberOf(1, type) }

  private func numberOf(_ n: Int, _ type: JuliaType) -> Value? {
    switch type {
    case .float64: return .float(Double(n))
    case .numeric(.float32): return NumberObject.float32(Float(n))
    case .numeric(.rational(let t?)):
      guard let x = numberOf(n, t), let one = numberOf(1, t) else { return nil }
      return .object(NumberObject(.rational(x, one)))
    case .numeric(.complex(let t?)):
      guard let x = numberOf(n, t), let zero = numberOf(0, t) else { return nil }
      return .object(NumberObject(.complex(x, zero)))
    default: return integerValue(.small(Int128(n)), type)
    }
  }

  /// Whether a number is zero.
  func isZeroNumber(_ value: Value) throws -> Bool {
    if let n = ExactInteger(value) { return n.small == 0 }
    if let x = realDouble(value) { return x == 0 }
    return false
  }

  private func convertToInteger(_ value: Value, _ type: JuliaType, _ span: SourceSpan) throws
    -> Value
  {
    if let n = ExactInteger(value) {
      if let result = fittingInteger(n, type) { return result }
      throw integerInexact(value, n, type, span)
    }
    if let object = value.numberObject, case .rational(let num, let den) = object.payload {
      if ExactInteger(den)?.small == 1 { return try convertToInteger(num, type, span) }
      throw fail(.inexact, "InexactError: \(type.name)(\(type.name), \(show(value)))", span)
    }
    // From a float: it must be an integer in the type's range (base/float.jl).
    let x: Double
    switch value {
    case .float(let d): x = d
    case .trackedReal(let t): x = t.data
    default:
      guard let object = value.numberObject, case .float32(let f) = object.payload else {
        throw unsupportedConversion(value, type, span)
      }
      x = Double(f)
    }
    if x.isFinite, x.rounded(.towardZero) == x {
      let n: ExactInteger? =
        abs(x) < 1e38
        ? .small(Int128(x)) : BigInteger(decimal: String(format: "%.0f", x)).map { .big($0) }
      if let n, let result = fittingInteger(n, type) { return result }
    }
    throw fail(
      .inexact, "InexactError: \(type.name)(\(type.name), \(printString(value)))", span)
  }

  /// The integer as a value of `type` when it is in the type's range.
  private func fittingInteger(_ n: ExactInteger, _ type: JuliaType) -> Value? {
    switch type {
    case .numeric(.bigInt): return NumberObject.bigInt(n.big)
    case .int64:
      guard let m = n.small, Int(exactly: m) != nil else { return nil }
      return integerValue(n, type)
    case .numeric(.integer(let kind)):
      guard let m = n.small else { return nil }
      let fits: Bool
      if kind == .uint64 {
        fits = m >= 0 && m <= Int128(UInt64.max)
      } else {
        fits = Int(exactly: m).map(kind.contains) ?? false
      }
      return fits ? integerValue(n, type) : nil
    default: return nil
    }
  }

  /// Julia 1.0's error for an integer out of the target's range: `trunc(T, x)` when the target
  /// is narrower, `check_top_bit(S, x)` when only the sign bit is the problem (base/boot.jl),
  /// `T(T, x)` from a `BigInt` (base/gmp.jl).
  private func integerInexact(
    _ value: Value, _ n: ExactInteger, _ type: JuliaType, _ span: SourceSpan
  ) -> LanguageError {
    let source = value.type
    let function: String
    if let s = NumberPromotion.width(source), let t = NumberPromotion.width(type) {
      function = t.bits < s.bits ? "trunc(\(type.name)" : "check_top_bit(\(source.name)"
    } else {
      function = "\(type.name)(\(type.name)"
    }
    return fail(.inexact, "InexactError: \(function), \(n.description))", span)
  }
}

extension JuliaType {
  /// Whether the type is one of the wider number types.
  var isNumericCase: Bool {
    if case .numeric = self { return true }
    return false
  }

  /// Whether the type is a `Complex`.
  var isComplexType: Bool {
    if case .numeric(.complex) = self { return true }
    return false
  }
}
