#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A one-argument primitive: its forward value and, beside it, its derivative as DiffRules
/// (v0.0.7, the rules Flux's Tracker used) writes it. A pullback is always `Δ * derivative`.
public enum UnaryOp: UInt8, Sendable, CaseIterable {
  case negate
  case sqrt
  case abs
  case exp
  case log
  case sin
  case cos
  case tanh
  /// The logistic function; only broadcast over arrays (on scalars it composes primitives).
  case sigmoid
  /// `max(0, x)`; only broadcast over arrays (on scalars it composes primitives).
  case relu

  /// Julia's name for the operation.
  public var name: String {
    switch self {
    case .negate: "-"
    case .sqrt: "sqrt"
    case .abs: "abs"
    case .exp: "exp"
    case .log: "log"
    case .sin: "sin"
    case .cos: "cos"
    case .tanh: "tanh"
    case .sigmoid: "σ"
    case .relu: "relu"
    }
  }

  /// The forward value.
  @inlinable public func apply(_ x: Double) -> Double {
    switch self {
    case .negate: -x
    case .sqrt: x.squareRoot()
    case .abs: Swift.abs(x)
    case .exp: libmExp(x)
    case .log: libmLog(x)
    case .sin: libmSin(x)
    case .cos: libmCos(x)
    case .tanh: libmTanh(x)
    case .sigmoid: 1 / (1 + libmExp(-x))
    case .relu: JuliaMath.max(0, x)
    }
  }

  /// The derivative at `x`, each written as DiffRules writes it (`inv(y)` as `1 / y`,
  /// `sech(x)^2` as `s * s` with `s = 1 / cosh(x)`). `value` is `apply(x)`, reused where the
  /// formula recomputes it (`sqrt(x)`, `exp(x)`), which gives the same bits.
  @inlinable public func derivative(_ x: Double, value: Double) -> Double {
    switch self {
    case .negate: -1
    case .sqrt: 1 / (2 * value)
    case .abs: x.sign == .minus ? -1 : 1
    case .exp: value
    case .log: 1 / x
    case .sin: libmCos(x)
    case .cos: -libmSin(x)
    case .tanh: square(1 / libmCosh(x))
    case .sigmoid: libmExp(-x) / square(1 + libmExp(-x))
    case .relu: 0 > x ? 0 : 1
    }
  }

  /// The derivative at `x` (see ``derivative(_:value:)``).
  @inlinable public func derivative(_ x: Double) -> Double { derivative(x, value: apply(x)) }
}

/// `x * x`, Julia's `x^2` for a literal 2.
@usableFromInline func square(_ x: Double) -> Double { x * x }

// The platform's libm under names that do not collide with the primitives above.
@usableFromInline func libmExp(_ x: Double) -> Double { exp(x) }
@usableFromInline func libmLog(_ x: Double) -> Double { log(x) }
@usableFromInline func libmSin(_ x: Double) -> Double { sin(x) }
@usableFromInline func libmCos(_ x: Double) -> Double { cos(x) }
@usableFromInline func libmTanh(_ x: Double) -> Double { tanh(x) }
@usableFromInline func libmCosh(_ x: Double) -> Double { cosh(x) }
