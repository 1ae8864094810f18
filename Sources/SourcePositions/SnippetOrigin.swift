/// Where the lines of a snippet embedded in a page (a cell's body, a formula's TeX) sit in that
/// page, so that a problem found at a line and column of the snippet is reported at the page's
/// `file:line:col`.
///
/// The one projection from a snippet's positions to its page's: both count columns in UTF-8
/// bytes, so a snippet column is an offset from where its line starts in the page.
package struct SnippetOrigin: Hashable, Sendable {
  /// The page location of the first byte of each line of the snippet.
  package var lineStarts: [SourceLocation]

  package init(lineStarts: [SourceLocation]) {
    self.lineStarts = lineStarts
  }

  /// The origin of a snippet whose `lineCount` lines are consecutive page lines from
  /// `firstLine`, each starting at page column `column` (a cell's body, indented or not).
  package init(firstLine: Int, column: Int, lineCount: Int) {
    lineStarts = (0..<max(lineCount, 1)).map {
      SourceLocation(line: firstLine + $0, column: column)
    }
  }

  /// The page location of snippet line `line`, column `column` (both 1-based). A line past the
  /// snippet's last is placed on its last line.
  package func location(line: Int, column: Int) -> SourceLocation {
    guard let last = lineStarts.last else { return SourceLocation(line: line, column: column) }
    let start = line >= 1 && line <= lineStarts.count ? lineStarts[line - 1] : last
    return SourceLocation(line: start.line, column: start.column + column - 1)
  }

  /// The page location of a snippet location.
  package func location(of location: SourceLocation) -> SourceLocation {
    self.location(line: location.line, column: location.column)
  }

  /// The page range of a snippet range.
  package func range(of range: SourceRange) -> SourceRange {
    SourceRange(start: location(of: range.start), end: location(of: range.end))
  }
}
