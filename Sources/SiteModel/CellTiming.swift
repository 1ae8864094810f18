/// How long one cell took.
package struct CellTiming: Sendable, Hashable, Codable {
  /// The page's file.
  package var file: String
  /// The cell's first line on the page.
  package var line: Int
  package var seconds: Double
  /// Whether the cell did not run in this build: its results, and this time, are an earlier
  /// build's, from the execution cache.
  package var fromCache: Bool

  package init(file: String, line: Int, seconds: Double, fromCache: Bool = false) {
    self.file = file
    self.line = line
    self.seconds = seconds
    self.fromCache = fromCache
  }
}

/// A rewrite of one cell's expected output, for `sitegen check --fix`: replace lines
/// `firstLine...lastLine` of the page (1-based; `lastLine < firstLine` inserts before
/// `firstLine`) with `text`.
package struct ExpectationFix: Sendable, Hashable, Codable {
  package var file: String
  package var firstLine: Int
  package var lastLine: Int
  package var text: String
  /// The problem this rewrite resolves.
  package var diagnostic: Diagnostic?

  package init(
    file: String, firstLine: Int, lastLine: Int, text: String, diagnostic: Diagnostic? = nil
  ) {
    self.file = file
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.text = text
    self.diagnostic = diagnostic
  }
}
