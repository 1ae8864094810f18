/// The parts of a figure that are not data: title, axes, size, legend and colors.
public struct Layout: Sendable, Equatable {
  /// The figure's title, drawn above the plot.
  public var title: String?
  /// The horizontal axis.
  public var xAxis: Axis
  /// The vertical axis.
  public var yAxis: Axis
  /// The width in pixels of the SVG's coordinate system (Plotly's default is 700).
  public var width: Double
  /// The height in pixels of the SVG's coordinate system (Plotly's default is 450).
  public var height: Double
  /// Whether to draw the legend; `nil` draws it for two or more traces or a named one.
  public var showLegend: Bool?
  /// The colors given in turn to traces without their own.
  public var colorway: [Color]

  /// Creates a layout; the defaults are Plotly's.
  public init(
    title: String? = nil, xAxis: Axis = Axis(), yAxis: Axis = Axis(), width: Double = 700,
    height: Double = 450, showLegend: Bool? = nil, colorway: [Color] = Color.plotlyColorway
  ) {
    self.title = title
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.width = width
    self.height = height
    self.showLegend = showLegend
    self.colorway = colorway
  }
}
