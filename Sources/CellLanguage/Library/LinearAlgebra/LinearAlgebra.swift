extension LibraryModule {
  /// The functions of Julia's `LinearAlgebra` that sitegen registers as library values.
  static var linearAlgebra: LibraryModule { LibraryModule("LinearAlgebra", []) }
}
