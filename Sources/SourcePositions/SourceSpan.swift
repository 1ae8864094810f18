/// A half-open stretch of a text, from `start` up to (not including) `end`: what a lexer knows
/// of a token when it has read it, and what a cell's syntax carries.
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
