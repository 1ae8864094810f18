/// The notebook's scalar loss `sqrt((y - ŷ)^2)`, `y` a constant, as one node: the forward
/// value and the pullback to `ŷ` perform exactly the floating-point operations of the three
/// nodes it replaces (`-`, `^2`, `sqrt`), in the same order, so every bit agrees.
@usableFromInline enum ScalarL2 {
  /// `sqrt(pow(y - ŷ, 2))` through the same primitives as the unfused chain.
  @inlinable @inline(__always) static func apply(_ y: Double, _ yHat: Double) -> Double {
    let d = BinaryOp.subtract.apply(y, yHat)
    return UnaryOp.sqrt.apply(BinaryOp.power.apply(d, 2))
  }

  /// The gradient reaching `ŷ` from `g`, the loss's gradient: `sqrt`'s rule, then `^2`'s rule
  /// for its first argument, then `-`'s rule for its second. `startsAtZero` says whether each
  /// inner node would add its one incoming gradient to the 0 it was reset to (the reverse
  /// sweep, and the walk that fills parameters' `grad`) or take it as it is (a walk that
  /// collects gradients), which decides the sign of a zero gradient.
  @inlinable @inline(__always) static func pullback(
    _ g: Double, y: Double, yHat: Double, value: Double, startsAtZero: Bool
  ) -> Double {
    let d = BinaryOp.subtract.apply(y, yHat)
    let squared = BinaryOp.power.apply(d, 2)
    var gSquared = g * UnaryOp.sqrt.derivative(squared, value: value)
    if startsAtZero { gSquared = 0 + gSquared }
    var gDifference = gSquared * BinaryOp.power.derivativeA(d, 2)
    if startsAtZero { gDifference = 0 + gDifference }
    return gDifference * BinaryOp.subtract.derivativeB(y, yHat)
  }

  /// The inner values `(y - ŷ, (y - ŷ)^2)`, for drawing the unfused graph.
  static func innerValues(_ y: Double, _ yHat: Double) -> (difference: Double, squared: Double) {
    let d = BinaryOp.subtract.apply(y, yHat)
    return (d, BinaryOp.power.apply(d, 2))
  }

  /// The inner nodes' gradients `(∂/∂(y - ŷ), ∂/∂(y - ŷ)^2)` after the reverse sweep, for
  /// drawing the unfused graph.
  static func innerGradients(_ g: Double, y: Double, yHat: Double, value: Double)
    -> (difference: Double, squared: Double)
  {
    let (d, squared) = innerValues(y, yHat)
    let gSquared = 0 + g * UnaryOp.sqrt.derivative(squared, value: value)
    return (0 + gSquared * BinaryOp.power.derivativeA(d, 2), gSquared)
  }
}

extension TrackedReal {
  /// Records `sqrt((y - ŷ)^2)` as one node (see ``ScalarL2``).
  @inlinable @inline(__always) static func l2(_ y: Double, _ b: TrackedReal) -> TrackedReal {
    let (ob, yHat) = b.operandOfNewNode()
    return b.withTape {
      $0.recordScalar(.l2, .constant, ob, x: y, y: yHat, value: ScalarL2.apply(y, yHat))
    }
  }
}
