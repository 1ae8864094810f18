extension Figure {
  /// The figure as a standalone SVG document that also works inline in HTML.
  ///
  /// The SVG fills the width of its container at a fixed height (`width="100%"`, no
  /// `viewBox`): the data are drawn in a nested, horizontally stretched SVG (the plot area,
  /// strokes kept at their width by `vector-effect`), while text sits outside it at positions
  /// given in percent, so text keeps its CSS size (12 px) at every width. The figure is
  /// labelled for assistive technology (`role="img"`, `<title>`, `<desc>`), and the plot area
  /// is cut into a few vertical bands whose `<title>` gives the nearest point of each trace,
  /// shown on hover without script. The same figure and options give the same bytes.
  ///
  /// A new kind of figure drawn on these axes follows the same steps: ``SVGWriter`` opens the
  /// root (`openFigure`) and the plot area (`openPlotArea`), its marks are drawn inside the
  /// area in ``PlotGeometry``'s pixels (one `g.sgp-trace` per series; `sgp-line`,
  /// `sgp-marker`, `sgp-fill` paths with the series' color as an attribute), hover shapes
  /// go in a `g.sgp-hover` as vertical `path`s (`d="M<x> …"`) with one short `<title>`
  /// each, and text goes outside the area (`writeTickLabels`, `writeTitles`, `writeLegend`,
  /// or `PlotGeometry.xPercent` for positions of its own), never inside it, where it would be
  /// stretched.
  public func svg(_ options: SVGOptions = SVGOptions()) -> String {
    if !subplots.isEmpty { return subplotsSVG(options) }
    let geometry = PlotGeometry(figure: self, hasCaption: options.caption != nil)
    var writer = SVGWriter()
    writer.openFigure(
      kind: "sgp-plot", width: nil, height: geometry.height,
      title: options.alt ?? layout.title ?? "Line chart",
      description: accessibleDescription(options: options), options: options)
    if !geometry.legendEntries.isEmpty { writeLegend(geometry, to: &writer) }
    writer.openPlotArea(geometry)
    writeGrid(geometry, to: &writer)
    writeLayers(geometry, to: &writer)
    writeTraces(geometry, options: options, to: &writer)
    if options.pointTooltips { writeHoverBands(geometry, to: &writer) }
    writer.close("svg")
    writeTickLabels(geometry, to: &writer)
    writeTitles(geometry, caption: options.caption, to: &writer)
    if let scale = colorScale { writeColorBar(scale, geometry, to: &writer) }
    writer.close("svg")
    return writer.text
  }

  /// Grid lines at the ticks and the zero lines, as one path each, in the plot area.
  ///
  /// Lines at ticks shown only on wide (or only on narrow) figures carry `sgp-wide`
  /// (`sgp-narrow`) so that the stylesheet hides them with their labels.
  func writeGrid(_ geometry: PlotGeometry, to writer: inout SVGWriter) {
    var grid = ["": "", "sgp-wide": "", "sgp-narrow": ""]
    var zero = ""
    let height = NumberFormat.attribute(geometry.bottom - geometry.top)
    let width = NumberFormat.attribute(geometry.right - geometry.left)
    for (tick, visibility) in xTickVisibility(geometry) {
      guard let x = geometry.x(tick.value) else { continue }
      let isZero = tick.value == 0 && layout.xAxis.showZeroLine && geometry.xAxis.containsZero
      guard layout.xAxis.showGrid || isZero else { continue }
      let segment =
        "M\(NumberFormat.attribute(x)) \(NumberFormat.attribute(geometry.top))v\(height)"
      if isZero { zero.append(segment) } else { grid[visibility, default: ""].append(segment) }
    }
    for tick in geometry.yTicks {
      guard let y = geometry.y(tick.value) else { continue }
      let isZero = tick.value == 0 && layout.yAxis.showZeroLine && geometry.yAxis.containsZero
      guard layout.yAxis.showGrid || isZero else { continue }
      let segment =
        "M\(NumberFormat.attribute(geometry.left)) \(NumberFormat.attribute(y))h\(width)"
      if isZero { zero.append(segment) } else { grid["", default: ""].append(segment) }
    }
    for visibility in ["", "sgp-wide", "sgp-narrow"] {
      guard let data = grid[visibility], !data.isEmpty else { continue }
      let className = visibility.isEmpty ? "sgp-grid" : "sgp-grid " + visibility
      writer.open("path", [("class", className), ("d", data)], close: true)
    }
    if !zero.isEmpty { writer.open("path", [("class", "sgp-zero"), ("d", zero)], close: true) }
  }

  /// The x ticks of both widths, in order, each with the class that shows it on one width
  /// only (`sgp-wide`, `sgp-narrow`) or none when it shows on both.
  func xTickVisibility(_ geometry: PlotGeometry) -> [(Tick, String)] {
    let narrow = Set(geometry.narrowXTicks.map(\.value))
    let wide = Set(geometry.xTicks.map(\.value))
    var ticks = geometry.xTicks.map { ($0, narrow.contains($0.value) ? "" : "sgp-wide") }
    ticks += geometry.narrowXTicks.filter { !wide.contains($0.value) }.map { ($0, "sgp-narrow") }
    return ticks.sorted { $0.0.value < $1.0.value }
  }

  /// One group per trace: its line and its markers.
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
        // A trace with nothing visible keeps its group but draws no path.
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

  /// The tick labels under the x axis and left of the y axis, each set in a nested `<svg>`
  /// (of the same width) whose origin holds what its labels share: the x labels' baseline,
  /// the y labels' right edge.
  func writeTickLabels(_ geometry: PlotGeometry, to writer: inout SVGWriter) {
    writer.open(
      "svg",
      [
        ("class", "sgp-xticks"), ("y", NumberFormat.attribute(geometry.bottom + 18)),
        ("text-anchor", "middle"),
      ])
    for (tick, visibility) in xTickVisibility(geometry) {
      guard let x = geometry.xPercent(tick.value) else { continue }
      var attributes = [("x", NumberFormat.percent(x))]
      if !visibility.isEmpty { attributes.insert(("class", visibility), at: 0) }
      writer.element("text", attributes, content: tick.label)
    }
    writer.close("svg")
    writer.open(
      "svg",
      [
        ("class", "sgp-yticks"), ("x", NumberFormat.percent(geometry.leftPercent)),
        ("text-anchor", "end"),
      ])
    for tick in geometry.yTicks {
      guard let y = geometry.y(tick.value) else { continue }
      writer.element(
        "text", [("x", "-6"), ("y", NumberFormat.attribute(y + 4))], content: tick.label)
    }
    writer.close("svg")
  }

  /// The figure title, the axis titles and the caption.
  func writeTitles(_ geometry: PlotGeometry, caption: String?, to writer: inout SVGWriter) {
    if let title = layout.title {
      writer.element(
        "text",
        [("class", "sgp-title"), ("x", "50%"), ("y", "34"), ("text-anchor", "middle")],
        content: title)
    }
    if let title = layout.xAxis.title {
      let middle = (geometry.leftPercent + 100 - geometry.rightPercent) / 2
      writer.element(
        "text",
        [
          ("class", "sgp-axis-title"), ("x", NumberFormat.percent(middle)),
          ("y", NumberFormat.attribute(geometry.bottom + 44)), ("text-anchor", "middle"),
        ], content: title)
    }
    if let title = layout.yAxis.title {
      let y = NumberFormat.attribute((geometry.top + geometry.bottom) / 2)
      writer.element(
        "text",
        [
          ("class", "sgp-axis-title"), ("x", "14"), ("y", y), ("text-anchor", "middle"),
          ("transform", "rotate(-90 14 \(y))"),
        ], content: title)
    }
    if let caption {
      writer.element(
        "text",
        [
          ("class", "sgp-caption"), ("x", "50%"),
          ("y", NumberFormat.attribute(geometry.height - 10)), ("text-anchor", "middle"),
        ], content: caption)
    }
  }

  /// The legend above the plot: for each trace, a line sample (and marker) and its name, at
  /// pixel offsets from the plot's left edge.
  func writeLegend(_ geometry: PlotGeometry, to writer: inout SVGWriter) {
    writer.open(
      "svg",
      [
        ("class", "sgp-legend"), ("x", NumberFormat.percent(geometry.leftPercent)),
        ("y", NumberFormat.attribute(geometry.legendTop)),
      ])
    for (index, x, row) in geometry.legendEntries {
      guard index < traces.count else {
        writeLayerLegendEntry(
          layerLegendEntries[index - traces.count], x: x, row: row, to: &writer)
        continue
      }
      let trace = traces[index]
      let y = 6 + Double(row) * PlotGeometry.legendRow
      let color = color(ofTraceAt: index).hexString
      let mode = trace.resolvedMode
      let middle = NumberFormat.attribute(x + PlotGeometry.legendSample / 2)
      let rowText = NumberFormat.attribute(y)
      writer.open("g", [])
      if mode.drawsLines {
        var attributes = [
          ("class", "sgp-line"), ("stroke", color),
          ("stroke-width", NumberFormat.attribute(min(max(0, trace.width), 5))),
        ]
        if let dashes = trace.dash.dashArray(width: trace.width) {
          attributes.append(("stroke-dasharray", dashes))
        }
        let sample = NumberFormat.attribute(PlotGeometry.legendSample)
        attributes.append(("d", "M\(NumberFormat.attribute(x)) \(rowText)h\(sample)"))
        writer.open("path", attributes, close: true)
      }
      if mode.drawsMarkers {
        writer.open(
          "path",
          [
            ("class", "sgp-marker"), ("stroke", color),
            ("stroke-width", NumberFormat.attribute(min(max(0, trace.markerSize), 12))),
            ("d", "M\(middle) \(rowText)h0"),
          ], close: true)
      }
      writer.element(
        "text",
        [
          ("x", NumberFormat.attribute(x + PlotGeometry.legendSample + 6)),
          ("y", NumberFormat.attribute(y + 4)),
        ], content: legendName(ofTraceAt: index))
      writer.close("g")
    }
    writer.close("svg")
  }
}

extension SVGWriter {
  /// Opens a figure's root `<svg>` with its accessible name and description, and the
  /// stylesheet when the options ask for a standalone figure.
  ///
  /// - Parameters:
  ///   - kind: the figure's class besides `sgp` (`sgp-plot`, `sgp-graph`, `sgp-braille`).
  ///   - width: the natural width in pixels for a figure drawn in a `viewBox` that scales;
  ///     `nil` for one that fills its container's width (text then keeps its size).
  ///   - height: the height in pixels.
  mutating func openFigure(
    kind: String, width: Double?, height: Double, title: String, description: String,
    options: SVGOptions
  ) {
    let titleID = options.id + "-title"
    let descID = options.id + "-desc"
    var attributes = [("xmlns", "http://www.w3.org/2000/svg")]
    if let width {
      attributes += [
        (
          "viewBox",
          "0 0 \(NumberFormat.attribute(width)) \(NumberFormat.attribute(height))"
        ),
        ("width", NumberFormat.attribute(width)),
      ]
    } else {
      attributes += [("width", "100%"), ("height", NumberFormat.attribute(height))]
    }
    attributes += [
      ("class", "sgp " + kind), ("role", "img"), ("aria-labelledby", titleID + " " + descID),
    ]
    open("svg", attributes)
    element("title", [("id", titleID)], content: title)
    element("desc", [("id", descID)], content: description)
    if options.includesStyle {
      open("style", [])
      raw(SVGStyle.stylesheet)
      close("style")
    }
  }

  /// Opens the plot area: a nested `<svg>` over the plot rectangle whose coordinates are the
  /// design width's pixels, stretched horizontally to the figure's width. Draw data marks in
  /// it with ``PlotGeometry``'s `x`, `y` and `point`, then close it with `close("svg")`.
  mutating func openPlotArea(_ geometry: PlotGeometry) {
    let width = geometry.right - geometry.left
    let height = geometry.bottom - geometry.top
    open(
      "svg",
      [
        ("class", "sgp-area"), ("x", NumberFormat.percent(geometry.leftPercent)),
        ("y", NumberFormat.attribute(geometry.top)),
        ("width", NumberFormat.percent(100 - geometry.leftPercent - geometry.rightPercent)),
        ("height", NumberFormat.attribute(height)),
        (
          "viewBox",
          "\(NumberFormat.attribute(geometry.left)) \(NumberFormat.attribute(geometry.top)) "
            + "\(NumberFormat.attribute(width)) \(NumberFormat.attribute(height))"
        ),
        ("preserveAspectRatio", "none"),
      ])
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
