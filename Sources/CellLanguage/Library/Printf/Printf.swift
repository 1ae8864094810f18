extension LibraryModule {
  /// The functions of Julia's `Printf` that sitegen registers as library values.
  static var printf: LibraryModule { LibraryModule("Printf", []) }
}
