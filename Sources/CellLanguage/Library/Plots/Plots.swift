extension LibraryModule {
  /// The functions of Julia's `Plots` (Plots.jl 0.25 with its default GR backend) that sitegen
  /// registers: plots of lines, markers, bars, histograms, heatmaps and contours, subplots, the
  /// current plot and `savefig`, drawn by the Plotting target (`Interpreter+Plots.swift`).
  static var plots: LibraryModule {
    let seriesKeywords: Set<String> = [
      "label", "lab", "color", "c", "linewidth", "lw", "markersize", "ms", "seriestype", "st",
      "bins", "bin", "nbins", "nbin", "nb", "levels", "fill", "subplot", "colorbar", "cbar",
    ]
    let plotKeywords: Set<String> = [
      "title", "xlabel", "xguide", "ylabel", "yguide", "xlims", "xlim", "ylims", "ylim", "legend",
      "leg", "layout", "size",
    ]
    let keywords = seriesKeywords.union(plotKeywords)
    func plotting(_ name: String, kind: String?, mutating: Bool) -> LibraryFunction {
      LibraryFunction(
        name,
        [
          LibraryMethod([], vararg: .any, keywords: keywords) { call in
            try call.session.plotsCall(call, kind: kind, mutating: mutating)
          }
        ])
    }
    var functions: [LibraryFunction] = []
    for (name, kind) in [
      ("plot", nil), ("scatter", "scatter"), ("histogram", "histogram"), ("bar", "bar"),
      ("heatmap", "heatmap"), ("contour", "contour"),
    ] as [(String, String?)] {
      functions.append(plotting(name, kind: kind, mutating: false))
      functions.append(plotting(name + "!", kind: kind, mutating: true))
    }
    functions.append(
      LibraryFunction(
        "current",
        [
          LibraryMethod([]) { call in .object(try call.session.currentPlot(call.span)) }
        ]))
    functions.append(
      LibraryFunction(
        "cgrad", [LibraryMethod([.any]) { call in try call.session.colorGradient(call) }]))
    functions.append(
      LibraryFunction(
        "savefig",
        [
          LibraryMethod([.any, .string]) { call in try call.session.saveFigure(call) },
          LibraryMethod([.string]) { call in try call.session.saveFigure(call) },
        ]))
    return LibraryModule("Plots", functions + plotsAttributeFunctions)
  }
}
