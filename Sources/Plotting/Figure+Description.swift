extension Figure {
  /// A sentence per trace for `<desc>`: its name, point count and ranges, then the axes.
  func accessibleDescription(options: SVGOptions) -> String {
    var parts: [String] = []
    let kind = traces.count == 1 ? "1 trace" : "\(traces.count) traces"
    parts.append("Line chart with \(kind).")
    for index in traces.indices {
      parts.append(summary(ofTraceAt: index))
    }
    let (x, y) = resolvedAxes()
    parts.append(
      "x axis\(layout.xAxis.title.map { " (\($0))" } ?? "") from "
        + "\(NumberFormat.significant(x.dataRange.lowerBound)) to "
        + "\(NumberFormat.significant(x.dataRange.upperBound)); y axis"
        + "\(layout.yAxis.title.map { " (\($0))" } ?? "")"
        + "\(layout.yAxis.scale == .log ? ", logarithmic," : "") from "
        + "\(NumberFormat.significant(y.dataRange.lowerBound)) to "
        + "\(NumberFormat.significant(y.dataRange.upperBound)).")
    if let caption = options.caption { parts.append(caption) }
    return parts.joined(separator: " ")
  }

  /// "name: n points, x from a to b, y from c to d." over the finite points.
  func summary(ofTraceAt index: Int) -> String {
    let trace = traces[index]
    var xLow = Double.infinity
    var xHigh = -Double.infinity
    var yLow = Double.infinity
    var yHigh = -Double.infinity
    for point in 0..<trace.count {
      let x = trace.xValue(at: point)
      let y = trace.y[point]
      guard x.isFinite, y.isFinite else { continue }
      xLow = min(xLow, x)
      xHigh = max(xHigh, x)
      yLow = min(yLow, y)
      yHigh = max(yHigh, y)
    }
    let name = legendName(ofTraceAt: index)
    let count = trace.count == 1 ? "1 point" : "\(trace.count) points"
    guard xLow <= xHigh else { return "\(name): \(count), none finite." }
    return "\(name): \(count), x from \(NumberFormat.significant(xLow)) to "
      + "\(NumberFormat.significant(xHigh)), y from \(NumberFormat.significant(yLow)) to "
      + "\(NumberFormat.significant(yHigh))."
  }
}
