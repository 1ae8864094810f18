import Plotting

/// One subplot of a Plots.jl plot: its series (lines and markers as traces; bars, heatmaps and
/// contours as layers) and its attributes.
struct PlotsSubplot {
  var title: String?
  var xLabel: String?
  var yLabel: String?
  var xLimits: ClosedRange<Double>?
  var yLimits: ClosedRange<Double>?
  /// Plots' `legend`: `false` hides it; a position is accepted and the legend drawn beside the
  /// plot, where every sitegen figure has it.
  var showsLegend = true
  var traces: [Trace] = []
  var layers: [Layer] = []

  /// The subplot as a figure of the Plotting target, with Plots' axis defaults: a heatmap's
  /// axes end at its outer cell edges, and bars that all rise from their baseline start the y
  /// axis there.
  func figure(width: Double, height: Double) -> Figure {
    var layout = Layout(width: width, height: height)
    layout.title = title
    layout.xAxis.title = xLabel
    layout.yAxis.title = yLabel
    layout.xAxis.range = xLimits
    layout.yAxis.range = yLimits
    var figure = Figure(traces: traces, layout: layout)
    figure.layers = layers
    for case .heatmap(let map) in layers {
      if xLimits == nil, let low = map.xEdges.min(), let high = map.xEdges.max(), low < high {
        figure.layout.xAxis.range = low...high
      }
      if yLimits == nil, let low = map.yEdges.min(), let high = map.yEdges.max(), low < high {
        figure.layout.yAxis.range = low...high
      }
    }
    let bars = layers.compactMap { if case .bars(let bars) = $0 { bars } else { nil } }
    if yLimits == nil, traces.isEmpty, bars.count == layers.count, let first = bars.first {
      let heights = bars.flatMap(\.heights).filter(\.isFinite)
      if let top = heights.max(), heights.allSatisfy({ $0 >= first.baseline }),
        top > first.baseline
      {
        // The y axis starts at the baseline and ends 5 % above the highest bar.
        figure.layout.yAxis.range = first.baseline...(top + 0.05 * (top - first.baseline))
      }
    }
    let named = traces.contains { $0.name?.isEmpty == false }
    figure.layout.showLegend = showsLegend && (named || !figure.layerLegendNames.isEmpty)
    return figure
  }
}

extension Figure {
  /// The names of the bar layers (which the legend lists after the traces).
  var layerLegendNames: [String] {
    layers.compactMap { if case .bars(let bars) = $0 { bars.name } else { nil } }
  }
}

/// A Plots.jl plot (`plot(…)`, `histogram(…)`, …): a grid of subplots, shown as a figure.
final class PlotsPlot: RuntimeObject {
  var subplots: [PlotsSubplot]
  /// The number of subplots in a row of the grid.
  var columns: Int
  /// The series added so far (Plots' `plt.n`), which numbers labels `y1`, `y2`, … and picks
  /// colors from the palette.
  var seriesCount = 0
  /// The size in pixels (Plots' `size`, 600 × 400 by default).
  var width = 600.0
  var height = 400.0

  init(subplots: [PlotsSubplot] = [PlotsSubplot()], columns: Int = 1) {
    self.subplots = subplots
    self.columns = columns
  }

  override var type: JuliaType { .other("Plots.Plot{Plots.GRBackend}") }

  /// `Plot{Plots.GRBackend() n=1}`: Plots 0.25's `string(plt)` (src/plot.jl).
  override func show(_ session: Interpreter) -> String {
    "Plot{Plots.GRBackend() n=\(seriesCount)}"
  }

  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    let copy = PlotsPlot(subplots: subplots, columns: columns)
    copy.seriesCount = seriesCount
    copy.width = width
    copy.height = height
    return copy
  }

  /// The plot as a figure: its one subplot's, or a grid of them.
  var figure: Figure {
    if subplots.count == 1 { return subplots[0].figure(width: width, height: height) }
    var grid = Figure(layout: Layout(width: width, height: height))
    grid.subplots = subplots.map { $0.figure(width: width, height: height) }
    grid.gridColumns = columns
    return grid
  }

  /// The color of series number `index` (0-based) from Plots' default palette.
  static func seriesColor(_ index: Int) -> Color {
    palette[index % palette.count]
  }

  /// Plots 0.2x's default series colors with the GR backend on a white background: the
  /// `:auto` palette PlotUtils 0.5's `get_color_palette(:auto, plot_color(:white), 30)`
  /// generates, first colors in order (the blue, orange, green, purple… of Plots' documentation
  /// figures of that time), rounded to 8 bits.
  static let palette: [Color] = [
    0x009AFA, 0xE36F47, 0x3EA44E, 0xC371D2, 0xAC8E18, 0x00AAAE, 0xED5E93, 0xC68225, 0x00A98D,
    0x8E971D, 0x00A9CD, 0x9B7FE9,
  ].map { Color(hex: $0) }
}

/// A color gradient of Plots (`cgrad(…)`), for a heatmap's or a contour's `color`.
final class ColorGradientObject: RuntimeObject {
  let gradient: ColorGradient

  init(_ gradient: ColorGradient) { self.gradient = gradient }

  override var type: JuliaType { .other("PlotUtils.ColorGradient") }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }
}
