/// The lazy wrapper Julia puts around a transposed array (`x'` is an `Adjoint`, `transpose(x)` a
/// `Transpose`): the box holds the transposed elements, the wrapper the type Julia displays and
/// what `*` does with it (`x' * y` of two vectors is a number, not a 1-element vector).
struct ArrayWrapper: Hashable, Sendable {
  enum Kind: String, Hashable, Sendable {
    case adjoint = "Adjoint"
    case transpose = "Transpose"
  }

  var kind: Kind
  /// The wrapped array's number of dimensions: 1 for a vector, 2 for a matrix.
  var parentRank: Int
  /// Whether the type is shown with its module (`LinearAlgebra.Adjoint`), as Julia shows it
  /// when `LinearAlgebra` was not loaded.
  var qualified: Bool

  /// The type's name, e.g. `LinearAlgebra.Adjoint{Float64,Array{Float64,1}}`.
  func typeName(element: JuliaType) -> String {
    (qualified ? "LinearAlgebra." : "") + kind.rawValue
      + "{\(element.name),Array{\(element.name),\(parentRank)}}"
  }
}
