/// Converts between UTF-8 byte offsets of a text and its 1-based `line:column` locations, and
/// gives the text of a line: the one line indexer of the Markdown parser, the TeX engine, the
/// front matter reader and the diagnostic printer.
package struct LineIndex: Sendable {
  /// The text's UTF-8 bytes.
  package let bytes: [UInt8]
  /// The byte offset at which each line starts; the first is 0.
  package let lineStarts: [Int]

  package init(_ bytes: [UInt8]) {
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.bytes = bytes
    lineStarts = starts
  }

  package init(_ text: String) {
    self.init(Array(text.utf8))
  }

  /// The total number of bytes.
  package var count: Int { bytes.count }

  /// The number of lines (a final line break starts an empty last line).
  package var lineCount: Int { lineStarts.count }

  /// The location of the byte at `offset` (clamped to the text).
  package func location(of offset: Int) -> SourceLocation {
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
  package func offset(of location: SourceLocation) -> Int {
    let line = max(1, min(location.line, lineStarts.count))
    return max(0, min(lineStarts[line - 1] + max(location.column, 1) - 1, count))
  }

  /// The byte range of line `line` (1-based) without its line ending (`\n` or `\r\n`); an empty
  /// range at the end for a line the text does not have.
  package func lineRange(_ line: Int) -> Range<Int> {
    guard line >= 1, line <= lineStarts.count else { return count..<count }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<end
  }

  /// The text of line `line` (1-based) without its line ending; `nil` past the last line.
  package func line(_ line: Int) -> String? {
    guard line >= 1, line <= lineStarts.count else { return nil }
    return String(decoding: bytes[lineRange(line)], as: UTF8.self)
  }

  /// The byte column of the `scalarColumn`-th Unicode scalar (1-based) of line `line`: the one
  /// conversion for positions from tools that count scalars (libyaml).
  package func column(ofScalar scalarColumn: Int, onLine line: Int) -> Int {
    let range = lineRange(line)
    var offset = range.lowerBound
    var scalars = 1
    while scalars < scalarColumn, offset < range.upperBound {
      offset += 1
      // Continuation bytes (10xxxxxx) belong to the scalar before them.
      while offset < range.upperBound, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      scalars += 1
    }
    return offset - range.lowerBound + 1 + max(0, scalarColumn - scalars)
  }
}
