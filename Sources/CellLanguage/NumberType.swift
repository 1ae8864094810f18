/// Julia's number types beyond `Bool`, `Int64` and `Float64` (which keep their own `JuliaType`
/// cases and `Value` cases, the fast paths): the other fixed-width integers, `Float32`, `BigInt`,
/// `Rational{T}`, `Complex{T}`, and the abstract `Signed` and `Unsigned`.
indirect enum NumberType: Hashable, Sendable {
  /// `Int8`, `Int16`, `Int32`, `UInt8`, `UInt16`, `UInt32`, `UInt64` (`Int64` is `.int64`).
  case integer(IntegerKind)
  case float32
  case bigInt
  /// `Rational{T}`; `nil` is the UnionAll `Rational`.
  case rational(JuliaType?)
  /// `Complex{T}`; `nil` is the UnionAll `Complex`.
  case complex(JuliaType?)
  case signed
  case unsigned

  /// How Julia prints the type.
  var name: String {
    switch self {
    case .integer(let kind): kind.name
    case .float32: "Float32"
    case .bigInt: "BigInt"
    case .rational(let t): t.map { "Rational{\($0.name)}" } ?? "Rational"
    case .complex(let t): t.map { "Complex{\($0.name)}" } ?? "Complex"
    case .signed: "Signed"
    case .unsigned: "Unsigned"
    }
  }

  /// Whether the type is an integer type (`Integer` in Julia's tree).
  var isInteger: Bool {
    switch self {
    case .integer, .bigInt, .signed, .unsigned: true
    case .float32, .rational, .complex: false
    }
  }

  /// `a <: b` when either is one of these types; `nil` when neither is (the caller decides).
  /// The tree is Julia's (base/boot.jl): `Signed`/`Unsigned <: Integer <: Real <: Number`,
  /// `Float32 <: AbstractFloat`, `Rational <: Real`, `Complex <: Number`.
  static func subtype(_ a: JuliaType, of b: JuliaType) -> Bool? {
    switch (a, b) {
    case (.numeric(let x), .numeric(let y)):
      switch (x, y) {
      case (.integer(let k), .signed): return k.isSigned
      case (.integer(let k), .unsigned): return !k.isSigned
      case (.bigInt, .signed): return true
      case (.rational, .rational(nil)), (.complex, .complex(nil)): return true
      default: return x == y
      }
    case (.numeric(let x), _):
      switch b {
      case .any, .number: return true
      case .real: return !x.isComplex
      case .integer: return x.isInteger
      case .abstractFloat: return x == .float32
      default: return false
      }
    case (_, .numeric(let y)):
      switch (a, y) {
      case (.int64, .signed): return true
      default: return false
      }
    default:
      return nil
    }
  }

  var isComplex: Bool {
    if case .complex = self { return true }
    return false
  }
}

/// The fixed-width integer types other than `Int64`: their width, signedness and range.
enum IntegerKind: Int, Hashable, Sendable, CaseIterable {
  case int8, int16, int32, uint8, uint16, uint32, uint64

  var name: String {
    switch self {
    case .int8: "Int8"
    case .int16: "Int16"
    case .int32: "Int32"
    case .uint8: "UInt8"
    case .uint16: "UInt16"
    case .uint32: "UInt32"
    case .uint64: "UInt64"
    }
  }

  var bits: Int {
    switch self {
    case .int8, .uint8: 8
    case .int16, .uint16: 16
    case .int32, .uint32: 32
    case .uint64: 64
    }
  }

  var isSigned: Bool {
    switch self {
    case .int8, .int16, .int32: true
    case .uint8, .uint16, .uint32, .uint64: false
    }
  }

  /// The mask of the type's bits in a `UInt64`.
  var mask: UInt64 { bits == 64 ? .max : (1 << UInt64(bits)) - 1 }

  /// The bits of `pattern` (any 64-bit pattern) truncated to this width: Julia's wrap-around.
  func wrap(_ pattern: UInt64) -> UInt64 { pattern & mask }

  /// The value of a truncated pattern as a signed 64-bit number (unsigned kinds below 64 bits fit).
  func signedValue(_ pattern: UInt64) -> Int {
    if isSigned {
      let shift = UInt64(64 - bits)
      return Int(Int64(bitPattern: pattern << shift) >> Int64(shift))
    }
    return Int(Int64(bitPattern: pattern))
  }

  /// Whether `n` (an exact integer) fits the type.
  func contains(_ n: Int) -> Bool {
    if isSigned {
      let half = 1 << (bits - 1)
      return n >= -half && n < half
    }
    if bits == 64 { return n >= 0 }
    return n >= 0 && n <= Int(mask)
  }
}
