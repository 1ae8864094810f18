import Foundation
import SourcePositions

/// Words diagnostics the one way sitegen prints them: `path:line:col: error: message`, the source
/// line (a window of it around the column when it is long), a caret under the column, then the
/// notes.
package enum DiagnosticFormatter {
  /// The text of one diagnostic.
  /// - Parameters:
  ///   - diagnostic: the problem.
  ///   - source: the whole text of the diagnostic's file, when known, to quote the line.
  /// - Returns: one or more lines, without a final newline.
  package static func format(_ diagnostic: Diagnostic, source: String?) -> String {
    var text = diagnostic.file
    if let range = diagnostic.range {
      text += ":\(range.start.line):\(range.start.column)"
    }
    text += ": \(diagnostic.severity.rawValue): \(diagnostic.message)"
    if let range = diagnostic.range, let source, let line = line(range.start.line, of: source) {
      let excerpt = SourceExcerpt(line: line, column: range.start.column)
      text += "\n" + excerpt.text + "\n" + excerpt.caret
    }
    for note in diagnostic.notes {
      text += "\n  note: \(note)"
    }
    return text
  }

  /// The diagnostic as a GitHub Actions workflow command (`::error file=…,line=…,col=…::message`).
  package static func githubAnnotation(_ diagnostic: Diagnostic) -> String {
    let kind =
      switch diagnostic.severity {
      case .error: "error"
      case .warning: "warning"
      case .note: "notice"
      }
    var properties = "file=\(escapeProperty(diagnostic.file))"
    if let range = diagnostic.range {
      properties += ",line=\(range.start.line),col=\(range.start.column)"
      if range.end.line >= range.start.line {
        properties += ",endLine=\(range.end.line)"
      }
    }
    let message = ([diagnostic.message] + diagnostic.notes).joined(separator: "\n")
    return "::\(kind) \(properties)::\(escapeData(message))"
  }

  /// Line `number` (1-based) of `source`, without its line ending.
  static func line(_ number: Int, of source: String) -> String? {
    LineIndex(source).line(number)
  }

  /// Spaces (tabs where the line has tabs) up to the UTF-8 byte column, then `^`.
  static func caret(under column: Int, in line: String) -> String {
    SourceExcerpt(line: line, column: column, width: .max).caret
  }

  private static func escapeData(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(
        of:
          "\n", with: "%0A")
  }

  private static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(
      of: ",", with: "%2C")
  }
}
