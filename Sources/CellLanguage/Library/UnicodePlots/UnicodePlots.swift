extension LibraryModule {
  /// The functions of Julia's `UnicodePlots` that sitegen registers as library values: text
  /// plots drawn in braille by the Plotting target (`Builtins+Plotting.swift`).
  static var unicodePlots: LibraryModule {
    let keywords: Set<String> = ["name", "title", "xlabel", "ylabel"]
    return LibraryModule(
      "UnicodePlots",
      [
        textPlotFunction("lineplot", markers: false, keywords: keywords),
        textPlotFunction("scatterplot", markers: true, keywords: keywords),
        LibraryFunction(
          "densityplot",
          [
            LibraryMethod([.any, .any], keywords: keywords) { call in
              let plot = try call.session.textPlot(
                "densityplot", markers: true, call.args, call.kwargs, call.span)
              plot.isDensity = true
              return .object(plot)
            }
          ]),
        LibraryFunction(
          "lineplot!",
          [
            LibraryMethod([], vararg: .any, keywords: keywords) { call in
              try call.session.addLines(call.args, call.kwargs, call.span)
            }
          ]),
      ] + unicodeBarFunctions)
  }

  /// `lineplot`/`scatterplot`: a text plot of lines or of markers.
  private static func textPlotFunction(_ name: String, markers: Bool, keywords: Set<String>)
    -> LibraryFunction
  {
    LibraryFunction(
      name,
      [
        LibraryMethod([], vararg: .any, keywords: keywords) { call in
          .object(
            try call.session.textPlot(name, markers: markers, call.args, call.kwargs, call.span))
        }
      ])
  }
}
