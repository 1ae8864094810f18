/// A number of one of Julia's types beyond `Bool`, `Int64` and `Float64` (those stay inline
/// `Value` cases for the hot paths): an immutable value, compared by value (`===` on bits).
final class NumberObject: RuntimeObject {
  enum Payload {
    /// A fixed-width integer of that kind, its bits truncated to the kind's width.
    case integer(IntegerKind, UInt64)
    case float32(Float)
    case bigInt(BigInteger)
    /// Numerator and denominator, integers of one type, in lowest terms, the denominator ≥ 0.
    case rational(Value, Value)
    /// Real and imaginary parts, reals of one type.
    case complex(Value, Value)
  }

  let payload: Payload

  init(_ payload: Payload) { self.payload = payload }

  /// A value of the fixed-width kind from any bit pattern (truncated to the width).
  static func integer(_ kind: IntegerKind, _ pattern: UInt64) -> Value {
    .object(NumberObject(.integer(kind, kind.wrap(pattern))))
  }

  static func float32(_ x: Float) -> Value { .object(NumberObject(.float32(x))) }
  static func bigInt(_ x: BigInteger) -> Value { .object(NumberObject(.bigInt(x))) }

  override var type: JuliaType {
    switch payload {
    case .integer(let kind, _): .numeric(.integer(kind))
    case .float32: .numeric(.float32)
    case .bigInt: .numeric(.bigInt)
    case .rational(let n, _): .numeric(.rational(n.type))
    case .complex(let re, _): .numeric(.complex(re.type))
    }
  }

  override func show(_ session: Interpreter) -> String { text(.show, session) }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }

  /// How a number is written.
  enum Style {
    /// `show` and the REPL: `1.0f0`, `0xff`.
    case show
    /// Inside a matrix (`:compact`): 6 significant digits, no `f0`, `1+2im`.
    case compact
    /// `print`/`string`, or inside an array of the number's own type (`:typeinfo`): `1.0`, and
    /// unsigned integers still in hexadecimal except for `print`.
    case typeinfo
    case print
  }

  /// The number's text in a style (Julia 1.0's `show` methods: base/grisu/grisu.jl for floats,
  /// base/show.jl for unsigned integers, base/complex.jl and base/rational.jl).
  func text(_ style: Style, _ session: Interpreter?) -> String {
    switch payload {
    case .integer(let kind, let bits):
      if kind.isSigned { return String(kind.signedValue(bits)) }
      if style == .print { return String(bits) }
      let hex = String(bits, radix: 16)
      return "0x" + String(repeating: "0", count: kind.bits / 4 - hex.count) + hex
    case .float32(let x):
      switch style {
      case .show: return FloatFormatter.shortest32(x, typed: true)
      case .compact: return FloatFormatter.compact(Double(x))
      case .typeinfo, .print: return FloatFormatter.shortest32(x, typed: false)
      }
    case .bigInt(let x):
      return x.description
    case .rational(let n, let d):
      let inner: Style = style == .print ? .show : style
      return Self.text(of: n, inner, session) + "//" + Self.text(of: d, inner, session)
    case .complex(let re, let im):
      return complexText(re, im, style, session)
    }
  }

  /// `show(io, z::Complex)` (base/complex.jl): `1 + 2im`, `1.0 - 0.5im`, `1.0 + Inf*im`,
  /// compact `1+2im`; `im` itself is `im`.
  private func complexText(_ re: Value, _ im: Value, _ style: Style, _ session: Interpreter?)
    -> String
  {
    if case .bool(let r) = re, case .bool(let i) = im {
      return !r && i ? "im" : "Complex(\(r),\(i))"
    }
    let inner: Style = style == .compact ? .compact : .show
    let compact = style == .compact
    var imaginary = im
    var separator = compact ? "+" : " + "
    let negative: Bool
    let finiteFloat: Bool
    switch im {
    case .float(let x):
      negative = x.sign == .minus && !x.isNaN
      finiteFloat = x.isFinite
      if negative { imaginary = .float(-x) }
    case .int(let n):
      negative = n < 0
      finiteFloat = true
      if negative { imaginary = .int(0 &- n) }
    case .object(let object as NumberObject):
      switch object.payload {
      case .float32(let x):
        negative = x.sign == .minus && !x.isNaN
        finiteFloat = x.isFinite
        if negative { imaginary = NumberObject.float32(-x) }
      case .integer(let kind, let bits):
        negative = kind.isSigned && kind.signedValue(bits) < 0
        finiteFloat = true
        if negative { imaginary = NumberObject.integer(kind, 0 &- bits) }
      case .bigInt(let x):
        negative = x.signum < 0
        finiteFloat = true
        if negative { imaginary = NumberObject.bigInt(-x) }
      case .rational, .complex:
        negative = false
        finiteFloat = false
      }
    default:
      negative = false
      finiteFloat = false
    }
    if negative { separator = compact ? "-" : " - " }
    return Self.text(of: re, inner, session) + separator + Self.text(of: imaginary, inner, session)
      + (finiteFloat ? "" : "*") + "im"
  }

  /// The text of a component (an inline or an object number).
  static func text(of value: Value, _ style: Style, _ session: Interpreter?) -> String {
    switch value {
    case .int(let n): return String(n)
    case .float(let x):
      return style == .compact ? FloatFormatter.compact(x) : FloatFormatter.shortest(x)
    case .bool(let b): return b ? "true" : "false"
    case .object(let object as NumberObject): return object.text(style, session)
    default: return ""
    }
  }

  /// Julia's `===` on two numbers of these types: the same type and the same bits.
  func isIdentical(to other: NumberObject) -> Bool {
    switch (payload, other.payload) {
    case (.integer(let k, let x), .integer(let l, let y)): return k == l && x == y
    case (.float32(let x), .float32(let y)): return x.bitPattern == y.bitPattern
    case (.bigInt(let x), .bigInt(let y)): return x == y
    case (.rational(let a, let b), .rational(let c, let d)),
      (.complex(let a, let b), .complex(let c, let d)):
      return Self.identicalParts(a, c) && Self.identicalParts(b, d)
    default: return false
    }
  }

  private static func identicalParts(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
    case (.bool(let x), .bool(let y)): return x == y
    case (.object(let x as NumberObject), .object(let y as NumberObject)):
      return x.isIdentical(to: y)
    default: return false
    }
  }
}

extension Value {
  /// The number object this value holds, if it is one of the wider number types.
  var numberObject: NumberObject? {
    if case .object(let object as NumberObject) = self { return object }
    return nil
  }
}

extension NumberObject {
  /// A number converted to a wider type it promotes to (an array literal's element type: `[1,
  /// 2f0]` holds `1.0f0`); `nil` when that takes more than widening.
  static func promoted(_ value: Value, to type: JuliaType) -> Value? {
    if value.type == type { return value }
    switch type {
    case .float64:
      if case .float32(let x)? = value.numberObject?.payload { return .float(Double(x)) }
      if let n = ExactInteger(value) { return .float(n.double) }
      if case .rational(let n, let d)? = value.numberObject?.payload,
        case .float(let x)? = promoted(n, to: .float64),
        case .float(let y)? = promoted(d, to: .float64)
      {
        return .float(x / y)
      }
      return nil
    case .numeric(.float32):
      if case .float(let x) = value { return float32(Float(x)) }
      return ExactInteger(value).map { float32($0.float) }
    case .int64, .numeric(.integer), .numeric(.bigInt):
      guard let n = ExactInteger(value) else { return nil }
      switch type {
      case .numeric(.bigInt): return bigInt(n.big)
      case .int64: return n.small.flatMap { Int(exactly: $0) }.map { .int($0) }
      case .numeric(.integer(let kind)):
        guard let m = n.small,
          kind == .uint64
            ? (m >= 0 && m <= Int128(UInt64.max)) : (Int(exactly: m).map(kind.contains) ?? false)
        else { return nil }
        return integer(kind, UInt64(truncatingIfNeeded: m))
      default: return nil
      }
    case .numeric(.rational(let t?)):
      guard ExactInteger(value) != nil, let n = promoted(value, to: t),
        let one = promoted(.int(1), to: t)
      else { return nil }
      return .object(NumberObject(.rational(n, one)))
    case .numeric(.complex(let t?)):
      if case .complex(let re, let im)? = value.numberObject?.payload {
        guard let r = promoted(re, to: t), let i = promoted(im, to: t) else { return nil }
        return .object(NumberObject(.complex(r, i)))
      }
      guard let r = promoted(value, to: t), let zero = promoted(.int(0), to: t) else { return nil }
      return .object(NumberObject(.complex(r, zero)))
    default:
      return nil
    }
  }
}
