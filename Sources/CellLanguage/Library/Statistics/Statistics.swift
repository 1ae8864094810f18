extension LibraryModule {
  /// The functions of Julia's `Statistics` that sitegen registers as library values.
  static var statistics: LibraryModule { LibraryModule("Statistics", []) }
}
