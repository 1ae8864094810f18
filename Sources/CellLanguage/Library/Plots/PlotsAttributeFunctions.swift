extension LibraryModule {
  /// Plots' attribute setters `title!`, `xlabel!`, `ylabel!`, `xlims!` and `ylims!` (Plots 0.25,
  /// src/Plots.jl): each sets its attribute on the current plot, or on the plot given first, and
  /// returns the plot.
  static var plotsAttributeFunctions: [LibraryFunction] {
    [
      ("title!", "title"), ("xlabel!", "xlabel"), ("ylabel!", "ylabel"), ("xlims!", "xlims"),
      ("ylims!", "ylims"),
    ].map { name, attribute in
      LibraryFunction(
        name,
        [
          LibraryMethod([.any], vararg: .any) { call in
            var args = call.args
            let plot: PlotsPlot
            if case .object(let given as PlotsPlot) = args[0] {
              plot = given
              args.removeFirst()
            } else {
              plot = try call.session.currentPlot(call.span)
            }
            let value: Value
            switch args.count {
            case 1: value = args[0]
            case 2 where attribute.hasSuffix("lims"): value = .tuple(args)
            default: throw call.session.noMethod(name, call.args, call.span)
            }
            try call.session.applySubplotAttributes([(attribute, value)], to: plot, call.span)
            call.session.makeCurrent(plot)
            return .object(plot)
          }
        ])
    }
  }
}
