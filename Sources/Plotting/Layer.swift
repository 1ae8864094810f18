/// A kind of series drawn under a figure's traces: bars, a heatmap or contour lines.
///
/// Layers share the figure's axes, ticks and legend with its traces; the axes fit both.
public enum Layer: Sendable, Equatable {
  /// Filled rectangles from a baseline (Plots' `bar` and `histogram`).
  case bars(Bars)
  /// A grid of colored cells (Plots' `heatmap`).
  case heatmap(Heatmap)
  /// Lines where a gridded function takes given values (Plots' `contour`).
  case contour(Contour)
}

/// Bars between left and right edges, from a baseline up (or down) to their heights.
public struct Bars: Sendable, Equatable {
  /// The left edge of each bar in data units.
  public var lefts: [Double]
  /// The right edge of each bar.
  public var rights: [Double]
  /// The height of each bar; NaN leaves the bar out.
  public var heights: [Double]
  /// Where the bars start (Plots' `fillrange`, 0 by default).
  public var baseline: Double
  /// The name in the legend.
  public var name: String?
  /// The fill color.
  public var color: Color

  /// Creates bars; the three arrays are read up to the shortest one's length.
  public init(
    lefts: [Double], rights: [Double], heights: [Double], baseline: Double = 0,
    name: String? = nil, color: Color
  ) {
    self.lefts = lefts
    self.rights = rights
    self.heights = heights
    self.baseline = baseline
    self.name = name
    self.color = color
  }

  /// Bars between consecutive `edges` (n + 1 edges for n heights), as a histogram draws them.
  public init(edges: [Double], heights: [Double], name: String? = nil, color: Color) {
    self.init(
      lefts: Array(edges.dropLast()), rights: Array(edges.dropFirst()), heights: heights,
      name: name, color: color)
  }

  /// The number of bars.
  public var count: Int { min(lefts.count, rights.count, heights.count) }
}

/// Values on a grid of cells, each colored by where its value lies between `zRange`'s ends.
public struct Heatmap: Sendable, Equatable {
  /// The cells' edges along x: one more than the columns.
  public var xEdges: [Double]
  /// The cells' edges along y: one more than the rows.
  public var yEdges: [Double]
  /// `values[row][column]`: row `i` lies between `yEdges[i]` and `yEdges[i + 1]`.
  public var values: [[Double]]
  /// The colors from the lowest value to the highest.
  public var gradient: ColorGradient
  /// The values mapped to the gradient's ends (Plots' `clims`, the values' extrema by default).
  public var zRange: ClosedRange<Double>
  /// Whether a color bar shows the gradient beside the plot (Plots' `colorbar`).
  public var showsColorBar = true

  /// Creates a heatmap.
  public init(
    xEdges: [Double], yEdges: [Double], values: [[Double]], gradient: ColorGradient,
    zRange: ClosedRange<Double>, showsColorBar: Bool = true
  ) {
    self.showsColorBar = showsColorBar
    self.xEdges = xEdges
    self.yEdges = yEdges
    self.values = values
    self.gradient = gradient
    self.zRange = zRange
  }
}

/// Contour lines of values given at grid points, one line set per level.
public struct Contour: Sendable, Equatable {
  /// The grid's x coordinates (columns), increasing.
  public var x: [Double]
  /// The grid's y coordinates (rows), increasing.
  public var y: [Double]
  /// `z[row][column]` is the value at `(x[column], y[row])`.
  public var z: [[Double]]
  /// The values whose lines are drawn.
  public var levels: [Double]
  /// The colors of the levels, from `zRange`'s lower end to its upper end.
  public var gradient: ColorGradient
  /// The values mapped to the gradient's ends.
  public var zRange: ClosedRange<Double>
  /// Whether a color bar shows the gradient beside the plot (Plots' `colorbar`).
  public var showsColorBar = true
  /// Whether the regions between levels are filled instead of lines drawn (Plots' `fill`):
  /// the band from each level up to the next (the last one up to the highest value) takes the
  /// gradient's color at its lower level's place among the levels (GR's `contourf`).
  public var filled = false
  /// The line width in pixels.
  public var width: Double

  /// Creates contour lines.
  public init(
    x: [Double], y: [Double], z: [[Double]], levels: [Double], gradient: ColorGradient,
    zRange: ClosedRange<Double>, width: Double = 1, showsColorBar: Bool = true,
    filled: Bool = false
  ) {
    self.filled = filled
    self.showsColorBar = showsColorBar
    self.x = x
    self.y = y
    self.z = z
    self.levels = levels
    self.gradient = gradient
    self.zRange = zRange
    self.width = width
  }
}

extension Layer {
  /// The gradient and value range a color bar shows for this layer, if it has one.
  var colorScale: (gradient: ColorGradient, range: ClosedRange<Double>)? {
    switch self {
    case .bars: nil
    case .heatmap(let map): map.showsColorBar ? (map.gradient, map.zRange) : nil
    case .contour(let contour): contour.showsColorBar ? (contour.gradient, contour.zRange) : nil
    }
  }

  /// The smallest and largest finite coordinates the layer covers along x or y.
  func extent(ofX: Bool) -> (Double, Double)? {
    var values: [Double] = []
    switch self {
    case .bars(let bars):
      for index in 0..<bars.count where bars.heights[index].isFinite {
        if ofX {
          values += [bars.lefts[index], bars.rights[index]]
        } else {
          values += [bars.baseline, bars.heights[index]]
        }
      }
    case .heatmap(let map): values = ofX ? map.xEdges : map.yEdges
    case .contour(let contour): values = ofX ? contour.x : contour.y
    }
    let finite = values.filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max() else { return nil }
    return (low, high)
  }
}
