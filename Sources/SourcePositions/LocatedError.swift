/// A problem an engine found in a text it was given, located in that text: what a formula or a
/// cell reports before a stage projects it onto its page (``SnippetOrigin``).
package struct LocatedError: Error, Hashable, Sendable, CustomStringConvertible {
  /// One line saying what is wrong.
  package var message: String
  /// Where, in the text the engine was given (first to last byte, inclusive).
  package var range: SourceRange

  package init(_ message: String, at range: SourceRange) {
    self.message = message
    self.range = range
  }

  package init(_ message: String, at location: SourceLocation) {
    self.init(message, at: SourceRange(location))
  }

  /// The first byte of the offending text.
  package var location: SourceLocation { range.start }

  package var description: String { "\(range.start): \(message)" }
}
