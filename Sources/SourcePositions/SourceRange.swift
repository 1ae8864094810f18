/// A stretch of a text from `start` to `end` inclusive (cmark's convention): the ranges of a
/// page's blocks, inlines and diagnostics.
package struct SourceRange: Hashable, Sendable, Codable {
  package var start: SourceLocation
  package var end: SourceLocation

  package init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// A range covering a single point.
  package init(_ location: SourceLocation) {
    self.start = location
    self.end = location
  }

  /// This range moved down by `lines` lines and right by `columns` columns.
  package func shifted(lines: Int, columns: Int = 0) -> SourceRange {
    SourceRange(
      start: SourceLocation(line: start.line + lines, column: start.column + columns),
      end: SourceLocation(line: end.line + lines, column: end.column + columns))
  }
}
