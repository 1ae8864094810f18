extension LibraryModule {
  /// The functions of Julia's `Flux` that sitegen registers as library values.
  static var flux: LibraryModule { LibraryModule("Flux", []) }
}
