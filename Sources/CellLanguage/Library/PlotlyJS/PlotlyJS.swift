extension LibraryModule {
  /// The functions of Julia's `PlotlyJS` that sitegen registers as library values.
  static var plotlyJS: LibraryModule { LibraryModule("PlotlyJS", []) }
}
