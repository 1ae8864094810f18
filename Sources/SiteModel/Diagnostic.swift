import SourcePositions

/// How serious a problem is.
package enum Severity: String, Sendable, Comparable, Codable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A problem found in the content, as data. Only the CLI words and prints it
/// (`path:line:col: error: message`).
package struct Diagnostic: Hashable, Sendable, Codable {
  package var severity: Severity
  /// The file the problem is in, relative to the working directory when possible.
  package var file: String
  /// Where in the file; `nil` for a problem with the file as a whole.
  package var range: SourceRange?
  /// One line saying what is wrong.
  package var message: String
  /// Further lines: why, or how to fix it.
  package var notes: [String]
  /// The formula or cell the problem was found in, when it was found inside one: problems of
  /// one kind are counted per snippet (``DiagnosticLimits``).
  package var snippet: SourceRange?

  package init(
    _ severity: Severity, file: String, range: SourceRange?, message: String, notes: [String] = [],
    snippet: SourceRange? = nil
  ) {
    self.severity = severity
    self.file = file
    self.range = range
    self.message = message
    self.notes = notes
    self.snippet = snippet
  }

  /// This diagnostic, marked as found inside the formula or cell at `snippet`.
  package func inSnippet(_ snippet: SourceRange) -> Diagnostic {
    var copy = self
    copy.snippet = snippet
    return copy
  }

  package static func error(
    _ message: String, file: String, at range: SourceRange? = nil, notes: [String] = []
  ) -> Diagnostic {
    Diagnostic(.error, file: file, range: range, message: message, notes: notes)
  }

  package static func warning(
    _ message: String, file: String, at range: SourceRange? = nil, notes: [String] = []
  ) -> Diagnostic {
    Diagnostic(.warning, file: file, range: range, message: message, notes: notes)
  }
}
