/// The frame UnicodePlots draws around a text canvas, shared by braille and density plots:
/// the title centred over a box, the y title at the middle row, the y range's labels at the
/// top and bottom rows, the x range's labels under the box, the x title under them, and a name
/// beside each of the first rows.
struct TextPlotFrame {
  var columns: Int
  var rows: Int
  var title: String?
  var xTitle: String?
  var yTitle: String
  var top: String
  var bottom: String
  var left: String
  var right: String

  init(figure: Figure, columns: Int, rows: Int, xAxis: BrailleAxis, yAxis: BrailleAxis) {
    self.columns = columns
    self.rows = rows
    title = figure.layout.title
    xTitle = figure.layout.xAxis.title
    yTitle = figure.layout.yAxis.title ?? ""
    top = yAxis.upperLabel
    bottom = yAxis.lowerLabel
    left = xAxis.lowerLabel
    right = xAxis.upperLabel
  }

  /// The frame's lines around the canvas.
  ///
  /// - Parameters:
  ///   - paint: wraps text in a color (the frame's is gray); returns it as it is to leave text
  ///     plain.
  ///   - row: the canvas's characters of one row, painted.
  ///   - name: the text beside a row (a series' name, painted), or `nil`.
  func lines(
    paint: (String, ANSIColor?) -> String, row: (Int) -> String, name: (Int) -> String?
  ) -> [String] {
    let labelWidth = max(top.count, bottom.count)
    let titleWidth = yTitle.isEmpty ? 0 : yTitle.count + 2
    // UnicodePlots keeps a margin of three spaces left of the labels.
    let indent = 3 + titleWidth + labelWidth + 1
    let pad = { (count: Int) in String(repeating: " ", count: max(0, count)) }
    let boxWidth = columns + 2
    let rule = String(repeating: "─", count: columns)
    var lines: [String] = []
    if let title { lines.append(pad(indent + (boxWidth - title.count) / 2) + title) }
    lines.append(pad(indent) + paint("┌" + rule + "┐", .gray))
    for index in 0..<rows {
      var line = pad(3)
      line += index == rows / 2 && !yTitle.isEmpty ? yTitle + "  " : pad(titleWidth)
      let label = index == 0 ? top : index == rows - 1 ? bottom : ""
      line += pad(labelWidth - label.count) + label + " " + paint("│", .gray)
      line += row(index) + paint("│", .gray)
      if let name = name(index) { line += " " + name }
      lines.append(line)
    }
    lines.append(pad(indent) + paint("└" + rule + "┘", .gray))
    lines.append(pad(indent) + left + pad(boxWidth - left.count - right.count) + right)
    if let xTitle { lines.append(pad(indent + (boxWidth - xTitle.count) / 2) + xTitle) }
    return lines
  }
}
