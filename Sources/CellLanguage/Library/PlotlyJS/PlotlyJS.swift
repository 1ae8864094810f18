extension LibraryModule {
  /// The functions of Julia's `PlotlyJS` that sitegen registers as library values: traces,
  /// layouts and figures of the Plotting target (`Builtins+Plotting.swift`).
  static var plotlyJS: LibraryModule {
    let traceKeywords: Set<String> = [
      "x", "y", "name", "mode", "marker_color", "line_color", "color", "line_width",
      "marker_size", "line_dash",
    ]
    let layoutKeywords: Set<String> = [
      "title", "xaxis_title", "yaxis_title", "width", "height", "showlegend", "yaxis_type",
    ]
    return LibraryModule(
      "PlotlyJS",
      [
        LibraryFunction(
          "scatter",
          [
            LibraryMethod([], vararg: .any, keywords: traceKeywords) { call in
              try call.session.scatterTrace(call.args, call.kwargs, call.span)
            }
          ]),
        LibraryFunction(
          "Layout",
          [
            LibraryMethod([], keywords: layoutKeywords) { call in
              .object(LayoutObject(try call.session.makeLayout(call.kwargs, call.span)))
            }
          ]),
        LibraryFunction(
          "plot",
          [
            LibraryMethod([], vararg: .any, keywords: ["name", "title"]) { call in
              try call.session.plotFigure(call.args, call.kwargs, call.span)
            }
          ]),
        LibraryFunction(
          "savefig",
          [
            LibraryMethod([], vararg: .any) { call in
              throw call.fail(
                .argument, "ArgumentError: savefig is not available: cells cannot write files")
            }
          ]),
      ])
  }
}
