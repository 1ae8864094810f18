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
    let frame = TextPlotFrame(
      figure: self, columns: columns, rows: rows, xAxis: xAxis, yAxis: yAxis)
    let lines = frame.lines(
      paint: paint,
      row: { row in
        var line = ""
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
        return line + paint(run, runColor)
      },
      name: { row in
        showsLegend && row < traces.count
          ? paint(legendName(ofTraceAt: row), traceColors[row]) : nil
      })
    return lines.joined(separator: "\n")
  }
}
