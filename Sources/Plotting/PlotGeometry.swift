/// Where the parts of an SVG figure go: plot rectangle, ticks, legend, titles.
///
/// Vertical positions are pixels. Horizontally the figure follows its container's width: the
/// plot rectangle spans from ``leftPercent`` to `100 - rightPercent` percent of it, and the
/// data inside it are drawn in the pixel coordinates of a `width`-wide layout, stretched to
/// fit. Text is positioned in percent (plus a pixel offset) outside that stretched area, so it
/// keeps its CSS size at every width. The margins are sized for a narrow container
/// (``narrowWidth``), where the y labels must still fit.
struct PlotGeometry {
  /// The figure size in pixels at its design width, including a caption.
  var width: Double
  var height: Double
  /// The plot rectangle, in pixels of the design width (the data area's coordinates).
  var left: Double
  var top: Double
  var right: Double
  var bottom: Double
  /// The plot rectangle's horizontal margins, in percent of the figure's width.
  var leftPercent: Double
  var rightPercent: Double
  /// The fitted axes and their ticks.
  var xAxis: ResolvedAxis
  var yAxis: ResolvedAxis
  var xTicks: [Tick]
  var yTicks: [Tick]
  /// The x ticks that fit on a narrow screen: a subset of `xTicks`.
  var narrowXTicks: [Tick]
  /// The legend's entries: index in `Figure.legendNames` (traces first, then bar layers),
  /// pixel offset from the plot's left edge, row.
  var legendEntries: [(trace: Int, x: Double, row: Int)]
  /// The baseline of the legend's first row.
  var legendTop: Double

  /// The tick label font size (plotly.js's default font size).
  static let fontSize = 12.0
  /// The height of one legend row.
  static let legendRow = 20.0
  /// The length of a legend entry's line sample.
  static let legendSample = 30.0
  /// The narrowest container the margins are sized for: a 390 px phone less the page's padding.
  static let narrowWidth = 350.0

  /// Lays out `figure`, leaving room for a caption when there is one.
  init(figure: Figure, hasCaption: Bool) {
    let layout = figure.layout
    width = max(120, layout.width.isFinite ? layout.width : 700)
    let plotHeightTotal = max(100, layout.height.isFinite ? layout.height : 450)
    height = plotHeightTotal + (hasCaption ? 28 : 0)
    (xAxis, yAxis) = figure.resolvedAxes()

    // Phase 1: the legend, above the plot, in rows that fit the narrow width.
    let titleSpace = layout.title == nil ? 20.0 : 60.0
    legendEntries = []
    legendTop = titleSpace + 4
    var rows = 0
    if figure.showsLegend {
      let available = PlotGeometry.narrowWidth * 0.8
      var x = 0.0
      rows = 1
      for (index, name) in figure.legendNames.enumerated() {
        let entry =
          PlotGeometry.legendSample + 6
          + SVGWriter.estimatedWidth(name, fontSize: PlotGeometry.fontSize)
        if x > 0 && x + entry > available {
          rows += 1
          x = 0
        }
        legendEntries.append((index, x, rows - 1))
        x += entry + 16
      }
    }

    // Phase 2: vertical extent, which the y ticks depend on.
    top = titleSpace + Double(rows) * PlotGeometry.legendRow
    bottom = plotHeightTotal - 36 - (layout.xAxis.title == nil ? 0 : 24)
    if bottom - top < 40 { bottom = top + 40 }
    let plotHeight = bottom - top
    yTicks = PlotGeometry.fittingTicks(
      yAxis, length: plotHeight, start: Int(plotHeight / 45)
    ) { _ in PlotGeometry.fontSize + 4 }

    // Phase 3: horizontal extent from the widest y label, sized for the narrow width.
    let labelWidth =
      yTicks.map { SVGWriter.estimatedWidth($0.label, fontSize: PlotGeometry.fontSize) }.max()
      ?? 0
    let leftPixels = 12 + labelWidth + 8 + (layout.yAxis.title == nil ? 0 : 22)
    leftPercent = min(40, max(6, 100 * leftPixels / PlotGeometry.narrowWidth))
    // A color bar (heatmaps, contours) takes its room right of the plot.
    rightPercent = 100 * (14 + figure.layerRightMargin) / PlotGeometry.narrowWidth
    left = width * leftPercent / 100
    right = width * (1 - rightPercent / 100)
    let plotWidth = right - left
    xTicks = PlotGeometry.fittingTicks(xAxis, length: plotWidth, start: Int(plotWidth / 70)) {
      SVGWriter.estimatedWidth($0, fontSize: PlotGeometry.fontSize) + 12
    }
    let narrowPlot = PlotGeometry.narrowWidth * (100 - leftPercent - rightPercent) / 100
    narrowXTicks = PlotGeometry.narrowSubset(of: xTicks, axis: xAxis, length: narrowPlot)
  }

  /// Every second (third, …) tick of `ticks`, keeping zero when it is one, at the smallest
  /// stride whose labels do not overlap along `length`: the ticks a narrow figure shows.
  private static func narrowSubset(of ticks: [Tick], axis: ResolvedAxis, length: Double)
    -> [Tick]
  {
    let extent = { (label: String) in
      SVGWriter.estimatedWidth(label, fontSize: PlotGeometry.fontSize) + 12
    }
    let anchor = ticks.firstIndex { $0.value == 0 } ?? 0
    for stride in 1...max(1, ticks.count) {
      let kept = ticks.indices.filter { ($0 - anchor) % stride == 0 }.map { ticks[$0] }
      let positions = kept.map { (axis.fraction(of: $0.value) ?? 0) * length }
      let fits = kept.indices.dropFirst().allSatisfy { index in
        abs(positions[index] - positions[index - 1])
          >= (extent(kept[index].label) + extent(kept[index - 1].label)) / 2
      }
      if fits { return kept }
    }
    return Array(ticks.prefix(1))
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

  /// The x position of a data value in percent of the figure's width, `nil` when it cannot
  /// be shown.
  func xPercent(_ value: Double) -> Double? {
    xAxis.fraction(of: value).map { leftPercent + $0 * (100 - leftPercent - rightPercent) }
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
