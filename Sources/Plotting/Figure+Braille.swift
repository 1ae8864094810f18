import Foundation

extension Figure {
  /// The figure as lines of text in UnicodePlots' look: a braille canvas in a box, the y
  /// range at its top and bottom rows, the x range under it, and trace names beside it.
  ///
  /// Lines through zero are drawn when zero is inside a linear range (UnicodePlots' grid).
  /// Rows carry no trailing spaces.
  ///
  /// - Parameters:
  ///   - width: the canvas width in characters (2 dots each); UnicodePlots' default is 40.
  ///   - height: the canvas height in characters (4 dots each); UnicodePlots' default is 15.
  ///   - color: `true` colors traces, border and names with ANSI escapes.
  public func braille(width: Int = 40, height: Int = 15, color: Bool = false) -> String {
    if let text = brailleOfSubplotsOrLayers(width: width, height: height, color: color) {
      return text
    }
    var canvas = BrailleCanvas(columns: width, rows: height)
    let xAxis = BrailleAxis(figure: self, isX: true)
    let yAxis = BrailleAxis(figure: self, isX: false)
    let columns = canvas.columns
    let rows = canvas.rows
    let dotsX = Double(canvas.dotWidth - 1)
    let dotsY = Double(canvas.dotHeight - 1)
    let traceColors = traces.indices.map { index in
      traces[index].color.map(ANSIColor.init(nearest:))
        ?? ANSIColor.unicodePlotsCycle[index % ANSIColor.unicodePlotsCycle.count]
    }
    let gridSlot = traces.count

    // Phase 1: lines through zero, under the data.
    if let zero = xAxis.zeroFraction {
      let x = zero * dotsX
      canvas.line(from: .init(x: x, y: 0), to: .init(x: x, y: dotsY), color: gridSlot)
    }
    if let zero = yAxis.zeroFraction {
      let y = (1 - zero) * dotsY
      canvas.line(from: .init(x: 0, y: y), to: .init(x: dotsX, y: y), color: gridSlot)
    }

    // Phase 2: the traces, in order.
    for (slot, trace) in traces.enumerated() {
      var previous: PathData.Point?
      let mode = trace.resolvedMode
      for index in 0..<trace.count {
        guard let fx = xAxis.fraction(of: trace.xValue(at: index)),
          let fy = yAxis.fraction(of: trace.y[index])
        else {
          previous = nil
          continue
        }
        let limit = 1e7
        let point = PathData.Point(
          x: min(max(fx * dotsX, -limit), limit), y: min(max((1 - fy) * dotsY, -limit), limit))
        if mode.drawsLines, let previous {
          canvas.line(from: previous, to: point, color: slot)
        } else {
          canvas.line(from: point, to: point, color: slot)
        }
        previous = point
      }
    }

    // Phase 3: the text around the canvas.
    let paint = { (text: String, ansi: ANSIColor?) -> String in
      guard color, let ansi, !text.isEmpty else { return text }
      return ansi.start + text + ANSIColor.reset
    }
    let top = yAxis.upperLabel
    let bottom = yAxis.lowerLabel
    let labelWidth = max(top.count, bottom.count)
    let yTitle = layout.yAxis.title ?? ""
    let titleWidth = yTitle.isEmpty ? 0 : yTitle.count + 2
    // UnicodePlots keeps a margin of three spaces left of the labels.
    let indent = 3 + titleWidth + labelWidth + 1
    let pad = { (count: Int) in String(repeating: " ", count: max(0, count)) }
    let boxWidth = columns + 2
    var lines: [String] = []
    if let title = layout.title {
      lines.append(pad(indent + (boxWidth - title.count) / 2) + title)
    }
    lines.append(pad(indent) + paint("┌" + String(repeating: "─", count: columns) + "┐", .gray))
    for row in 0..<rows {
      var line = pad(3)
      let middle = row == rows / 2 && !yTitle.isEmpty
      line += middle ? yTitle + "  " : pad(titleWidth)
      let label = row == 0 ? top : row == rows - 1 ? bottom : ""
      line += pad(labelWidth - label.count) + label + " " + paint("│", .gray)
      var run = ""
      var runColor: ANSIColor?
      for column in 0..<columns {
        let slot = canvas.color(column: column, row: row)
        let ansi = slot.map { $0 < traceColors.count ? traceColors[$0] : ANSIColor.gray }
        if ansi != runColor {
          line += paint(run, runColor)
          run = ""
          runColor = ansi
        }
        run.append(canvas.character(column: column, row: row))
      }
      line += paint(run, runColor) + paint("│", .gray)
      if showsLegend, row < traces.count {
        line += " " + paint(legendName(ofTraceAt: row), traceColors[row])
      }
      lines.append(line)
    }
    lines.append(pad(indent) + paint("└" + String(repeating: "─", count: columns) + "┘", .gray))
    let left = xAxis.lowerLabel
    let right = xAxis.upperLabel
    lines.append(pad(indent) + left + pad(boxWidth - left.count - right.count) + right)
    if let title = layout.xAxis.title {
      lines.append(pad(indent + (boxWidth - title.count) / 2) + title)
    }
    return lines.joined(separator: "\n")
  }
}
