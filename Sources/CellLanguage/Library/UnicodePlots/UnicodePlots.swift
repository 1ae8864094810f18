extension LibraryModule {
  /// The functions of Julia's `UnicodePlots` that sitegen registers as library values.
  static var unicodePlots: LibraryModule { LibraryModule("UnicodePlots", []) }
}
