import SiteModel

extension HTMLWriter {
  /// A pipe table as GitHub's cmark-gfm writes it: `<thead>` with the header row, `<tbody>` only
  /// when there are body rows, an `align` attribute on aligned columns' cells, and short rows
  /// padded with empty cells.
  mutating func writeTable(_ table: Table) {
    cr()
    html += "<table>\n<thead>\n"
    writeRow(table.header, cellTag: "th", alignments: table.alignments)
    html += "</thead>\n"
    if !table.rows.isEmpty {
      html += "<tbody>\n"
      for row in table.rows {
        writeRow(row, cellTag: "td", alignments: table.alignments)
      }
      html += "</tbody>\n"
    }
    html += "</table>\n"
  }

  private mutating func writeRow(
    _ cells: [TableCell], cellTag: String, alignments: [Table.Alignment]
  ) {
    html += "<tr>\n"
    for (column, alignment) in alignments.enumerated() {
      html += "<\(cellTag)"
      switch alignment {
      case .none: break
      case .left: html += " align=\"left\""
      case .center: html += " align=\"center\""
      case .right: html += " align=\"right\""
      }
      html += ">"
      if column < cells.count { write(cells[column].inlines) }
      html += "</\(cellTag)>\n"
    }
    html += "</tr>\n"
  }
}
