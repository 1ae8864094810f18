extension Figure {
  /// The most hover bands a plot is cut into: enough to read values off a curve, few enough
  /// that a page with many figures stays light (each band is one short `<title>`).
  static let hoverBandLimit = 10

  /// Vertical bands over the plot area, each with a `<title>` naming the point of each trace
  /// nearest to the band's middle: hover values without script, in a few hundred bytes.
  ///
  /// Each band is a vertical path as wide as the band (its stroke width, on the group), so it
  /// catches the pointer across its width; the stylesheet makes it invisible. Written inside
  /// the plot area (``SVGWriter/openPlotArea(_:)``), after the data.
  func writeHoverBands(_ geometry: PlotGeometry, to writer: inout SVGWriter) {
    let distinct = Set(traces.flatMap { trace in (0..<trace.count).map(trace.xValue(at:)) })
    let count = min(Figure.hoverBandLimit, distinct.count)
    guard count > 0 else { return }
    let bandWidth = (geometry.right - geometry.left) / Double(count)
    var bands: [(x: Double, text: String)] = []
    for band in 0..<count {
      let middle = geometry.left + (Double(band) + 0.5) * bandWidth
      let text = hoverText(near: middle, within: bandWidth / 2, geometry)
      if !text.isEmpty { bands.append((middle, text)) }
    }
    guard !bands.isEmpty else { return }
    writer.open(
      "g", [("class", "sgp-hover"), ("stroke-width", NumberFormat.attribute(bandWidth))])
    let top = NumberFormat.attribute(geometry.top)
    let bottom = NumberFormat.attribute(geometry.bottom)
    for band in bands {
      writer.open("path", [("d", "M\(Int(band.x.rounded())) \(top)V\(bottom)")])
      writer.element("title", [], content: band.text)
      writer.close("path")
    }
    writer.close("g")
  }

  /// "x 0.5: relu 0.5, fit 0.492" when the traces' nearest points share their x (a single
  /// trace: "x 0.5: 0.5"), otherwise "relu (0.5, 0.5), fit (0.51, 0.492)"; empty when no
  /// trace has a point in the band.
  private func hoverText(near middle: Double, within half: Double, _ geometry: PlotGeometry)
    -> String
  {
    var found: [(name: String, x: Double, y: Double)] = []
    for (index, trace) in traces.enumerated() {
      var best: (distance: Double, point: Int)?
      for point in 0..<trace.count {
        guard let px = geometry.x(trace.xValue(at: point)), geometry.y(trace.y[point]) != nil
        else { continue }
        let distance = abs(px - middle)
        if distance <= half, distance < (best?.distance ?? .infinity) {
          best = (distance, point)
        }
      }
      if let best {
        found.append(
          (legendName(ofTraceAt: index), trace.xValue(at: best.point), trace.y[best.point]))
      }
    }
    guard let first = found.first else { return "" }
    // Three significant digits: enough to read a curve by, and short.
    let format = { (value: Double) in NumberFormat.significant(value, 3) }
    // One trace's name is in the legend (or there is none): its values need no name.
    let named = traces.count > 1
    if found.allSatisfy({ $0.x == first.x }) {
      let values = found.map { named ? "\($0.name) \(format($0.y))" : format($0.y) }
      return "x \(format(first.x)): " + values.joined(separator: ", ")
    }
    return found.map { "\($0.name) (\(format($0.x)), \(format($0.y)))" }.joined(separator: ", ")
  }
}
