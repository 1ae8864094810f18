import SiteModel
import SourcePositions

extension DocumentBuilder {
  /// The text after `{name}` on a directive's opening fence line (cmark's line `start.line`),
  /// parsed as inline Markdown: an admonition's title, as MyST reads it.
  func infoStringArguments(at start: SourceLocation, enclosing: SourceRange) -> [Inline] {
    let lines = extraction.transformedLines
    guard start.line >= 1, start.line <= lines.lineCount else { return [] }
    let range = lines.lineRange(start.line)
    let text = extraction.transformedBytes[range]
    guard
      let open = text[(range.lowerBound + min(max(start.column - 1, 0), range.count))...]
        .firstIndex(of: UInt8(ascii: "{")),
      let close = text[open...].firstIndex(of: UInt8(ascii: "}"))
    else { return [] }
    var lower = close + 1
    var upper = range.upperBound
    while lower < upper, ASCII.isSpace(text[lower]) { lower += 1 }
    while upper > lower, ASCII.isSpace(text[upper - 1]) { upper -= 1 }
    guard lower < upper else { return [] }
    return inlineContent(
      of: [Array(text[lower..<upper])], lines: [start.line],
      columnOffsets: [lower - range.lowerBound], enclosing: enclosing)
  }
}
