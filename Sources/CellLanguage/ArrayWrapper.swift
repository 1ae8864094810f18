/// The lazy wrapper Julia puts around an array: the transpose (`x'` is an `Adjoint`,
/// `transpose(x)` a `Transpose`) or a view (`view(A, :, 1)` is a `SubArray`).
///
/// For a transpose the box holds the transposed elements, the wrapper the type Julia displays
/// and what `*` does with it (`x' * y` of two vectors is a number, not a 1-element vector). For
/// a view the box reads and writes its parent's elements (`SubArrayStorage`) and the wrapper
/// holds the view's type (`view`).
struct ArrayWrapper: Hashable, Sendable {
  enum Kind: String, Hashable, Sendable {
    case adjoint = "Adjoint"
    case transpose = "Transpose"
    case subArray = "SubArray"
  }

  // Plain data, ordered so that the small fields share the last word: reading an array's
  // wrapper copies no reference, and the wrapper takes the space in every array's box that it
  // took before it could name a view's type.
  /// The wrapped array's number of dimensions: 1 for a vector, 2 for a matrix.
  var parentRank: Int
  /// The number (`SubArrayType.numbered`) of a `SubArray`'s type, or of the type of the view a
  /// transpose wraps; -1 for none.
  private var viewNumber: Int32
  var kind: Kind
  /// Whether the type is shown with its module (`LinearAlgebra.Adjoint`), as Julia shows it
  /// when `LinearAlgebra` was not loaded.
  var qualified: Bool

  init(kind: Kind, parentRank: Int, qualified: Bool, view: SubArrayType? = nil) {
    self.parentRank = parentRank
    self.viewNumber = view.map { Int32(truncatingIfNeeded: SubArrayType.number(of: $0)) } ?? -1
    self.kind = kind
    self.qualified = qualified
  }

  /// A `SubArray`'s type, or the type of the view a transpose wraps; `nil` otherwise.
  var view: SubArrayType? { viewNumber >= 0 ? SubArrayType.numbered(Int(viewNumber)) : nil }

  /// Whether the wrapper is a transpose (`Adjoint` or `Transpose`), not a view.
  var isTranspose: Bool { kind != .subArray }

  /// The type of the view this wrapper makes, `nil` for a transpose.
  var subArray: SubArrayType? { kind == .subArray ? view : nil }

  /// The number of dimensions of the wrapped value (2 for a transpose).
  var rank: Int { subArray?.rank ?? 2 }

  /// The type's name, e.g. `LinearAlgebra.Adjoint{Float64,Array{Float64,1}}`.
  func typeName(element: JuliaType) -> String {
    if let subArray { return subArray.typeName(element: element) }
    let parent = view?.typeName(element: element) ?? "Array{\(element.name),\(parentRank)}"
    return (qualified ? "LinearAlgebra." : "") + kind.rawValue + "{\(element.name),\(parent)}"
  }
}
