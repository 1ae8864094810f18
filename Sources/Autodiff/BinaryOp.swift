/// A two-argument primitive: its forward value and, beside it, both partial derivatives as
/// DiffRules (v0.0.7) writes them. The pullback is `(Δ * ∂a, Δ * ∂b)`.
public enum BinaryOp: UInt8, Sendable, CaseIterable {
  case add
  case subtract
  case multiply
  case divide
  case power
  case max
  case min

  /// Julia's name for the operation.
  public var name: String {
    switch self {
    case .add: "+"
    case .subtract: "-"
    case .multiply: "*"
    case .divide: "/"
    case .power: "^"
    case .max: "max"
    case .min: "min"
    }
  }

  /// The forward value.
  @inlinable @inline(__always) public func apply(_ a: Double, _ b: Double) -> Double {
    switch self {
    case .add: a + b
    case .subtract: a - b
    case .multiply: a * b
    case .divide: a / b
    case .power: JuliaMath.pow(a, b)
    case .max: JuliaMath.max(a, b)
    case .min: JuliaMath.min(a, b)
    }
  }

  /// `∂/∂a`: `1`, `1`, `b`, `inv(b)`, `b * a^(b - 1)`, `a > b ? 1 : 0`, `a > b ? 0 : 1`.
  @inlinable public func derivativeA(_ a: Double, _ b: Double) -> Double {
    switch self {
    case .add: 1
    case .subtract: 1
    case .multiply: b
    case .divide: 1 / b
    case .power: b * JuliaMath.pow(a, b - 1)
    case .max: a > b ? 1 : 0
    case .min: a > b ? 0 : 1
    }
  }

  /// Both partial derivatives with one dispatch, each computed as ``derivativeA(_:_:)`` and
  /// ``derivativeB(_:_:)`` compute it; `∂/∂b` only when `wantsB` (else 0), since for `^` it
  /// costs a `pow` and a `log`.
  @inlinable @inline(__always) func derivatives(_ a: Double, _ b: Double, wantsB: Bool)
    -> (Double, Double)
  {
    switch self {
    case .add: (1, 1)
    case .subtract: (1, -1)
    case .multiply: (b, a)
    case .divide: (1 / b, -(a / b / b))
    case .power: (b * JuliaMath.pow(a, b - 1), wantsB ? JuliaMath.pow(a, b) * libmLog(a) : 0)
    case .max: a > b ? (1, 0) : (0, 1)
    case .min: a > b ? (0, 1) : (1, 0)
    }
  }

  /// `∂/∂b`: `1`, `-1`, `a`, `-(a / b / b)`, `a^b * log(a)`, `a > b ? 0 : 1`, `a > b ? 1 : 0`.
  @inlinable public func derivativeB(_ a: Double, _ b: Double) -> Double {
    switch self {
    case .add: 1
    case .subtract: -1
    case .multiply: a
    case .divide: -(a / b / b)
    case .power: JuliaMath.pow(a, b) * libmLog(a)
    case .max: a > b ? 0 : 1
    case .min: a > b ? 1 : 0
    }
  }
}
