import SiteModel

/// A figure drawn in terminal text (a UnicodePlots braille plot, with its ANSI colors) as
/// SVG text on a fixed grid, so that it lines up in any browser.
///
/// A `<pre>` relies on a monospace font that also has the braille block; where it lacks it,
/// the browser falls back to a proportional font and the braille rows run longer than the
/// frame's rules. Here every run of characters of one kind and color is a `<text>` placed at
/// its column and given its exact width (`textLength`), so each run fills its cells whatever
/// font draws it. The SVG has a `viewBox`: it shrinks to fit a narrow page instead of
/// scrolling sideways. Colors are classes (`sgp-a32` for ANSI green, …) that the figure
/// stylesheet maps to colors for light and dark pages and for print.
package enum TerminalFigureSVG {
  /// The grid's cell, in pixels at the figure's natural size, for the stylesheet's 14 px font
  /// (`.sgp-braille text`). The cell is 0.55 em wide, a little narrower than a monospace
  /// font's 0.6 em (glyphs are pressed to fit), so that a plot with a legend still has 11 px
  /// text on a 390 px phone.
  static let cellWidth = 7.7
  static let lineHeight = 17.0

  /// The SVG for `text`, labelled `label` for assistive technology.
  package static func render(_ text: String, label: String?) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      cells(of: String($0))
    }
    // The common indentation is dropped: it would only make the figure shrink further.
    let indent =
      lines.filter { $0.contains { $0.character != " " } }.map { line in
        line.prefix { $0.character == " " }.count
      }.min() ?? 0
    let rows = legendBelow(lines.map { Array($0.dropFirst(min(indent, $0.count))) })
    let columns = rows.map(\.count).max() ?? 0
    let width = attribute(Double(max(1, columns)) * cellWidth)
    let height = attribute(Double(rows.count) * lineHeight + 5)
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\""
    svg += " width=\"\(width)\" class=\"sgp sgp-braille\" role=\"img\""
    if let label { svg += " aria-label=\"\(HTMLEscaping.escapeHTML(label))\"" }
    svg += ">"
    if let label { svg += "<title>\(HTMLEscaping.escapeHTML(label))</title>" }
    for (row, line) in rows.enumerated() {
      let y = attribute(Double(row + 1) * lineHeight - 4)
      var start = 0
      while start < line.count {
        let first = line[start]
        if first.character == " " {
          start += 1
          continue
        }
        // A run takes the characters of the same kind and color, and the spaces between
        // them (a name with spaces stays one run); it never ends in a space.
        var end = start + 1
        var scan = start + 1
        while scan < line.count,
          line[scan].character == " "
            || (line[scan].color == first.color
              && isBraille(line[scan].character) == isBraille(first.character))
        {
          if line[scan].character != " " { end = scan + 1 }
          scan += 1
        }
        let run = String(line[start..<end].map(\.character))
        svg += "<text x=\"\(attribute(Double(start) * cellWidth))\" y=\"\(y)\""
        svg += " textLength=\"\(attribute(Double(end - start) * cellWidth))\""
        svg += " lengthAdjust=\"spacingAndGlyphs\""
        if let color = first.color { svg += " class=\"sgp-a\(color)\"" }
        svg += ">\(HTMLEscaping.escapeHTML(run))</text>"
        start = end
      }
    }
    return svg + "</svg>"
  }

  /// The widest figure, in columns, drawn as the terminal draws it; a wider one has its
  /// names (the text right of the frame) moved under it, so that it shrinks less on a phone.
  static let widestColumns = 56

  /// `rows` with the text right of the frame (UnicodePlots' series names) moved to lines of
  /// their own under the figure, at the frame's left edge, when the rows are wider than
  /// ``widestColumns``; `rows` as they are otherwise.
  private static func legendBelow(_ rows: [[Cell]]) -> [[Cell]] {
    guard (rows.map(\.count).max() ?? 0) > widestColumns,
      let top = rows.first(where: { $0.contains { $0.character == "┌" } }),
      let left = top.firstIndex(where: { $0.character == "┌" }),
      let right = top.firstIndex(where: { $0.character == "┐" })
    else { return rows }
    var kept: [[Cell]] = []
    var names: [[Cell]] = []
    for row in rows {
      guard row.count > right + 1 else {
        kept.append(row)
        continue
      }
      let side = row[(right + 1)...].drop { $0.character == " " }
      kept.append(Array(row[...right]))
      if !side.isEmpty {
        names.append(Array(repeating: (" ", nil), count: left) + side)
      }
    }
    return kept + names
  }

  /// One character of the grid and its ANSI color.
  typealias Cell = (character: Character, color: Int?)

  /// The characters of one line, each with its ANSI color.
  private static func cells(of line: String) -> [Cell] {
    ANSIText.runs(line).flatMap { run in run.text.map { ($0, run.color) } }
  }

  private static func isBraille(_ character: Character) -> Bool {
    character.unicodeScalars.first.map { (0x2800...0x28FF).contains($0.value) } ?? false
  }

  /// `value` with at most one decimal.
  private static func attribute(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? String(tenths / 10) : String(Double(tenths) / 10)
  }
}
