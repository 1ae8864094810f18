/// A misuse of the engine, named as Flux's Tracker names it where it has a name.
public enum AutodiffError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `back!` reached a node whose graph a previous `back!` already consumed.
  case backAlreadyUsed
  /// `back!` on a loss that is NaN.
  case lossIsNaN
  /// `back!` on a loss that is infinite.
  case lossIsInfinite
  /// `back!` on an array without a seed of its shape.
  case notScalar(Shape)
  /// Two operands whose shapes do not broadcast (Julia's `DimensionMismatch`).
  case dimensionMismatch(Shape, Shape)
  /// An element access outside the array (Julia's `BoundsError`).
  case indexOutOfBounds(index: Int, shape: Shape)
  /// An operation that needs a parameter (leaf) got an intermediate value.
  case notAParameter
  /// `back!` reached a gradient that `gradient` returned without `nest = true` (Tracker's
  /// `nobacksies`).
  case nestedDerivative
  /// A nested gradient (`nest = true`) through an operation it is not built for.
  case nestedUnsupported(String)

  /// The message as Tracker (or Julia) words it.
  public var description: String {
    switch self {
    case .backAlreadyUsed: "`back!` was already used"
    case .lossIsNaN: "Loss is NaN"
    case .lossIsInfinite: "Loss is Inf"
    case .notScalar:
      "Value is not scalar; use `back!(sum(x))` or `back!(x, Δ)`"
    case .dimensionMismatch(let a, let b):
      "DimensionMismatch(\"arrays could not be broadcast to a common size: \(a) and \(b)\")"
    case .indexOutOfBounds(let index, let shape):
      "BoundsError: attempt to access array of size \(shape) at index [\(index + 1)]"
    case .notAParameter: "only a parameter (a value made by `param`) can be updated"
    // Tracker 0.2.0's src/back.jl, `extract_grad!`.
    case .nestedDerivative: "Use `gradient(...; nest = true)` for nested derivatives"
    case .nestedUnsupported(let what):
      "a nested gradient (nest = true) through \(what) is not supported by sitegen's Julia"
    }
  }
}
