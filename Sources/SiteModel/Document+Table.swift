import SourcePositions

/// A GitHub-flavoured pipe table: a header row, a delimiter row giving each column's alignment,
/// and body rows (GFM spec, "Tables (extension)").
package struct Table: Hashable, Sendable {
  /// How a column's cells are aligned: `---`, `:---`, `:---:`, `---:`.
  package enum Alignment: Hashable, Sendable {
    case none
    case left
    case center
    case right
  }

  /// One alignment per column; the header has exactly this many cells.
  package var alignments: [Alignment]
  package var header: [TableCell]
  /// The body rows, each with at most `alignments.count` cells (missing cells are empty).
  package var rows: [[TableCell]]
  package var range: SourceRange

  package init(
    alignments: [Alignment], header: [TableCell], rows: [[TableCell]], range: SourceRange
  ) {
    self.alignments = alignments
    self.header = header
    self.rows = rows
    self.range = range
  }
}

/// One cell of a table: its inline content and where it was written.
package struct TableCell: Hashable, Sendable {
  package var inlines: [Inline]
  package var range: SourceRange

  package init(inlines: [Inline], range: SourceRange) {
    self.inlines = inlines
    self.range = range
  }
}
