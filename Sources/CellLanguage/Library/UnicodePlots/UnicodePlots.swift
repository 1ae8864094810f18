extension LibraryModule {
  /// The functions of Julia's `UnicodePlots` that sitegen registers as library values: text
  /// plots drawn in braille by the Plotting target (`Builtins+Plotting.swift`).
  static var unicodePlots: LibraryModule {
    let keywords: Set<String> = ["name", "title", "xlabel", "ylabel"]
    return LibraryModule(
      "UnicodePlots",
      [
        LibraryFunction(
          "lineplot",
          [
            LibraryMethod([], vararg: .any, keywords: keywords) { call in
              .object(
                try call.session.textPlot(
                  "lineplot", markers: false, call.args, call.kwargs, call.span))
            }
          ]),
        LibraryFunction(
          "scatterplot",
          [
            LibraryMethod([], vararg: .any, keywords: keywords) { call in
              .object(
                try call.session.textPlot(
                  "scatterplot", markers: true, call.args, call.kwargs, call.span))
            }
          ]),
        LibraryFunction(
          "lineplot!",
          [
            LibraryMethod([], vararg: .any, keywords: keywords) { call in
              try call.session.addLines(call.args, call.kwargs, call.span)
            }
          ]),
      ])
  }
}
