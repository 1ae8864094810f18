import Foundation
import Plotting
import SourcePositions

/// Plots' heatmaps and contours: their grids, levels, cell edges and color gradients.
extension Interpreter {
  /// The grid of a heatmap or contour: `(z)`, `(x, y, z)` with `z` a matrix (rows along y) or a
  /// function of `(x, y)`.
  func gridData(_ args: [Value], _ name: String, _ span: SourceSpan) throws
    -> ([Double], [Double], [[Double]])
  {
    switch args.count {
    case 1:
      let z = try plotsRows(args[0], name, span)
      let columns = z.first?.count ?? 0
      return ((0..<columns).map { Double($0 + 1) }, z.indices.map { Double($0 + 1) }, z)
    case 3:
      let x = try plotsNumbers(args[0], name, span)
      let y = try plotsNumbers(args[1], name, span)
      let z: [[Double]]
      if isCallable(args[2]) {
        // Plots evaluates a surface function as `f.(x', y)`: row i is y[i].
        z = try y.map { yv in try x.map { xv in try realCall(args[2], [xv, yv], span) } }
      } else {
        z = try plotsRows(args[2], name, span)
      }
      guard z.count == y.count, z.allSatisfy({ $0.count == x.count }) else {
        throw fail(
          .dimensionMismatch,
          "DimensionMismatch(\"\(name): z must have length(y) rows and length(x) columns\")",
          span)
      }
      return (x, y, z)
    default: throw noMethod(name, args, span)
    }
  }

  /// A heatmap or contour series, colored by Plots' default gradient (`:inferno`) between the
  /// values' extrema.
  func addGrid(
    x: [Double], y: [Double], z: [[Double]], contour: Bool, _ kwargs: [(String, Value)],
    to plot: PlotsPlot, _ span: SourceSpan
  ) throws {
    let finite = z.joined().filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max() else {
      throw fail(.argument, "ArgumentError: the values have no finite number", span)
    }
    let range = low...high
    let gradient = try gradientKeyword(kwargs, span)
    var showsColorBar = true
    switch keyword(kwargs, "colorbar", "cbar") {
    case nil, .bool(true)?, .symbol("legend")?, .symbol("right")?, .symbol("best")?: break
    case .bool(false)?, .symbol("none")?: showsColorBar = false
    case let other?:
      throw fail(
        .unsupported, "colorbar = \(show(other)) is not supported by sitegen's Julia", span)
    }
    var layer: Layer
    if contour {
      var filled = false
      switch keyword(kwargs, "fill") {
      case nil, .bool(false)?: break
      case .bool(true)?: filled = true
      case let other?:
        throw fail(.unsupported, "fill = \(show(other)) is not supported by sitegen's Julia", span)
      }
      var levels: [Double]
      switch keyword(kwargs, "levels") {
      case nil:
        levels = Interpreter.contourLevels(range, count: 15, filled: filled)
      case .int(let count)?:
        levels = Interpreter.contourLevels(range, count: count, filled: filled)
      case let given?:
        levels = try plotsNumbers(given, "contour", span)
        // gr_contour_levels: GR fills up to the highest value, so the last level is dropped.
        if filled, levels.count > 1 { levels.removeLast() }
      }
      let width = keyword(kwargs, "linewidth", "lw")?.doubleValue ?? 1
      layer = .contour(
        Contour(
          x: x, y: y, z: z, levels: levels, gradient: gradient,
          zRange: filled ? (levels.min() ?? low)...(levels.max() ?? high) : range, width: width,
          showsColorBar: showsColorBar, filled: filled))
    } else {
      if keyword(kwargs, "levels") != nil || keyword(kwargs, "fill") != nil {
        throw fail(
          .unsupported, "levels and fill are contour keywords: not supported for heatmap", span)
      }
      layer = .heatmap(
        Heatmap(
          xEdges: Interpreter.heatmapEdges(x), yEdges: Interpreter.heatmapEdges(y), values: z,
          gradient: gradient, zRange: range, showsColorBar: showsColorBar))
    }
    let target = try targetSubplot(plot, kwargs, newSeries: plot.seriesCount, span)
    plot.subplots[target].layers.append(layer)
    plot.seriesCount += 1
  }

  /// The gradient of a heatmap or contour: `color`/`c` as `cgrad(…)`, `:inferno` (Plots'
  /// default) or `:auto`.
  func gradientKeyword(_ kwargs: [(String, Value)], _ span: SourceSpan) throws
    -> ColorGradient
  {
    switch keyword(kwargs, "color", "c") {
    case nil, .symbol("auto")?, .symbol("inferno")?: return .inferno
    case .object(let object as ColorGradientObject)?: return object.gradient
    case let other?:
      throw fail(
        .unsupported,
        "the color gradient \(show(other)) is not supported by sitegen's Julia "
          + "(use :inferno or cgrad([colors…]))", span)
    }
  }

  /// `cgrad(:inferno)` and `cgrad([c1, c2, …])`: a gradient through the colors, evenly spaced,
  /// interpolated in RGB (PlotUtils 0.5's `cgrad(arg)`).
  func colorGradient(_ call: LibraryCall) throws -> Value {
    switch call.args[0] {
    case .symbol("inferno"): return .object(ColorGradientObject(.inferno))
    case .symbol(let name):
      throw call.fail(.unsupported, "cgrad(:\(name)) is not supported by sitegen's Julia")
    default:
      let names = try elements(call.args[0], call.span)
      var stops: [(red: Double, green: Double, blue: Double)] = []
      for name in names {
        let text = try symbolName(name, "cgrad", call.span)
        guard let color = Color(css: text) else {
          throw call.fail(.unsupported, "the color \(text) is not supported by sitegen's Julia")
        }
        stops.append(
          (Double(color.red) / 255, Double(color.green) / 255, Double(color.blue) / 255))
      }
      guard !stops.isEmpty else { throw call.fail(.argument, "ArgumentError: cgrad needs colors") }
      return .object(ColorGradientObject(ColorGradient(stops: stops)))
    }
  }

  /// Plots 0.25's `contour_levels` (src/utils.jl) for a count: `range(zmin, stop = zmax,
  /// length = n + 2)` without its ends for lines; for filled contours without its last value
  /// only (`gr_contour_levels` in src/backends/gr.jl: GR fills up to the highest value).
  static func contourLevels(_ range: ClosedRange<Double>, count: Int, filled: Bool = false)
    -> [Double]
  {
    guard count >= 1 else { return [] }
    let n = count + 2
    return ((filled ? 0 : 1)...count).map { index in
      // Each level interpolated from both ends (as LinRange does); Julia's StepRangeLen may
      // differ in the last bit, which moves no drawn line by a visible amount.
      let t = Double(index) / Double(n - 1)
      return range.lowerBound * (1 - t) + range.upperBound * t
    }
  }

  /// Plots 0.25's `_heatmap_edges` (src/utils.jl): midpoints between centers, and half the
  /// first and last gaps beyond the ends (±0.5 for a single center).
  static func heatmapEdges(_ centers: [Double]) -> [Double] {
    guard centers.count >= 2, let low = centers.min(), let high = centers.max() else {
      return centers.isEmpty ? [] : [centers[0] - 0.5, centers[0] + 0.5]
    }
    let extraLow = (centers[1] - centers[0]) / 2
    let extraHigh = (centers[centers.count - 1] - centers[centers.count - 2]) / 2
    var edges = [low - extraLow]
    for index in 0..<(centers.count - 1) {
      edges.append(0.5 * (centers[index] + centers[index + 1]))
    }
    edges.append(high + extraHigh)
    return edges
  }
}
