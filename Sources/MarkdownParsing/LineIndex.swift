import SiteModel

/// Converts between UTF-8 byte offsets of a text and 1-based line:column locations.
struct LineIndex {
  /// The byte offset at which each line starts; the first is 0.
  private(set) var lineStarts: [Int]
  /// The total number of bytes.
  let count: Int

  init(_ bytes: [UInt8]) {
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    lineStarts = starts
    count = bytes.count
  }

  /// The location of the byte at `offset` (clamped to the text).
  func location(of offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
    }
    return SourceLocation(line: low + 1, column: clamped - lineStarts[low] + 1)
  }

  /// The byte offset of `location` (clamped to the text).
  func offset(of location: SourceLocation) -> Int {
    let line = max(1, min(location.line, lineStarts.count))
    return max(0, min(lineStarts[line - 1] + max(location.column, 1) - 1, count))
  }

  /// The byte range of line `line` (1-based) without its line ending.
  func lineRange(_ line: Int, in bytes: [UInt8]) -> Range<Int> {
    guard line >= 1, line <= lineStarts.count else { return count..<count }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<end
  }
}
