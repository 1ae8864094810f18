import SourcePositions

/// A syntax error found while parsing a cell, with where it is.
package struct ParseError: Error, Hashable, Sendable {
  package var message: String
  package var span: SourceSpan
  /// Valid Julia that sitegen does not run (not a syntax error).
  package var isUnsupported = false
}
