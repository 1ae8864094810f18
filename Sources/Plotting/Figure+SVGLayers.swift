/// Drawing a figure's layers (bars, heatmaps, contour lines), their legend entries and the
/// color bar, with the same geometry, classes and number formatting as its traces.
extension Figure {
  /// The width kept right of the plot (and legend) for a color bar and its tick labels.
  static let colorBarSpace = 64.0
  /// The number of bands a color bar is drawn with.
  static let colorBarBands = 64

  /// The first layer's color scale, which the color bar shows.
  var colorScale: (gradient: ColorGradient, range: ClosedRange<Double>)? {
    layers.lazy.compactMap(\.colorScale).first
  }

  /// The extra right margin the layers need: room for the color bar.
  var layerRightMargin: Double { colorScale == nil ? 0 : Figure.colorBarSpace }

  /// The names the legend lists: the traces', then the bars'.
  var legendNames: [String] {
    traces.indices.map { legendName(ofTraceAt: $0) } + layerLegendEntries.map(\.name)
  }

  /// The bar layers that have a legend entry, with their names and colors.
  var layerLegendEntries: [(name: String, color: Color)] {
    layers.compactMap { layer in
      switch layer {
      case .bars(let bars): bars.name.map { ($0, bars.color) }
      case .heatmap, .contour: nil
      }
    }
  }

  /// Every layer, in order, under the traces.
  func writeLayers(_ geometry: PlotGeometry, to writer: inout SVGWriter) {
    for layer in layers {
      switch layer {
      case .bars(let bars): writeBars(bars, geometry, to: &writer)
      case .heatmap(let map): writeHeatmap(map, geometry, to: &writer)
      case .contour(let contour): writeContour(contour, geometry, to: &writer)
      }
    }
  }

  /// A bar layer's legend entry, in the legend's coordinates (see `writeLegend`): a swatch of
  /// the bars' color and the name.
  func writeLayerLegendEntry(
    _ entry: (name: String, color: Color), x: Double, row: Int, to writer: inout SVGWriter
  ) {
    let y = 6 + Double(row) * PlotGeometry.legendRow
    writer.open("g", [])
    writer.open(
      "path",
      [
        ("class", "sgp-bar"), ("fill", entry.color.hexString),
        ("d", rectangle(x, y - 5, x + PlotGeometry.legendSample, y + 5)),
      ], close: true)
    writer.element(
      "text",
      [
        ("x", NumberFormat.attribute(x + PlotGeometry.legendSample + 6)),
        ("y", NumberFormat.attribute(y + 4)),
      ], content: entry.name)
    writer.close("g")
  }

  /// A closed rectangle path between two corners.
  private func rectangle(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> String {
    let a = NumberFormat.attribute
    return "M\(a(x0)) \(a(y0))H\(a(x1))V\(a(y1))H\(a(x0))Z"
  }

  /// The pixel rectangle of a data rectangle, clipped to the plot; `nil` when nothing shows.
  private func clippedRectangle(
    _ geometry: PlotGeometry, x0: Double, x1: Double, y0: Double, y1: Double
  ) -> String? {
    guard let px0 = geometry.x(x0), let px1 = geometry.x(x1), let py0 = geometry.y(y0),
      let py1 = geometry.y(y1)
    else { return nil }
    let left = max(min(px0, px1), geometry.left)
    let right = min(max(px0, px1), geometry.right)
    let top = max(min(py0, py1), geometry.top)
    let bottom = min(max(py0, py1), geometry.bottom)
    guard left < right, top < bottom else { return nil }
    return rectangle(left, bottom, right, top)
  }

  /// Bars as one filled path, outlined (Plots' GR bars have a thin dark edge).
  private func writeBars(_ bars: Bars, _ geometry: PlotGeometry, to writer: inout SVGWriter) {
    var data = ""
    for index in 0..<bars.count where bars.heights[index].isFinite {
      if let rect = clippedRectangle(
        geometry, x0: bars.lefts[index], x1: bars.rights[index], y0: bars.baseline,
        y1: bars.heights[index])
      {
        data += rect
      }
    }
    writer.open("g", [("class", "sgp-trace")])
    if !data.isEmpty {
      writer.open(
        "path",
        [
          ("class", "sgp-bar"), ("fill", bars.color.hexString), ("stroke", "#000"),
          ("stroke-width", "0.5"), ("d", data),
        ], close: true)
    }
    writer.close("g")
  }

  /// A heatmap as one path per color: the runs of cells of that color in each row, rows from
  /// the lowest y up.
  private func writeHeatmap(_ map: Heatmap, _ geometry: PlotGeometry, to writer: inout SVGWriter) {
    var order: [Color] = []
    var paths: [Color: String] = [:]
    let span = map.zRange.upperBound - map.zRange.lowerBound
    for row in 0..<min(map.values.count, map.yEdges.count - 1) {
      let columns = min(map.values[row].count, map.xEdges.count - 1)
      // Each cell's color once (`nil` for a missing value), then runs of equal colors.
      let colors = map.values[row].prefix(columns).map { value -> Color? in
        value.isNaN
          ? nil : map.gradient.color(at: span > 0 ? (value - map.zRange.lowerBound) / span : 0.5)
      }
      var column = 0
      while column < columns {
        guard let color = colors[column] else {
          column += 1
          continue
        }
        // A run of cells of one color in a row is one rectangle.
        var end = column + 1
        while end < columns, colors[end] == color { end += 1 }
        if let rect = clippedRectangle(
          geometry, x0: map.xEdges[column], x1: map.xEdges[end], y0: map.yEdges[row],
          y1: map.yEdges[row + 1])
        {
          if paths[color] == nil { order.append(color) }
          paths[color, default: ""] += rect
        }
        column = end
      }
    }
    // Each path is outlined in its own color, half a pixel wide: abutting cells otherwise
    // leave hairline seams where the browser antialiases their shared edges.
    writer.open("g", [("class", "sgp-heatmap"), ("stroke-width", "0.5")])
    for color in order {
      writer.open(
        "path",
        [("fill", color.hexString), ("stroke", color.hexString), ("d", paths[color] ?? "")],
        close: true)
    }
    writer.close("g")
  }

  /// Contour lines, one path per level, colored by the level's place in the color scale.
  private func writeContour(
    _ contour: Contour, _ geometry: PlotGeometry, to writer: inout SVGWriter
  ) {
    if contour.filled { return writeBands(contour, geometry, to: &writer) }
    let span = contour.zRange.upperBound - contour.zRange.lowerBound
    let slack = max(1, contour.width)
    let a = NumberFormat.attribute
    writer.open("g", [("class", "sgp-contour")])
    for level in contour.levels {
      var data = ""
      for segment in MarchingSquares.segments(
        x: contour.x, y: contour.y, z: contour.z, level: level)
      {
        guard let x0 = geometry.x(segment.from.x), let y0 = geometry.y(segment.from.y),
          let x1 = geometry.x(segment.to.x), let y1 = geometry.y(segment.to.y)
        else { continue }
        let inside =
          [x0, x1].allSatisfy {
            $0 >= geometry.left - slack && $0 <= geometry.right + slack
          }
          && [y0, y1].allSatisfy { $0 >= geometry.top - slack && $0 <= geometry.bottom + slack }
        guard inside else { continue }
        data += "M\(a(x0)) \(a(y0))L\(a(x1)) \(a(y1))"
      }
      guard !data.isEmpty else { continue }
      let t = span > 0 ? (level - contour.zRange.lowerBound) / span : 0.5
      writer.open(
        "path",
        [
          ("class", "sgp-line"), ("stroke", contour.gradient.color(at: t).hexString),
          ("stroke-width", a(max(0, contour.width))), ("data-level", a(level)), ("d", data),
        ], close: true)
    }
    writer.close("g")
  }

  /// The color bar right of the plot: bands of the gradient from the range's lower end (bottom)
  /// to its upper end (top), with tick labels. It is drawn in pixels from the plot's right edge
  /// (a nested `<svg>` placed there), outside the stretched plot area, so neither the bands nor
  /// the labels are stretched.
  func writeColorBar(
    _ scale: (gradient: ColorGradient, range: ClosedRange<Double>), _ geometry: PlotGeometry,
    to writer: inout SVGWriter
  ) {
    let x0 = 10.0
    let x1 = x0 + 16
    let height = geometry.bottom - geometry.top
    let bands = Figure.colorBarBands
    writer.open(
      "svg",
      [
        ("class", "sgp-colorbar"), ("x", NumberFormat.percent(100 - geometry.rightPercent)),
        ("y", "0"), ("overflow", "visible"),
      ])
    writer.open("g", [("stroke-width", "0.5")])
    for band in 0..<bands {
      let lower = geometry.bottom - height * Double(band) / Double(bands)
      let upper = geometry.bottom - height * Double(band + 1) / Double(bands)
      let t = (Double(band) + 0.5) / Double(bands)
      let color = scale.gradient.color(at: t).hexString
      writer.open(
        "path", [("fill", color), ("stroke", color), ("d", rectangle(x0, lower, x1, upper))],
        close: true)
    }
    writer.close("g")
    let span = scale.range.upperBound - scale.range.lowerBound
    writer.open("g", [("text-anchor", "start")])
    if span > 0 {
      for tick in Tick.linear(in: scale.range, targetCount: max(2, Int(height / 45))) {
        let y = geometry.bottom - height * (tick.value - scale.range.lowerBound) / span
        writer.element(
          "text",
          [("x", NumberFormat.attribute(x1 + 6)), ("y", NumberFormat.attribute(y + 4))],
          content: tick.label)
      }
    }
    writer.close("g")
    writer.close("svg")
  }

  /// Filled contours: one path per band, its polygons clipped to the plot, filled and outlined
  /// in its color (the outline closes hairline seams between neighbouring polygons).
  private func writeBands(_ contour: Contour, _ geometry: PlotGeometry, to writer: inout SVGWriter)
  {
    let levels = contour.levels.sorted()
    guard let lowest = levels.first, let highest = levels.last else { return }
    let top = contour.z.joined().filter(\.isFinite).max() ?? highest
    let a = NumberFormat.attribute
    writer.open("g", [("class", "sgp-contour-fill")])
    for (index, level) in levels.enumerated() {
      let upper = index + 1 < levels.count ? levels[index + 1] : max(top, level)
      var data = ""
      for polygon in FilledContour.band(
        x: contour.x, y: contour.y, z: contour.z, lower: level, upper: upper)
      {
        var points: [(Double, Double)] = []
        for point in polygon {
          guard let px = geometry.x(point.x), let py = geometry.y(point.y) else { break }
          points.append(
            (
              min(max(px, geometry.left), geometry.right),
              min(max(py, geometry.top), geometry.bottom)
            ))
        }
        guard points.count == polygon.count, let first = points.first else { continue }
        data += "M\(a(first.0)) \(a(first.1))"
        for point in points.dropFirst() { data += "L\(a(point.0)) \(a(point.1))" }
        data += "Z"
      }
      guard !data.isEmpty else { continue }
      let t = highest > lowest ? (level - lowest) / (highest - lowest) : 0.5
      let color = contour.gradient.color(at: t).hexString
      writer.open(
        "path",
        [
          ("fill", color), ("stroke", color), ("stroke-width", "0.5"), ("data-level", a(level)),
          ("d", data),
        ], close: true)
    }
    writer.close("g")
  }
}
