import Plotting
import SourcePositions

/// PlotlyJS's `plot`, `scatter`, `Layout` and UnicodePlots' `lineplot`, mapped onto the
/// Plotting target's figure model.
extension Interpreter {
  func doublesArgument(_ value: Value, _ name: String, _ span: SourceSpan) throws -> [Double] {
    try charge(Self.work(Self.workSize(value), Self.pointCost), span)
    let values = try elements(value, span)
    return try values.map { element in
      if case .trackedReal(let x) = element { return x.data }
      guard let x = element.doubleValue else {
        throw fail(
          .method, "MethodError: \(name) needs real numbers, got \(element.type.name)", span)
      }
      return x
    }
  }

  func keyword(_ kwargs: [(String, Value)], _ names: String...) -> Value? {
    for name in names { if let value = kwargs.last(where: { $0.0 == name })?.1 { return value } }
    return nil
  }

  func stringKeyword(_ kwargs: [(String, Value)], _ names: String...) -> String? {
    for name in names {
      if let value = kwargs.last(where: { $0.0 == name })?.1 { return printString(value) }
    }
    return nil
  }

  func makeTrace(_ kwargs: [(String, Value)], _ span: SourceSpan) throws -> Trace {
    guard let yValue = keyword(kwargs, "y") else {
      throw fail(.argument, "ArgumentError: scatter needs y", span)
    }
    var trace = Trace(
      x: try keyword(kwargs, "x").map { try doublesArgument($0, "scatter", span) },
      y: try doublesArgument(yValue, "scatter", span))
    trace.name = stringKeyword(kwargs, "name")
    if let mode = stringKeyword(kwargs, "mode"), let parsed = Trace.Mode(rawValue: mode) {
      trace.mode = parsed
    }
    if let color = stringKeyword(kwargs, "marker_color", "line_color", "color") {
      trace.color = Color(css: color)
    }
    if let width = keyword(kwargs, "line_width")?.doubleValue { trace.width = width }
    if let size = keyword(kwargs, "marker_size")?.doubleValue { trace.markerSize = size }
    if let dash = stringKeyword(kwargs, "line_dash"), let parsed = Trace.Dash(rawValue: dash) {
      trace.dash = parsed
    }
    return trace
  }

  func makeLayout(_ kwargs: [(String, Value)], _ span: SourceSpan) throws -> Layout {
    var layout = Layout()
    layout.title = stringKeyword(kwargs, "title")
    if let title = stringKeyword(kwargs, "xaxis_title") { layout.xAxis.title = title }
    if let title = stringKeyword(kwargs, "yaxis_title") { layout.yAxis.title = title }
    if let width = keyword(kwargs, "width")?.doubleValue { layout.width = width }
    if let height = keyword(kwargs, "height")?.doubleValue { layout.height = height }
    if case .bool(let show)? = keyword(kwargs, "showlegend") { layout.showLegend = show }
    if case .symbol("log")? = keyword(kwargs, "yaxis_type") { layout.yAxis.scale = .log }
    if let type = stringKeyword(kwargs, "yaxis_type"), let scale = Axis.Scale(rawValue: type) {
      layout.yAxis.scale = scale
    }
    return layout
  }

  /// A name for a function in a text plot's legend, as UnicodePlots prints it.
  func functionLabel(_ function: Value) -> String {
    switch function {
    case .builtin(.relu): "NNlib.relu(x)"
    case .builtin(.sigmoid), .builtin(.sigmoidName): "NNlib.σ(x)"
    case .builtin(let builtin): "\(builtin.name)(x)"
    case .function(let box): "\(box.name)(x)"
    default: "f(x)"
    }
  }

  /// PlotlyJS's `scatter(x, y; …)`, `scatter(y; …)` and `scatter(; x, y, …)`: a trace.
  func scatterTrace(_ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan) throws
    -> Value
  {
    var all = kwargs
    if args.count == 2 { all = [("x", args[0]), ("y", args[1])] + kwargs }
    if args.count == 1 { all = [("y", args[0])] + kwargs }
    return .object(TraceObject(try makeTrace(all, span)))
  }

  /// PlotlyJS's `plot(trace)`, `plot([traces…], layout)`, `plot(y)`, `plot(x, y)`: a figure.
  func plotFigure(_ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan) throws
    -> Value
  {
    var layout = Layout()
    var rest = args
    if case .object(let object as LayoutObject)? = rest.last {
      layout = object.layout
      rest.removeLast()
    }
    var traces: [Trace] = []
    if rest.count == 1, case .object(let trace as TraceObject) = rest[0] {
      traces = [trace.trace]
    } else if rest.count == 1, let items = try? elements(rest[0], span),
      !items.isEmpty,
      items.allSatisfy({ if case .object(_ as TraceObject) = $0 { true } else { false } })
    {
      traces = items.compactMap {
        if case .object(let trace as TraceObject) = $0 { trace.trace } else { nil }
      }
    } else if rest.count == 1 {
      var trace = Trace(y: try doublesArgument(rest[0], "plot", span))
      trace.name = stringKeyword(kwargs, "name")
      traces = [trace]
    } else if rest.count == 2 {
      var trace = Trace(
        x: try doublesArgument(rest[0], "plot", span),
        y: try doublesArgument(rest[1], "plot", span))
      trace.name = stringKeyword(kwargs, "name")
      traces = [trace]
    } else {
      throw noMethod("plot", args, span)
    }
    if let title = stringKeyword(kwargs, "title") { layout.title = title }
    return .object(FigureObject(Figure(traces: traces, layout: layout)))
  }

  /// UnicodePlots' `lineplot`/`scatterplot` of `(f, lower, upper)`, `(y)` or `(x, y)`: a text
  /// plot (`markers` for `scatterplot`).
  func textPlot(
    _ name: String, markers: Bool, _ args: [Value], _ kwargs: [(String, Value)],
    _ span: SourceSpan
  ) throws -> TextPlotObject {
    var traces: [Trace] = []
    let label = stringKeyword(kwargs, "name")
    if args.count == 3, let lower = args[1].doubleValue, let upper = args[2].doubleValue {
      let functions = (try? elements(args[0], span)) ?? [args[0]]
      for function in functions.isEmpty ? [args[0]] : functions {
        var failure: LanguageError?
        var trace = Trace.sampling(
          { x in
            do {
              let y = try self.call(function, [.float(x)], [], span)
              return try self.untracked(y, span).doubleValue ?? .nan
            } catch {
              failure = failure ?? (error as? LanguageError)
              return .nan
            }
          }, from: lower, to: upper, name: functionLabel(function))
        if let failure { throw failure }
        if markers { trace.mode = .markers }
        traces.append(trace)
      }
    } else if args.count == 1 {
      traces = [Trace(y: try doublesArgument(args[0], "lineplot", span), name: label)]
    } else if args.count == 2 {
      traces = [
        Trace(
          x: try doublesArgument(args[0], "lineplot", span),
          y: try doublesArgument(args[1], "lineplot", span), name: label)
      ]
    } else {
      throw noMethod(name, args, span)
    }
    // scatterplot draws points, never the segments between them.
    if markers {
      traces = traces.map {
        var trace = $0
        trace.mode = .markers
        return trace
      }
    }
    var layout = Layout()
    layout.title = stringKeyword(kwargs, "title")
    if let x = stringKeyword(kwargs, "xlabel") { layout.xAxis.title = x }
    if let y = stringKeyword(kwargs, "ylabel") { layout.yAxis.title = y }
    return TextPlotObject(Figure(traces: traces, layout: layout))
  }

  /// UnicodePlots' `lineplot!(plot, …)`: the plot with the new lines added.
  func addLines(_ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan) throws -> Value {
    guard args.count >= 2, case .object(let plot as TextPlotObject) = args[0] else {
      throw noMethod("lineplot!", args, span)
    }
    let added = try textPlot("lineplot!", markers: false, Array(args.dropFirst()), kwargs, span)
    plot.figure.traces.append(contentsOf: added.figure.traces)
    return args[0]
  }

  /// The output a figure value makes when displayed.
  func figureOutput(_ value: Value) -> Output? {
    switch value {
    case .object(let figure as FigureObject): .figure(figure.figure)
    case .object(let plot as PlotsPlot): .figure(plot.figure)
    case .object(let plot as TextPlotObject): .textFigure(plot.coloredText)
    case .object(let plot as TextBarPlotObject): .textFigure(plot.chart.text())
    case .object(let graph as GraphObject): .graph(graph.figure)
    default: nil
    }
  }
}

/// A PlotlyJS trace (`scatter(…)`).
final class TraceObject: RuntimeObject {
  let trace: Trace

  init(_ trace: Trace) { self.trace = trace }

  override var type: JuliaType { .other("GenericTrace{Dict{Symbol,Any}}") }
  override func show(_ session: Interpreter) -> String { "scatter with fields type, x and y" }
}

/// A PlotlyJS layout (`Layout(…)`).
final class LayoutObject: RuntimeObject {
  let layout: Layout

  init(_ layout: Layout) { self.layout = layout }

  override var type: JuliaType { .other("Layout{Dict{Symbol,Any}}") }
}

/// A PlotlyJS figure (`plot(…)`).
final class FigureObject: RuntimeObject {
  let figure: Figure

  init(_ figure: Figure) { self.figure = figure }

  override var type: JuliaType { .other("PlotlyJS.SyncPlot") }
  override func show(_ session: Interpreter) -> String {
    "PlotlyJS.SyncPlot(\(figure.traces.count) traces)"
  }
}

/// A UnicodePlots plot (`lineplot(…)`), shown as braille text.
final class TextPlotObject: RuntimeObject {
  var figure: Figure
  /// `densityplot`'s shaded counts instead of braille dots.
  var isDensity: Bool

  init(_ figure: Figure, isDensity: Bool = false) {
    self.figure = figure
    self.isDensity = isDensity
  }

  /// The plot's text.
  var text: String { isDensity ? figure.densityText() : figure.braille() }
  /// The plot's text with its series in UnicodePlots' colors (ANSI escapes), as a page or a
  /// terminal shows it.
  var coloredText: String { isDensity ? figure.densityText() : figure.braille(color: true) }

  override var type: JuliaType {
    .other("UnicodePlots.Plot{UnicodePlots.\(isDensity ? "DensityCanvas" : "BrailleCanvas")}")
  }
  override func show(_ session: Interpreter) -> String { text }
}
