extension MathMLWriter {
  /// Writes an environment's cells as `<mtable>`.
  ///
  /// MathML Core has no `columnalign`, so alignment and the tight column pairs of `aligned`
  /// are CSS on each `<mtd>`.
  mutating func writeTable(_ table: MathTable) {
    let display = table.layout == .aligned
    open("mtable", display ? [("displaystyle", "true")] : [])
    for row in table.rows {
      open("mtr")
      for (column, cell) in row.enumerated() {
        let style = MathMLWriter.cellStyle(table.layout, column: column)
        open("mtd", style.map { [("style", $0)] } ?? [])
        var nodes = cell
        // A relation opening the right half of an `aligned` pair still spaces as a relation,
        // as after TeX's `{}`.
        if table.layout == .aligned, column % 2 == 1, case .symbol? = cell.first {
          nodes.insert(.row([]), at: 0)
        }
        if nodes.count == 1 {
          writeRow(nodes, display: display)
        } else {
          open("mrow")
          writeRow(nodes, display: display)
          close("mrow")
        }
        close("mtd")
      }
      close("mtr")
    }
    close("mtable")
  }

  /// The CSS for a cell: alignment and padding by layout and column.
  static func cellStyle(_ layout: MathTable.Layout, column: Int) -> String? {
    switch layout {
    case .matrix:
      return nil
    case .cases:
      return column == 0
        ? "padding-left:0em;text-align:left" : "padding-left:1em;text-align:left"
    case .aligned:
      if column % 2 == 1 { return "padding-left:0em;padding-right:0em;text-align:left" }
      return column == 0
        ? "padding-left:0em;padding-right:0em;text-align:right"
        : "padding-left:2em;padding-right:0em;text-align:right"
    }
  }
}
