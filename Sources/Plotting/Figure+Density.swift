import Foundation

extension Figure {
  /// The shades of UnicodePlots 1.1's density canvas, from empty to densest
  /// (`den_signs` in src/canvas/densitycanvas.jl).
  static let densityShades: [Character] = [" ", "░", "▒", "▓", "█"]

  /// The traces' points as UnicodePlots 1.1's `densityplot` draws them: each character cell
  /// counts the points that fall in it (one column and two rows of "pixels" per character) and
  /// shows a shade by its count relative to the densest cell, in the same frame, limits and
  /// labels as ``braille(width:height:color:)`` (without lines through zero: `grid = false`).
  ///
  /// - Parameters:
  ///   - width: the canvas width in characters (at least 5; UnicodePlots' default is 40).
  ///   - height: the canvas height in characters (at least 5; UnicodePlots' default is 15).
  public func densityText(width: Int = 40, height: Int = 15) -> String {
    let columns = max(width, 5)
    let rows = max(height, 5)
    let xAxis = BrailleAxis(figure: self, isX: true)
    let yAxis = BrailleAxis(figure: self, isX: false)
    let pixelWidth = Double(columns)
    let pixelHeight = Double(rows * 2)
    var counts = Array(repeating: Array(repeating: 0, count: rows), count: columns)
    // max_density starts at 1.
    var densest = 1
    for trace in traces {
      for index in 0..<trace.count {
        // points!: only points inside the limits; pixel!: floor of the scaled offset, the far
        // edge folded onto the last pixel.
        guard let fx = xAxis.fraction(of: trace.xValue(at: index)),
          let fy = yAxis.fraction(of: trace.y[index]), (0...1).contains(fx), (0...1).contains(fy)
        else { continue }
        var px = Int((fx * pixelWidth).rounded(.down))
        var py = Int((pixelHeight - fy * pixelHeight).rounded(.down))
        guard px >= 0, px <= columns, py >= 0, py <= rows * 2 else { continue }
        if px == columns { px -= 1 }
        if py == rows * 2 { py -= 1 }
        let column = Int((Double(px) / pixelWidth * Double(columns)).rounded(.down))
        let row = Int((Double(py) / pixelHeight * Double(rows)).rounded(.down))
        counts[column][row] += 1
        densest = max(densest, counts[column][row])
      }
    }
    let scale = Double(Figure.densityShades.count - 1) / Double(densest)

    // The frame, as the braille plots have it.
    let names = traces.compactMap(\.name).filter { !$0.isEmpty }
    let frame = TextPlotFrame(
      figure: self, columns: columns, rows: rows, xAxis: xAxis, yAxis: yAxis)
    let lines = frame.lines(
      paint: { text, _ in text },
      row: { row in
        String(
          (0..<columns).map { column in
            // round(Int, count · scale, RoundNearestTiesUp) + 1
            let shade = Int(
              (Double(counts[column][row]) * scale).rounded(.toNearestOrAwayFromZero))
            return Figure.densityShades[min(shade, Figure.densityShades.count - 1)]
          })
      },
      name: { row in row < names.count ? names[row] : nil })
    return lines.map { line in
      var line = Substring(line)
      while line.last == " " { line.removeLast() }
      return String(line)
    }.joined(separator: "\n")
  }
}
