import SiteModel

/// Tells fenced code blocks from indented ones by looking at the source where cmark says the
/// block starts (libcmark 0.30 has no accessor for it).
struct FenceDetector {
  let bytes: [UInt8]
  let lines: LineIndex

  /// Whether the block starting at `start` opens with a fence of three or more backticks or
  /// tildes whose line is not the block's first content line (as it is for indented code).
  func startsWithFence(at start: SourceLocation, literal: String) -> Bool {
    let line = lines.lineRange(start.line, in: bytes)
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
}
