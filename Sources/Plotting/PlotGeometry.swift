/// Where the parts of an SVG figure go: plot rectangle, ticks, legend, titles.
struct PlotGeometry {
  /// The figure size in pixels (the viewBox), including a caption.
  var width: Double
  var height: Double
  /// The plot rectangle.
  var left: Double
  var top: Double
  var right: Double
  var bottom: Double
  /// The fitted axes and their ticks.
  var xAxis: ResolvedAxis
  var yAxis: ResolvedAxis
  var xTicks: [Tick]
  var yTicks: [Tick]
  /// The legend's left edge, when there is a legend.
  var legendX: Double?

  /// The tick label font size (plotly.js's default font size).
  static let fontSize = 12.0
  /// The height of one legend row.
  static let legendRow = 20.0
  /// The length of a legend entry's line sample.
  static let legendSample = 30.0

  /// Lays out `figure`, leaving room for a caption when there is one.
  init(figure: Figure, hasCaption: Bool) {
    let layout = figure.layout
    width = max(120, layout.width.isFinite ? layout.width : 700)
    let plotHeightTotal = max(100, layout.height.isFinite ? layout.height : 450)
    height = plotHeightTotal + (hasCaption ? 28 : 0)
    (xAxis, yAxis) = figure.resolvedAxes()

    // Phase 1: vertical extent, which the y ticks depend on.
    top = layout.title == nil ? 20 : 60
    bottom = plotHeightTotal - 36 - (layout.xAxis.title == nil ? 0 : 24)
    let plotHeight = bottom - top
    yTicks = PlotGeometry.fittingTicks(
      yAxis, length: plotHeight, start: Int(plotHeight / 45)
    ) { _ in PlotGeometry.fontSize + 4 }

    // Phase 2: horizontal extent from the widest y label and the legend.
    let labelWidth =
      yTicks.map { SVGWriter.estimatedWidth($0.label, fontSize: PlotGeometry.fontSize) }.max()
      ?? 0
    left = max(48, 18 + labelWidth + 8 + (layout.yAxis.title == nil ? 0 : 24))
    var rightMargin = 28.0 + figure.layerRightMargin
    if figure.showsLegend {
      let names = figure.legendNames
      let widest =
        names.map { SVGWriter.estimatedWidth($0, fontSize: PlotGeometry.fontSize) }.max() ?? 0
      rightMargin = max(
        rightMargin, PlotGeometry.legendSample + 8 + widest + 28 + figure.layerRightMargin)
    }
    right = width - rightMargin
    if right - left < 40 { right = left + 40 }
    legendX = figure.showsLegend ? right + 18 : nil
    let plotWidth = right - left
    xTicks = PlotGeometry.fittingTicks(xAxis, length: plotWidth, start: Int(plotWidth / 70)) {
      SVGWriter.estimatedWidth($0, fontSize: PlotGeometry.fontSize) + 12
    }
  }

  /// The most ticks, from `start` intervals down, whose labels do not overlap along `length`.
  private static func fittingTicks(
    _ axis: ResolvedAxis, length: Double, start: Int, extent: (String) -> Double
  ) -> [Tick] {
    var target = max(2, min(12, start))
    while true {
      let ticks = axis.ticks(targetCount: target)
      let positions = ticks.map { (axis.fraction(of: $0.value) ?? 0) * length }
      var fits = true
      for index in ticks.indices.dropFirst() {
        let gap = abs(positions[index] - positions[index - 1])
        let needed = (extent(ticks[index].label) + extent(ticks[index - 1].label)) / 2
        if gap < needed {
          fits = false
          break
        }
      }
      if fits || target <= 1 { return ticks }
      target -= 1
    }
  }

  /// The x pixel of a data value, `nil` when it cannot be shown.
  func x(_ value: Double) -> Double? {
    xAxis.fraction(of: value).map { left + $0 * (right - left) }
  }

  /// The y pixel of a data value, `nil` when it cannot be shown.
  func y(_ value: Double) -> Double? {
    yAxis.fraction(of: value).map { bottom - $0 * (bottom - top) }
  }

  /// The pixel of a trace's point, `nil` for a gap.
  func point(of trace: Trace, at index: Int) -> PathData.Point? {
    guard let px = x(trace.xValue(at: index)), let py = y(trace.y[index]) else { return nil }
    // Far-off values would overflow the clipping arithmetic; they are clipped anyway.
    let limit = 1e9
    return PathData.Point(x: min(max(px, -limit), limit), y: min(max(py, -limit), limit))
  }
}

extension Figure {
  /// The name a trace shows in the legend: its own, or "trace N" as plotly.js names it.
  public func legendName(ofTraceAt index: Int) -> String {
    traces[index].name ?? "trace \(index)"
  }
}
