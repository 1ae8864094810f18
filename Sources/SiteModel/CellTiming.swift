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
  /// The first line of the directive whose unexpected failure came first on the page, this
  /// cell's own or an earlier one's: the actual output may be a consequence of that failure, so
  /// `check --fix` leaves this expectation as it is. `nil` when the cell and every directive
  /// before it ran cleanly.
  package var blockedBy: Int?

  package init(
    file: String, firstLine: Int, lastLine: Int, text: String, diagnostic: Diagnostic? = nil,
    blockedBy: Int? = nil
  ) {
    self.file = file
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.text = text
    self.diagnostic = diagnostic
    self.blockedBy = blockedBy
  }

  /// The line of the expectation's `# output` marker.
  package var markerLine: Int { firstLine - 1 }

  /// Why `check --fix` leaves this expectation, or `nil` when it rewrites it.
  package var reasonLeft: String? {
    blockedBy.map { "the cell at line \($0) failed first" }
  }
}
