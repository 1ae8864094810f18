/// Where the lines of a formula's TeX sit in its page, so that a problem found at a line and
/// column of the TeX can be reported at the page's `file:line:col`.
package struct TeXOrigin: Hashable, Sendable {
  /// The page location of the first byte of each line of the TeX.
  package var lineStarts: [SourceLocation]

  package init(lineStarts: [SourceLocation]) {
    self.lineStarts = lineStarts
  }

  /// The page location of TeX line `line`, column `column` (both 1-based, columns in UTF-8
  /// bytes, as cmark and `SourceLocation` count them).
  package func location(line: Int, column: Int) -> SourceLocation {
    guard let last = lineStarts.last else { return SourceLocation(line: line, column: column) }
    let start = line >= 1 && line <= lineStarts.count ? lineStarts[line - 1] : last
    return SourceLocation(line: start.line, column: start.column + column - 1)
  }

  /// The page range of a TeX range given by its first and last (inclusive) line:column.
  package func range(
    startLine: Int, startColumn: Int, endLine: Int, endColumn: Int
  ) -> SourceRange {
    SourceRange(
      start: location(line: startLine, column: startColumn),
      end: location(line: endLine, column: endColumn))
  }
}
