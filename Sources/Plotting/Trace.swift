/// One data series of a figure: points joined by lines, drawn as markers, or both.
public struct Trace: Sendable, Equatable {
  /// The x coordinates; `nil` plots `y` against 1…n.
  public var x: [Double]?
  /// The y coordinates. NaN and ±Inf leave gaps.
  public var y: [Double]
  /// The name shown in the legend and in the hover values.
  public var name: String?
  /// How the points are drawn.
  public var mode: Mode
  /// The line and marker color; `nil` takes the layout's colorway in turn.
  public var color: Color?
  /// The line width in pixels (Plotly's default is 2).
  public var width: Double
  /// The line's dash pattern.
  public var dash: Dash
  /// The marker diameter in pixels (Plotly's default is 6).
  public var markerSize: Double

  /// Creates a trace; the defaults are Plotly's.
  public init(
    x: [Double]? = nil, y: [Double], name: String? = nil, mode: Mode = .automatic,
    color: Color? = nil, width: Double = 2, dash: Dash = .solid, markerSize: Double = 6
  ) {
    self.x = x
    self.y = y
    self.name = name
    self.mode = mode
    self.color = color
    self.width = width
    self.dash = dash
    self.markerSize = markerSize
  }

  /// Samples `function` at `count` evenly spaced points from `lower` to `upper`, both included.
  ///
  /// - Parameters:
  ///   - function: the function to plot; results that are not finite leave gaps.
  ///   - lower: the first x.
  ///   - upper: the last x.
  ///   - count: the number of samples, at least 2.
  ///   - name: the trace's name.
  public static func sampling(
    _ function: (Double) -> Double, from lower: Double, to upper: Double, count: Int = 201,
    name: String? = nil
  ) -> Trace {
    let n = max(2, count)
    var xs: [Double] = []
    xs.reserveCapacity(n)
    for index in 0..<n {
      // The ends are exact; inner points interpolate without accumulating error.
      let t = Double(index) / Double(n - 1)
      xs.append(index == n - 1 ? upper : lower + (upper - lower) * t)
    }
    return Trace(x: xs, y: xs.map(function), name: name)
  }

  /// The number of points: the length of `y`, or the shorter of `x` and `y`.
  public var count: Int {
    if let x { return min(x.count, y.count) }
    return y.count
  }

  /// The x coordinate of point `index` (1-based positions when `x` is absent).
  public func xValue(at index: Int) -> Double {
    if let x { return x[index] }
    return Double(index + 1)
  }

  /// The mode after resolving `.automatic` the way plotly.js does.
  ///
  /// plotly.js draws a scatter trace without a mode as lines and markers when it has fewer
  /// than 20 points (`PTS_LINESONLY` in its scatter constants), and as lines otherwise.
  public var resolvedMode: Mode {
    switch mode {
    case .automatic: count < 20 ? .linesAndMarkers : .lines
    case .lines, .markers, .linesAndMarkers: mode
    }
  }
}

extension Trace {
  /// How a trace's points are drawn (Plotly's `mode`).
  public enum Mode: String, Sendable, Equatable, CaseIterable {
    /// Lines for 20 points or more, lines and markers below.
    case automatic = "auto"
    /// Segments between consecutive points.
    case lines
    /// A dot at each point.
    case markers
    /// Both.
    case linesAndMarkers = "lines+markers"
  }

  /// A line's dash pattern (Plotly's `line.dash` names).
  public enum Dash: String, Sendable, Equatable, CaseIterable {
    case solid
    case dot
    case dash
    case longDash = "longdash"
    case dashDot = "dashdot"
    case longDashDot = "longdashdot"
  }
}

extension Trace.Mode {
  /// Whether segments are drawn between points.
  public var drawsLines: Bool {
    switch self {
    case .automatic, .lines, .linesAndMarkers: true
    case .markers: false
    }
  }

  /// Whether a marker is drawn at each point.
  public var drawsMarkers: Bool {
    switch self {
    case .markers, .linesAndMarkers: true
    case .automatic, .lines: false
    }
  }
}
