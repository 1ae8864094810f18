/// Julia 1.0's `promote_type` on number types, and the exact integer value of an integer.
enum NumberPromotion {
  /// Whether `type` is a concrete number type sitegen has values of.
  static func isNumber(_ type: JuliaType) -> Bool {
    switch type {
    case .bool, .int64, .float64: return true
    case .numeric(let n):
      switch n {
      case .integer, .float32, .bigInt: return true
      case .rational(let t), .complex(let t): return t != nil
      case .signed, .unsigned: return false
      }
    default: return false
    }
  }

  static func isInteger(_ type: JuliaType) -> Bool {
    switch type {
    case .bool, .int64, .numeric(.integer), .numeric(.bigInt): true
    default: false
    }
  }

  static func isFloat(_ type: JuliaType) -> Bool {
    type == .float64 || type == .numeric(.float32)
  }

  /// The width and signedness of a fixed-width integer type (`Int64` included).
  static func width(_ type: JuliaType) -> (bits: Int, signed: Bool)? {
    switch type {
    case .int64: (64, true)
    case .numeric(.integer(let kind)): (kind.bits, kind.isSigned)
    default: nil
    }
  }

  /// The real type of a number type (`T` of `Complex{T}`, the type itself otherwise).
  static func realPart(_ type: JuliaType) -> JuliaType {
    if case .numeric(.complex(let t?)) = type { return t }
    return type
  }

  /// `promote_type(a, b)` for two number types, or `nil` when the result is a type sitegen has
  /// no values of (`BigFloat`) or either is not a number. Rules from base/int.jl (a wider
  /// integer wins; of the same width the unsigned wins), base/float.jl, base/rational.jl,
  /// base/complex.jl and base/bool.jl (`Bool` gives way to every other number type).
  static func promote(_ a: JuliaType, _ b: JuliaType) -> JuliaType? {
    guard isNumber(a), isNumber(b) else { return nil }
    if a == b { return a }
    if a == .bool { return b }
    if b == .bool { return a }
    if case .numeric(.complex) = a { return promote(realPart(a), realPart(b)).map(complex) }
    if case .numeric(.complex) = b { return promote(realPart(a), realPart(b)).map(complex) }
    if case .numeric(.rational(let s?)) = a { return promoteRational(s, b) }
    if case .numeric(.rational(let s?)) = b { return promoteRational(s, a) }
    let big = a == .numeric(.bigInt) || b == .numeric(.bigInt)
    if a == .float64 || b == .float64 { return big ? nil : .float64 }
    if a == .numeric(.float32) || b == .numeric(.float32) { return big ? nil : .numeric(.float32) }
    if big { return .numeric(.bigInt) }
    guard let x = width(a), let y = width(b) else { return nil }
    if x.bits != y.bits { return x.bits > y.bits ? a : b }
    return x.signed ? b : a
  }

  private static func complex(_ t: JuliaType) -> JuliaType { .numeric(.complex(t)) }

  private static func promoteRational(_ s: JuliaType, _ other: JuliaType) -> JuliaType? {
    if isFloat(other) { return other }
    if case .numeric(.rational(let t?)) = other {
      return promote(s, t).map { .numeric(.rational($0)) }
    }
    return promote(s, other).map { .numeric(.rational($0)) }
  }
}

/// An integer's exact value: a 128-bit one for the fixed-width types, a `BigInteger` for `BigInt`.
enum ExactInteger {
  case small(Int128)
  case big(BigInteger)

  init?(_ value: Value) {
    switch value {
    case .int(let n): self = .small(Int128(n))
    case .bool(let b): self = .small(b ? 1 : 0)
    case .object(let object as NumberObject):
      switch object.payload {
      case .integer(let kind, let bits):
        self = .small(kind.isSigned ? Int128(kind.signedValue(bits)) : Int128(bits))
      case .bigInt(let x): self = .big(x)
      default: return nil
      }
    default: return nil
    }
  }

  var big: BigInteger {
    switch self {
    case .small(let n):
      if let m = Int(exactly: n) { return BigInteger(m) }
      return BigInteger(magnitude: UInt64(n.magnitude)) * BigInteger(n < 0 ? -1 : 1)
    case .big(let x): return x
    }
  }

  /// The value in `Int128`, when it fits.
  var small: Int128? {
    switch self {
    case .small(let n): return n
    case .big(let x):
      return x.intValue.map { Int128($0) }
    }
  }

  var double: Double {
    switch self {
    case .small(let n): Double(n)
    case .big(let x): x.doubleValue
    }
  }

  var float: Float {
    switch self {
    case .small(let n): Float(n)
    case .big(let x): Float(x.description) ?? .nan
    }
  }

  /// The text Julia's `print` gives the value.
  var description: String {
    switch self {
    case .small(let n): String(n)
    case .big(let x): x.description
    }
  }
}
