/// Julia's `CartesianIndex`: the position of an element of a multidimensional array, as
/// `argmax`, `findmax` and their kin give it for a matrix (base/multidimensional.jl).
final class CartesianIndex: RuntimeObject {
  /// 1-based, one per dimension.
  let indices: [Int]

  init(_ indices: [Int]) { self.indices = indices }

  /// The index of column-major position `linear` (0-based) in an array of `dims`.
  convenience init(linear: Int, dims: [Int]) {
    var rest = linear
    var indices: [Int] = []
    for size in dims {
      indices.append(rest % Swift.max(size, 1) + 1)
      rest /= Swift.max(size, 1)
    }
    self.init(indices)
  }

  override var type: JuliaType { .other("CartesianIndex{\(indices.count)}") }
  override func show(_ session: Interpreter) -> String {
    "CartesianIndex(" + indices.map(String.init).joined(separator: ", ") + ")"
  }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }
}
