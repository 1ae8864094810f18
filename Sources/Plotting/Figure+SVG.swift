extension Figure {
  /// The figure as a standalone SVG document that also works inline in HTML.
  ///
  /// The SVG scales to the width of its container (`width="100%"` with a `viewBox`), is
  /// labelled for assistive technology (`role="img"`, `<title>`, `<desc>`), and gives each
  /// trace a `<title>` tooltip with its points. The same figure and options give the same bytes.
  public func svg(_ options: SVGOptions = SVGOptions()) -> String {
    if !subplots.isEmpty { return subplotsSVG(options) }
    let geometry = PlotGeometry(figure: self, hasCaption: options.caption != nil)
    var writer = SVGWriter()
    let titleID = options.id + "-title"
    let descID = options.id + "-desc"
    writer.open(
      "svg",
      [
        ("xmlns", "http://www.w3.org/2000/svg"),
        (
          "viewBox",
          "0 0 \(NumberFormat.attribute(geometry.width)) \(NumberFormat.attribute(geometry.height))"
        ),
        ("width", "100%"), ("class", "sgp"), ("role", "img"),
        ("aria-labelledby", titleID + " " + descID),
      ])
    writer.element("title", [("id", titleID)], content: options.alt ?? layout.title ?? "Line chart")
    writer.element("desc", [("id", descID)], content: accessibleDescription(options: options))
    if options.includesStyle {
      writer.open("style", [])
      writer.raw(SVGStyle.stylesheet)
      writer.close("style")
    }
    writeGrid(geometry, to: &writer)
    writeLayers(geometry, to: &writer)
    writeTraces(geometry, options: options, to: &writer)
    writeTickLabels(geometry, to: &writer)
    writeTitles(geometry, caption: options.caption, to: &writer)
    if let legendX = geometry.legendX { writeLegend(geometry, x: legendX, to: &writer) }
    writeLayerDecorations(geometry, to: &writer)
    writer.close("svg")
    return writer.text
  }

  /// Grid lines at the ticks and the zero lines, as one path each.
  private func writeGrid(_ geometry: PlotGeometry, to writer: inout SVGWriter) {
    var grid = ""
    var zero = ""
    let height = NumberFormat.attribute(geometry.bottom - geometry.top)
    let width = NumberFormat.attribute(geometry.right - geometry.left)
    for tick in geometry.xTicks {
      guard let x = geometry.x(tick.value) else { continue }
      let isZero = tick.value == 0 && layout.xAxis.showZeroLine && geometry.xAxis.containsZero
      guard layout.xAxis.showGrid || isZero else { continue }
      let segment =
        "M\(NumberFormat.attribute(x)) \(NumberFormat.attribute(geometry.top))v\(height)"
      if isZero { zero.append(segment) } else { grid.append(segment) }
    }
    for tick in geometry.yTicks {
      guard let y = geometry.y(tick.value) else { continue }
      let isZero = tick.value == 0 && layout.yAxis.showZeroLine && geometry.yAxis.containsZero
      guard layout.yAxis.showGrid || isZero else { continue }
      let segment =
        "M\(NumberFormat.attribute(geometry.left)) \(NumberFormat.attribute(y))h\(width)"
      if isZero { zero.append(segment) } else { grid.append(segment) }
    }
    if !grid.isEmpty { writer.open("path", [("class", "sgp-grid"), ("d", grid)], close: true) }
    if !zero.isEmpty { writer.open("path", [("class", "sgp-zero"), ("d", zero)], close: true) }
  }

  /// One group per trace: its tooltip, its line and its markers.
  private func writeTraces(
    _ geometry: PlotGeometry, options: SVGOptions, to writer: inout SVGWriter
  ) {
    for (index, trace) in traces.enumerated() {
      let mode = trace.resolvedMode
      let color = color(ofTraceAt: index).hexString
      // Lines may reach half their width past the plot rectangle; markers must lie inside.
      let slack = max(1, trace.width)
      let tolerance = Int((max(0, options.tolerance) * 10).rounded())
      let clip = PathData(
        minX: geometry.left - slack, minY: geometry.top - slack, maxX: geometry.right + slack,
        maxY: geometry.bottom + slack, tolerance: tolerance)
      var points: [PathData.Point?] = []
      points.reserveCapacity(trace.count)
      for point in 0..<trace.count { points.append(geometry.point(of: trace, at: point)) }
      writer.open("g", [("class", "sgp-trace")])
      if options.pointTooltips {
        writer.element("title", [], content: tooltip(ofTraceAt: index))
      }
      if mode.drawsLines {
        var attributes = [
          ("class", "sgp-line"), ("stroke", color),
          ("stroke-width", NumberFormat.attribute(max(0, trace.width))),
        ]
        if let dashes = trace.dash.dashArray(width: trace.width) {
          attributes.append(("stroke-dasharray", dashes))
        }
        let data = clip.lines(through: points)
        attributes.append(("d", data))
        // A trace with nothing visible keeps its group and tooltip but draws no path.
        if !data.isEmpty { writer.open("path", attributes, close: true) }
      }
      let markers = mode.drawsMarkers ? clip.markers(at: points) : ""
      if !markers.isEmpty {
        writer.open(
          "path",
          [
            ("class", "sgp-marker"), ("stroke", color),
            ("stroke-width", NumberFormat.attribute(max(0, trace.markerSize))), ("d", markers),
          ], close: true)
      }
      writer.close("g")
    }
  }

  /// The tick labels under the x axis and left of the y axis.
  private func writeTickLabels(_ geometry: PlotGeometry, to writer: inout SVGWriter) {
    let labelY = NumberFormat.attribute(geometry.bottom + 18)
    writer.open("g", [("class", "sgp-xticks"), ("text-anchor", "middle")])
    for tick in geometry.xTicks {
      guard let x = geometry.x(tick.value) else { continue }
      writer.element(
        "text", [("x", NumberFormat.attribute(x)), ("y", labelY)], content: tick.label)
    }
    writer.close("g")
    let labelX = NumberFormat.attribute(geometry.left - 8)
    writer.open("g", [("class", "sgp-yticks"), ("text-anchor", "end")])
    for tick in geometry.yTicks {
      guard let y = geometry.y(tick.value) else { continue }
      writer.element(
        "text", [("x", labelX), ("y", NumberFormat.attribute(y + 4))], content: tick.label)
    }
    writer.close("g")
  }

  /// The figure title, the axis titles and the caption.
  private func writeTitles(
    _ geometry: PlotGeometry, caption: String?, to writer: inout SVGWriter
  ) {
    if let title = layout.title {
      writer.element(
        "text",
        [
          ("class", "sgp-title"), ("x", NumberFormat.attribute(geometry.width / 2)),
          ("y", "34"), ("text-anchor", "middle"),
        ], content: title)
    }
    if let title = layout.xAxis.title {
      writer.element(
        "text",
        [
          ("class", "sgp-axis-title"),
          ("x", NumberFormat.attribute((geometry.left + geometry.right) / 2)),
          ("y", NumberFormat.attribute(geometry.bottom + 44)), ("text-anchor", "middle"),
        ], content: title)
    }
    if let title = layout.yAxis.title {
      let x = NumberFormat.attribute(18)
      let y = NumberFormat.attribute((geometry.top + geometry.bottom) / 2)
      writer.element(
        "text",
        [
          ("class", "sgp-axis-title"), ("x", x), ("y", y), ("text-anchor", "middle"),
          ("transform", "rotate(-90 \(x) \(y))"),
        ], content: title)
    }
    if let caption {
      writer.element(
        "text",
        [
          ("class", "sgp-caption"), ("x", NumberFormat.attribute(geometry.width / 2)),
          ("y", NumberFormat.attribute(geometry.height - 10)), ("text-anchor", "middle"),
        ], content: caption)
    }
  }

  /// The legend: for each trace, a line sample (and marker) and its name.
  private func writeLegend(_ geometry: PlotGeometry, x: Double, to writer: inout SVGWriter) {
    writer.open("g", [("class", "sgp-legend")])
    for (index, trace) in traces.enumerated() {
      let y = geometry.top + 10 + Double(index) * PlotGeometry.legendRow
      let color = color(ofTraceAt: index).hexString
      let mode = trace.resolvedMode
      let middle = NumberFormat.attribute(x + PlotGeometry.legendSample / 2)
      let row = NumberFormat.attribute(y)
      if mode.drawsLines {
        var attributes = [
          ("class", "sgp-line"), ("stroke", color),
          ("stroke-width", NumberFormat.attribute(min(max(0, trace.width), 5))),
        ]
        if let dashes = trace.dash.dashArray(width: trace.width) {
          attributes.append(("stroke-dasharray", dashes))
        }
        let sample = NumberFormat.attribute(PlotGeometry.legendSample)
        attributes.append(("d", "M\(NumberFormat.attribute(x)) \(row)h\(sample)"))
        writer.open("path", attributes, close: true)
      }
      if mode.drawsMarkers {
        writer.open(
          "path",
          [
            ("class", "sgp-marker"), ("stroke", color),
            ("stroke-width", NumberFormat.attribute(min(max(0, trace.markerSize), 12))),
            ("d", "M\(middle) \(row)h0"),
          ], close: true)
      }
      writer.element(
        "text",
        [
          ("x", NumberFormat.attribute(x + PlotGeometry.legendSample + 8)),
          ("y", NumberFormat.attribute(y + 4)),
        ], content: legendName(ofTraceAt: index))
    }
    writer.close("g")
  }
}

extension Trace.Dash {
  /// The SVG dash array for a line of `width`, as plotly.js scales it (at least 3 px units).
  func dashArray(width: Double) -> String? {
    let unit = max(width, 3)
    let pattern: [Double]
    switch self {
    case .solid: return nil
    case .dot: pattern = [1, 1]
    case .dash: pattern = [3, 3]
    case .longDash: pattern = [5, 5]
    case .dashDot: pattern = [3, 1, 1, 1]
    case .longDashDot: pattern = [5, 2, 1, 2]
    }
    return pattern.map { NumberFormat.attribute($0 * unit) }.joined(separator: ",")
  }
}
