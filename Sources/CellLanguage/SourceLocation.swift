/// A position in a cell's source: 1-based line and column (columns count Unicode scalars).
///
/// Stored in 32 bits each (saturating), so that a span is two machine words: every node of
/// resolved code carries one.
package struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  private var storedLine: UInt32
  private var storedColumn: UInt32

  package var line: Int {
    get { Int(storedLine) }
    set { storedLine = UInt32(clamping: newValue) }
  }

  package var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = UInt32(clamping: newValue) }
  }

  package init(line: Int, column: Int) {
    storedLine = UInt32(clamping: line)
    storedColumn = UInt32(clamping: column)
  }

  package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  package var description: String { "\(line):\(column)" }
}

/// A half-open stretch of a cell's source, from `start` up to (not including) `end`.
package struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
  package var start: SourceLocation
  package var end: SourceLocation

  package init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// The span covering both `self` and `other`.
  package func union(_ other: SourceSpan) -> SourceSpan {
    SourceSpan(start: min(start, other.start), end: max(end, other.end))
  }

  package var description: String { "\(start)-\(end)" }
}
