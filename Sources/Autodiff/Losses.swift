/// Loss functions as the notebook and Flux define them.
public enum Losses {
  /// The notebook's `l2_loss(y, ŷ) = sqrt(sum((y .- ŷ).^2))` for scalars, where `sum` of a
  /// scalar is the scalar itself and `.^2` is `x * x`.
  /// Recorded as one node that gives the bits of `sqrt(pow(y - yHat, 2))`.
  @inlinable @inline(__always)
  public static func l2(_ y: Double, _ yHat: TrackedReal) -> TrackedReal {
    TrackedReal.l2(y, yHat)
  }

  /// `l2_loss` for arrays: `sqrt(sum((y .- ŷ).^2))`.
  public static func l2(_ y: Tensor, _ yHat: TrackedArray) throws -> TrackedReal {
    sqrt(sum(pow(try y .- yHat, 2)))
  }

  /// Flux's `mse(ŷ, y) = sum((ŷ .- y).^2) * 1 // length(y)`.
  public static func mse(_ yHat: TrackedArray, _ y: Tensor) throws -> TrackedReal {
    sum(pow(try yHat .- y, 2)) * (1 / Double(y.shape.count))
  }
}
