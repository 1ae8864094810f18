/// A figure made of subplots: one SVG holding each subplot's own SVG in its cell of the grid,
/// and in text each subplot's braille plot in turn.
extension Figure {
  /// The number of rows of the subplot grid.
  public var gridRows: Int {
    let columns = max(1, gridColumns)
    return (subplots.count + columns - 1) / columns
  }

  /// The subplots' cells, in reading order: (x, y, width, height) in the figure's pixels.
  ///
  /// The figure's width is shared by the columns; a row is the figure's height when there is
  /// one row, else two thirds of it (at least 240 pixels), so stacked plots stay readable.
  public var subplotFrames: [(x: Double, y: Double, width: Double, height: Double)] {
    let columns = max(1, gridColumns)
    let rows = gridRows
    let cellWidth = layout.width / Double(columns)
    let cellHeight = rows == 1 ? layout.height : max(240, (layout.height * 2 / 3).rounded())
    return subplots.indices.map { index in
      (
        Double(index % columns) * cellWidth, Double(index / columns) * cellHeight, cellWidth,
        cellHeight
      )
    }
  }

  /// The grid as one SVG: each subplot rendered on its own (ids prefixed with its number) and
  /// placed in its cell as a nested `<svg>`.
  func subplotsSVG(_ options: SVGOptions) -> String {
    let frames = subplotFrames
    let totalHeight = frames.map { $0.y + $0.height }.max() ?? layout.height
    var writer = SVGWriter()
    let a = NumberFormat.attribute
    let names = subplots.compactMap(\.layout.title)
    writer.openFigure(
      kind: "sgp-plot", width: nil, height: totalHeight,
      title: options.alt ?? layout.title ?? "\(subplots.count) plots",
      description: "\(subplots.count) plots in \(gridRows) row\(gridRows == 1 ? "" : "s") of "
        + "\(max(1, gridColumns))"
        + (names.isEmpty ? "." : ": " + names.joined(separator: "; ") + ".")
        + (options.caption.map { " " + $0 } ?? ""),
      options: options)
    for (index, subplot) in subplots.enumerated() {
      var sub = subplot
      sub.layout.width = frames[index].width
      sub.layout.height = frames[index].height
      var subOptions = options
      subOptions.id = options.id + "-\(index + 1)"
      subOptions.caption = nil
      subOptions.alt = nil
      subOptions.includesStyle = false
      let text = sub.svg(subOptions)
      // The subplot's own root element is replaced by one placed in its cell.
      guard let end = text.firstIndex(of: ">") else { continue }
      // Columns share the width in percent and rows are pixels, as in a single plot, so each
      // subplot's own percent positions resolve against its cell and its text keeps its size.
      let percent = { (pixels: Double) in NumberFormat.percent(100 * pixels / layout.width) }
      writer.open(
        "svg",
        [
          ("x", percent(frames[index].x)), ("y", a(frames[index].y)),
          ("width", percent(frames[index].width)), ("height", a(frames[index].height)),
          ("class", "sgp-subplot"),
        ])
      writer.raw(String(text[text.index(after: end)...]))
    }
    writer.close("svg")
    return writer.text
  }

  /// The subplots' braille plots one after another, or the figure with its layers drawn as
  /// traces (bar outlines, contour segments); `nil` when the figure has neither.
  func brailleOfSubplotsOrLayers(width: Int, height: Int, color: Bool) -> String? {
    if !subplots.isEmpty {
      return subplots.map { $0.braille(width: width, height: height, color: color) }
        .joined(separator: "\n\n")
    }
    guard !layers.isEmpty else { return nil }
    var flat = self
    flat.layers = []
    for layer in layers {
      switch layer {
      case .bars(let bars):
        var xs: [Double] = []
        var ys: [Double] = []
        for index in 0..<bars.count where bars.heights[index].isFinite {
          xs += [bars.lefts[index], bars.lefts[index], bars.rights[index], bars.rights[index]]
          ys += [bars.baseline, bars.heights[index], bars.heights[index], bars.baseline]
        }
        flat.traces.append(Trace(x: xs, y: ys, name: bars.name, mode: .lines, color: bars.color))
      case .contour(let contour):
        for level in contour.levels {
          var xs: [Double] = []
          var ys: [Double] = []
          for segment in MarchingSquares.segments(
            x: contour.x, y: contour.y, z: contour.z, level: level)
          {
            xs += [segment.from.x, segment.to.x, .nan]
            ys += [segment.from.y, segment.to.y, .nan]
          }
          // An empty name keeps the level out of the legend's rows of names.
          flat.traces.append(Trace(x: xs, y: ys, name: "", mode: .lines))
        }
      case .heatmap(let map):
        // A text plot has no colors to spare for cells: the heatmap shows as the borders
        // between its regions, contour lines through the cell centers halfway between
        // neighbouring values (for up to 6 distinct values; else at 5 levels across the range).
        if flat.layout.xAxis.range == nil, let low = map.xEdges.min(),
          let high = map.xEdges.max(), low < high
        {
          flat.layout.xAxis.range = low...high
        }
        if flat.layout.yAxis.range == nil, let low = map.yEdges.min(),
          let high = map.yEdges.max(), low < high
        {
          flat.layout.yAxis.range = low...high
        }
        let centers = { (edges: [Double]) in zip(edges, edges.dropFirst()).map { ($0 + $1) / 2 } }
        let distinct = Array(Set(map.values.joined().filter(\.isFinite))).sorted()
        let levels =
          distinct.count <= 6
          ? zip(distinct, distinct.dropFirst()).map { ($0 + $1) / 2 }
          : (1...5).map {
            map.zRange.lowerBound + Double($0) / 6 * (map.zRange.upperBound - map.zRange.lowerBound)
          }
        for level in levels {
          var xs: [Double] = []
          var ys: [Double] = []
          for segment in MarchingSquares.segments(
            x: centers(map.xEdges), y: centers(map.yEdges), z: map.values, level: level)
          {
            xs += [segment.from.x, segment.to.x, .nan]
            ys += [segment.from.y, segment.to.y, .nan]
          }
          flat.traces.append(Trace(x: xs, y: ys, name: "", mode: .lines))
        }
      }
    }
    // The layers' traces have empty names: their legend rows would end in a space.
    return flat.braille(width: width, height: height, color: color)
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in
        var line = line
        while line.last == " " { line.removeLast() }
        return String(line)
      }
      .joined(separator: "\n")
  }
}
