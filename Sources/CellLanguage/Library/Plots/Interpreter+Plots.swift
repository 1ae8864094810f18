import Foundation
import Plotting
import SourcePositions

/// Plots.jl's plotting functions: arguments and keywords into the series and attributes of a
/// `PlotsPlot`, as Plots 0.25 reads them (src/args.jl, src/recipes.jl, src/series.jl).
extension Interpreter {
  /// The global that holds Plots' current plot (`Plots.current()`); `#` keeps it out of reach
  /// of cell code.
  static let currentPlotName = "#Plots.current"

  /// The plot `plot!` and friends add to when not given one.
  func currentPlot(_ span: SourceSpan) throws -> PlotsPlot {
    guard case .object(let plot as PlotsPlot)? = globals.value(of: Interpreter.currentPlotName)
    else {
      throw fail(.error, "No current plot/subplot", span)
    }
    return plot
  }

  func makeCurrent(_ plot: PlotsPlot) {
    globals.define(Interpreter.currentPlotName, .object(plot))
  }

  /// `plot(…)`, `scatter(…)`, `histogram(…)`, … (`mutating`: the `!` forms) with the series type
  /// `kind` (`nil`: from `seriestype`, else a line).
  func plotsCall(_ call: LibraryCall, kind: String?, mutating: Bool) throws -> Value {
    var args = call.args
    var kwargs = call.kwargs
    let plot: PlotsPlot
    if mutating {
      if case .object(let given as PlotsPlot)? = args.first {
        plot = given
        args.removeFirst()
      } else {
        plot = try currentPlot(call.span)
      }
    } else if !args.isEmpty,
      args.allSatisfy({ if case .object(_ as PlotsPlot) = $0 { true } else { false } })
    {
      // plot(p1, p2, …; layout): the plots' subplots side by side.
      var subplots: [PlotsSubplot] = []
      var count = 0
      for case .object(let part as PlotsPlot) in args {
        subplots += part.subplots
        count += part.seriesCount
      }
      plot = PlotsPlot(subplots: subplots, columns: 1)
      plot.seriesCount = count
      plot.columns = try gridColumns(keyword(kwargs, "layout"), count: subplots.count, call.span)
      args = []
    } else {
      plot = PlotsPlot()
      if let layout = keyword(kwargs, "layout") {
        let count = try subplotCount(layout, call.span)
        plot.subplots = Array(repeating: PlotsSubplot(), count: count)
        plot.columns = try gridColumns(layout, count: count, call.span)
      }
    }
    kwargs.removeAll { $0.0 == "layout" }
    if let size = keyword(kwargs, "size") {
      let numbers = try plotsNumbers(size, "size", call.span)
      guard numbers.count == 2 else {
        throw fail(.argument, "ArgumentError: size needs (width, height)", call.span)
      }
      (plot.width, plot.height) = (numbers[0], numbers[1])
    }
    var seriesType = kind ?? "path"
    if let given = keyword(kwargs, "seriestype", "st") {
      seriesType = try symbolName(given, "seriestype", call.span)
    }
    if !args.isEmpty {
      try addSeries(args, type: seriesType, kwargs, to: plot, call.span)
    }
    try applySubplotAttributes(kwargs, to: plot, call.span)
    makeCurrent(plot)
    return .object(plot)
  }

  /// The number of subplots a `layout` asks for: an integer, or rows × columns.
  func subplotCount(_ layout: Value, _ span: SourceSpan) throws -> Int {
    switch layout {
    case .int(let n) where n >= 1: return n
    case .tuple(let parts) where parts.count == 2:
      let rows = try intArgument(parts[0], span)
      let columns = try intArgument(parts[1], span)
      guard rows >= 1, columns >= 1 else { break }
      return rows * columns
    default: break
    }
    throw fail(
      .unsupported,
      "this layout is not supported by sitegen's Julia (use an integer or (rows, columns))",
      span)
  }

  /// The columns of the grid for `count` subplots: a tuple's second number, or Plots'
  /// `compute_gridsize` for an integer (rows `round(Int, sqrt(n))`, columns to fit).
  func gridColumns(_ layout: Value?, count: Int, _ span: SourceSpan) throws -> Int {
    switch layout {
    case .tuple(let parts)? where parts.count == 2:
      let rows = try intArgument(parts[0], span)
      let columns = try intArgument(parts[1], span)
      if rows * columns < count {
        throw fail(
          .argument, "ArgumentError: the layout has \(rows * columns) cells for \(count) subplots",
          span)
      }
      return max(1, columns)
    case nil, .int?:
      let rows = max(1, Int((Double(count).squareRoot()).rounded(.toNearestOrEven)))
      return max(1, (count + rows - 1) / rows)
    default:
      throw fail(
        .unsupported,
        "this layout is not supported by sitegen's Julia (use an integer or (rows, columns))", span)
    }
  }

  /// A symbol or string keyword's name.
  func symbolName(_ value: Value, _ name: String, _ span: SourceSpan) throws -> String {
    switch value {
    case .symbol(let text), .string(let text): return text
    default:
      throw fail(.argument, "ArgumentError: \(name) needs a Symbol, got \(value.type.name)", span)
    }
  }

  /// Whether a value can be called as a function.
  func isCallable(_ value: Value) -> Bool {
    switch value {
    case .function, .builtin: true
    case .object(let object): object is CallableObject
    default: false
    }
  }

  /// A real result of calling `function` on numbers.
  func realCall(_ function: Value, _ args: [Double], _ span: SourceSpan) throws -> Double {
    let result = try untracked(try call(function, args.map { .float($0) }, [], span), span)
    guard let number = result.doubleValue else {
      throw fail(.method, "MethodError: plot needs real numbers, got \(result.type.name)", span)
    }
    return number
  }

  /// The real numbers of a data argument; text (categorical data, which Plots draws with its
  /// categories along the axis) is not supported.
  func plotsNumbers(_ value: Value, _ name: String, _ span: SourceSpan) throws -> [Double] {
    if case .array(let box) = value, box.dims.reduce(1, *) > 0 {
      switch box[0] {
      case .string, .symbol, .char:
        throw fail(
          .unsupported,
          "categorical data (\(box[0].type.name)) in \(name) is not supported by "
            + "sitegen's Julia", span)
      default: break
      }
    }
    return try doublesArgument(value, name, span)
  }

  /// The dimensions of an array argument (`[n]` for other collections).
  func plotsDims(_ value: Value) -> [Int]? {
    switch value {
    case .array(let box): box.dims
    case .trackedArray(let box): box.dims
    default: nil
    }
  }

  /// The columns of a matrix argument, or the vector as one column.
  func plotsColumns(_ value: Value, _ name: String, _ span: SourceSpan) throws -> [[Double]] {
    let numbers = try plotsNumbers(value, name, span)
    guard let dims = plotsDims(value), dims.count == 2 else { return [numbers] }
    let rows = dims[0]
    return (0..<dims[1]).map { Array(numbers[($0 * rows)..<(($0 + 1) * rows)]) }
  }

  /// A matrix argument as rows (`z[i, j]` in row `i`), with its dimensions.
  func plotsRows(_ value: Value, _ name: String, _ span: SourceSpan) throws -> [[Double]] {
    guard let dims = plotsDims(value), dims.count == 2 else {
      throw fail(.method, "MethodError: \(name) needs a matrix, got \(value.type.name)", span)
    }
    let numbers = try plotsNumbers(value, name, span)
    return (0..<dims[0]).map { row in (0..<dims[1]).map { numbers[$0 * dims[0] + row] } }
  }

  /// Adds the series the positional arguments describe to `plot`.
  func addSeries(
    _ args: [Value], type: String, _ kwargs: [(String, Value)], to plot: PlotsPlot,
    _ span: SourceSpan
  ) throws {
    switch type {
    case "path", "line", "scatter":
      for (local, (x, y)) in try lineData(args, span).enumerated() {
        try addPoints(
          x: x, y: y, scatter: type == "scatter", local: local, kwargs, to: plot, span)
      }
    case "histogram":
      guard args.count == 1 else { throw noMethod("histogram", args, span) }
      let values = try plotsNumbers(args[0], "histogram", span).filter(\.isFinite)
      let edges = try histogramEdges(
        values, keyword(kwargs, "bins", "bin", "nbins", "nbin", "nb"), span)
      let counts = HistogramBins.counts(values, edges: edges)
      try addBars(
        Bars(edges: edges, heights: counts.map(Double.init), color: .init(hex: 0)), kwargs,
        to: plot, span)
    case "bar":
      let (xs, ys): ([Double], [Double])
      switch args.count {
      case 1:
        ys = try plotsNumbers(args[0], "bar", span)
        xs = ys.indices.map { Double($0 + 1) }
      case 2:
        xs = try plotsNumbers(args[0], "bar", span)
        ys = try plotsNumbers(args[1], "bar", span)
      default: throw noMethod("bar", args, span)
      }
      guard xs.count == ys.count else {
        throw fail(.argument, "ArgumentError: bar needs as many x as y", span)
      }
      // Plots' bar recipe: half-width 0.4 times the smallest positive gap between xs (0.4 for
      // one bar), `_bar_width = 0.8` in src/args.jl.
      let gaps = zip(xs.dropFirst(), xs).map { $0 - $1 }.filter { $0 > 0 }
      let half = 0.4 * (gaps.min() ?? 1)
      try addBars(
        Bars(
          lefts: xs.map { $0 - half }, rights: xs.map { $0 + half }, heights: ys,
          color: .init(hex: 0)), kwargs, to: plot, span)
    case "heatmap", "contour":
      let (x, y, z) = try gridData(args, type, span)
      try addGrid(x: x, y: y, z: z, contour: type == "contour", kwargs, to: plot, span)
    default:
      throw fail(.unsupported, "seriestype :\(type) is not supported by sitegen's Julia", span)
    }
  }

  /// The (x, y) pairs of line or scatter series: `(y)`, `(x, y)` with matrices as several
  /// series, `(f, a, b)`, `(f, xs)` and vectors of functions.
  func lineData(_ args: [Value], _ span: SourceSpan) throws -> [([Double]?, [Double])] {
    if let first = args.first, isCallable(first) || isFunctionVector(first) {
      let functions = isCallable(first) ? [first] : try elements(first, span)
      let xs: [Double]
      if args.count == 3, let lower = args[1].doubleValue, let upper = args[2].doubleValue {
        xs = Trace.sampling({ $0 }, from: lower, to: upper).x ?? []
      } else if args.count == 2 {
        xs = try plotsNumbers(args[1], "plot", span)
      } else {
        throw noMethod("plot", args, span)
      }
      return try functions.map { f in (xs, try xs.map { try realCall(f, [$0], span) }) }
    }
    switch args.count {
    case 1: return try plotsColumns(args[0], "plot", span).map { (nil, $0) }
    case 2:
      let xs = try plotsNumbers(args[0], "plot", span)
      if isCallable(args[1]) { return [(xs, try xs.map { try realCall(args[1], [$0], span) })] }
      return try plotsColumns(args[1], "plot", span).map { (xs, $0) }
    default: throw noMethod("plot", args, span)
    }
  }

  func isFunctionVector(_ value: Value) -> Bool {
    guard case .array(let box) = value, box.dims.count == 1, box.dims[0] > 0 else { return false }
    return (0..<box.dims[0]).allSatisfy { isCallable(box[$0]) }
  }

  /// The edges of a histogram: Plots' `:auto` (Freedman–Diaconis) or a named rule, a number of
  /// bins (StatsBase's `histrange`), or the edges themselves.
  func histogramEdges(_ values: [Double], _ bins: Value?, _ span: SourceSpan) throws
    -> [Double]
  {
    switch bins {
    case nil:
      return HistogramBins.edges(
        values, count: HistogramBins.count(values, rule: .freedmanDiaconis))
    case .symbol(let name)?:
      let rule: HistogramBins.Rule
      switch name {
      case "auto", "fd": rule = .freedmanDiaconis
      case "sturges": rule = .plotsSturges
      case "sqrt": rule = .squareRoot
      case "rice": rule = .rice
      default:
        throw fail(.unsupported, "bins = :\(name) is not supported by sitegen's Julia", span)
      }
      return HistogramBins.edges(values, count: HistogramBins.count(values, rule: rule))
    case .int(let n)?:
      guard n >= 1 else {
        throw fail(
          .argument, "ArgumentError: number of bins must be ≥ 1 for a non-empty array, got \(n)",
          span)
      }
      return HistogramBins.edges(values, count: n)
    case let given?:
      return try plotsNumbers(given, "histogram", span)
    }
  }

  /// The subplot a series goes to: `subplot = k`, else series `n` of a fresh layout goes to
  /// subplot `n`, else the first.
  func targetSubplot(
    _ plot: PlotsPlot, _ kwargs: [(String, Value)], newSeries: Int, _ span: SourceSpan
  ) throws -> Int {
    if let given = keyword(kwargs, "subplot") {
      let index = try intArgument(given, span)
      guard index >= 1, index <= plot.subplots.count else {
        throw fail(.bounds, "BoundsError: the plot has \(plot.subplots.count) subplots", span)
      }
      return index - 1
    }
    return plot.subplots.count > 1 ? newSeries % plot.subplots.count : 0
  }

  /// The value of a per-series keyword for series `n` of a call: a row vector or vector gives
  /// one value per series, anything else the same to all.
  func perSeries(_ value: Value?, _ n: Int, _ span: SourceSpan) throws -> Value? {
    guard let value else { return nil }
    if case .array = value {
      let items = try elements(value, span)
      return items.isEmpty ? nil : items[n % items.count]
    }
    return value
  }

  /// The series' label: `label`, or Plots' automatic `y1`, `y2`, …
  func seriesLabel(_ kwargs: [(String, Value)], _ n: Int, _ global: Int, _ span: SourceSpan)
    throws -> String?
  {
    guard let value = try perSeries(keyword(kwargs, "label", "lab"), n, span) else {
      return "y\(global + 1)"
    }
    // An empty label (or `false`) keeps the series out of the legend.
    switch value {
    case .string(let text): return text
    case .bool(false), .nothing: return ""
    default: return printString(value)
    }
  }

  /// The series' color: `color`/`c`, else the palette's next.
  func seriesColor(_ kwargs: [(String, Value)], _ n: Int, _ global: Int, _ span: SourceSpan)
    throws -> Color
  {
    guard let value = try perSeries(keyword(kwargs, "color", "c"), n, span) else {
      return PlotsPlot.seriesColor(global)
    }
    if case .symbol("auto") = value { return PlotsPlot.seriesColor(global) }
    let name = try symbolName(value, "color", span)
    guard let color = Color(css: name) else {
      throw fail(.unsupported, "the color \(name) is not supported by sitegen's Julia", span)
    }
    return color
  }

  /// A line or scatter series.
  func addPoints(
    x: [Double]?, y: [Double], scatter: Bool, local: Int, _ kwargs: [(String, Value)],
    to plot: PlotsPlot, _ span: SourceSpan
  ) throws {
    let n = plot.seriesCount
    var trace = Trace(x: x, y: y, mode: scatter ? .markers : .lines)
    trace.name = try seriesLabel(kwargs, local, n, span)
    trace.color = try seriesColor(kwargs, local, n, span)
    // Plots' default linewidth is 1 (src/args.jl).
    trace.width = try perSeries(keyword(kwargs, "linewidth", "lw"), local, span)?.doubleValue ?? 1
    if let size = try perSeries(keyword(kwargs, "markersize", "ms"), local, span)?.doubleValue {
      trace.markerSize = size * 1.5
    }
    let target = try targetSubplot(plot, kwargs, newSeries: n, span)
    plot.subplots[target].traces.append(trace)
    plot.seriesCount += 1
  }

  /// A bar or histogram series.
  func addBars(
    _ bars: Bars, _ kwargs: [(String, Value)], to plot: PlotsPlot, _ span: SourceSpan
  ) throws {
    let n = plot.seriesCount
    var bars = bars
    let label = try seriesLabel(kwargs, 0, n, span)
    bars.name = label?.isEmpty == true ? nil : label
    bars.color = try seriesColor(kwargs, 0, n, span)
    let target = try targetSubplot(plot, kwargs, newSeries: n, span)
    plot.subplots[target].layers.append(.bars(bars))
    plot.seriesCount += 1
  }

}
