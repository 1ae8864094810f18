import SiteModel
import SourcePositions

/// Looks at the source cmark parsed to settle what its nodes leave open: whether a code block
/// is fenced (libcmark 0.30 has no accessor for it) and where a block ending at "column 0" ends.
struct SourceLayout {
  let bytes: [UInt8]
  let lines: LineIndex

  /// Whether the block starting at `start` opens with a fence of three or more backticks or
  /// tildes whose line is not the block's first content line (as it is for indented code).
  func startsWithFence(at start: SourceLocation, literal: String) -> Bool {
    let line = lines.lineRange(start.line)
    var index = min(line.lowerBound + max(start.column, 1) - 1, line.upperBound)
    var spaces = 0
    while index < line.upperBound, bytes[index] == ASCII.space, spaces < 3 {
      index += 1
      spaces += 1
    }
    guard index < line.upperBound else { return false }
    let fence = bytes[index]
    guard fence == ASCII.backtick || fence == UInt8(ascii: "~") else { return false }
    var run = 0
    while index + run < line.upperBound, bytes[index + run] == fence { run += 1 }
    guard run >= 3 else { return false }
    let firstContentLine = literal.split(separator: "\n", omittingEmptySubsequences: false).first
    let rest = String(decoding: bytes[index..<line.upperBound], as: UTF8.self)
    return firstContentLine.map(String.init) != rest
  }

  /// cmark's end position made inclusive: cmark ends some blocks at column 0 of the line after
  /// them; such an end moves to the last character of the last non-blank line before it.
  func endLocation(line: Int, column: Int) -> SourceLocation? {
    guard line > 0 else { return nil }
    guard column == 0 else { return SourceLocation(line: line, column: column) }
    var candidate = line - 1
    while candidate >= 1 {
      let range = lines.lineRange(candidate)
      if bytes[range].contains(where: { !ASCII.isSpace($0) }) {
        return SourceLocation(line: candidate, column: range.count)
      }
      candidate -= 1
    }
    return SourceLocation(line: 1, column: 1)
  }
}
