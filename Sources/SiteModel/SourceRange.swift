/// A position in a source file: 1-based line and column (column counted in UTF-8 bytes,
/// as cmark and compilers count it).
package struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  package var line: Int
  package var column: Int

  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  package var description: String { "\(line):\(column)" }
}

/// A span of a source file, from `start` to `end` inclusive (cmark's convention).
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

  /// This range moved down by `lines` lines (used to project a cell's line onto its page).
  package func shifted(lines: Int, columns: Int = 0) -> SourceRange {
    SourceRange(
      start: SourceLocation(line: start.line + lines, column: start.column + columns),
      end: SourceLocation(line: end.line + lines, column: end.column + columns))
  }
}
