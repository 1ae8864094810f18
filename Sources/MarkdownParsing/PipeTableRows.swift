import SiteModel

/// The row grammar of GitHub-flavoured pipe tables (GFM spec, "Tables (extension)"), on one line's
/// bytes.
enum PipeTableRows {
  /// row ::= "|"? cell ("|" cell)* "|"? — each cell's byte range, trimmed of spaces. A pipe
  /// after a backslash is part of its cell.
  static func cells(_ bytes: ArraySlice<UInt8>) -> [Range<Int>] {
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, ASCII.isSpace(bytes[start]) { start += 1 }
    while end > start, ASCII.isSpace(bytes[end - 1]) { end -= 1 }
    guard start < end else { return [] }
    if bytes[start] == pipe { start += 1 }
    var cells: [Range<Int>] = []
    var cellStart = start
    var index = start
    var endsWithPipe = false
    while index < end {
      endsWithPipe = false
      if bytes[index] == ASCII.backslash {
        index += 2
      } else if bytes[index] == pipe {
        cells.append(cellStart..<index)
        cellStart = index + 1
        endsWithPipe = true
        index += 1
      } else {
        index += 1
      }
    }
    if !endsWithPipe { cells.append(cellStart..<min(index, end)) }
    return cells.map { trimmed($0, in: bytes) }
  }

  /// delimiter-row ::= "|"? (":"? "-"+ ":"?) ("|" …)* "|"? — the columns' alignments, or `nil`
  /// when the line is not a delimiter row.
  static func alignments(_ bytes: ArraySlice<UInt8>) -> [Table.Alignment]? {
    let cells = cells(bytes)
    guard !cells.isEmpty else { return nil }
    var result: [Table.Alignment] = []
    for cell in cells {
      let content = bytes[cell]
      guard let first = content.first, let last = content.last else { return nil }
      let left = first == ASCII.colon
      let right = last == ASCII.colon && content.count > 1
      let dashes = content.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
      guard !dashes.isEmpty, dashes.allSatisfy({ $0 == ASCII.hyphen }) else { return nil }
      switch (left, right) {
      case (true, true): result.append(.center)
      case (true, false): result.append(.left)
      case (false, true): result.append(.right)
      case (false, false): result.append(.none)
      }
    }
    return result
  }

  /// Whether the line has a pipe outside backslash escapes.
  static func hasPipe(_ bytes: ArraySlice<UInt8>) -> Bool {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == ASCII.backslash {
        index += 2
      } else if bytes[index] == pipe {
        return true
      } else {
        index += 1
      }
    }
    return false
  }

  /// A cell's content with each `\|` made a plain `|` (GFM removes the escape before reading
  /// the cell's inlines, inside code spans too).
  static func unescapingPipes(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == ASCII.backslash, index + 1 < bytes.endIndex, bytes[index + 1] == pipe {
        index += 1
        continue
      }
      result.append(bytes[index])
      index += 1
    }
    return result
  }

  private static let pipe = UInt8(ascii: "|")

  private static func trimmed(_ range: Range<Int>, in bytes: ArraySlice<UInt8>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, ASCII.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, ASCII.isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }
}
