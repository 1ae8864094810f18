import SiteModel
import SourcePositions

// GitHub-flavoured pipe tables on top of cmark: cmark reads a table as a paragraph (its rows are
// lines of one paragraph, which ends at a blank line or a line starting another block, as GFM's
// table does). A paragraph one of whose lines is a delimiter row, under a header row with as many
// cells, is a table from its header row on; the lines above stay a paragraph. Each cell's text is
// then parsed again by cmark, on its own, as inline Markdown.

extension DocumentBuilder {
  /// One line of a paragraph in the text cmark parsed: its number, its bytes after the
  /// paragraph's indentation (and block-quote markers), and how many bytes were cut before them.
  struct ParagraphLine {
    var line: Int
    var offset: Int
    var bytes: ArraySlice<UInt8>
  }

  /// The blocks a paragraph or setext heading node makes when it holds a table, or `nil` when it
  /// holds none.
  func tableBlocks(_ node: MarkupNode, enclosing: SourceRange) -> [Block]? {
    guard let start = node.start, let end = node.end, end.line > start.line,
      hasPipe(fromLine: start.line, throughLine: end.line)
    else { return nil }
    switch node.kind {
    case .paragraph:
      return tableBlocks(paragraphLines(start: start, endLine: end.line), enclosing: enclosing)
    case .heading:
      // A setext heading: cmark took a table's last row for the heading's text and the line
      // under it for the underline. With the table, GFM reads `---` as a thematic break and
      // `===` as one more row.
      var lines = paragraphLines(start: start, endLine: end.line)
      guard let underline = lines.last,
        let mark = underline.bytes.first(where: { !ASCII.isSpace($0) })
      else { return nil }
      guard mark == ASCII.hyphen else { return tableBlocks(lines, enclosing: enclosing) }
      lines.removeLast()
      guard var blocks = tableBlocks(lines, enclosing: enclosing) else { return nil }
      blocks.append(
        .thematicBreak(
          range: extraction.originalRange(
            start: SourceLocation(line: underline.line, column: underline.offset + 1),
            end: SourceLocation(
              line: underline.line, column: underline.offset + max(underline.bytes.count, 1)))))
      return blocks
    case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .thematicBreak, .text,
      .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image, .other:
      return nil
    }
  }

  /// The blocks `lines` make when they hold a table, or `nil` when they hold none.
  private func tableBlocks(_ lines: [ParagraphLine], enclosing: SourceRange) -> [Block]? {
    guard lines.count >= 2, lines.contains(where: { PipeTableRows.hasPipe($0.bytes) }) else {
      return nil
    }
    for delimiter in 1..<lines.count {
      guard let alignments = PipeTableRows.alignments(lines[delimiter].bytes) else { continue }
      let header = lines[delimiter - 1]
      let headerCells = PipeTableRows.cells(header.bytes)
      guard headerCells.count == alignments.count,
        PipeTableRows.hasPipe(header.bytes) || PipeTableRows.hasPipe(lines[delimiter].bytes)
      else { continue }
      var blocks: [Block] = []
      if delimiter >= 2 {
        let above = Array(lines[0..<(delimiter - 1)])
        blocks.append(paragraph(of: above, enclosing: enclosing))
      }
      let rows = lines[(delimiter + 1)...].map { line in
        Array(cells(of: line, enclosing: enclosing).prefix(alignments.count))
      }
      let last = lines[lines.count - 1]
      let tableRange = extraction.originalRange(
        start: SourceLocation(line: header.line, column: header.offset + 1),
        end: SourceLocation(line: last.line, column: last.offset + max(last.bytes.count, 1)))
      blocks.append(
        .table(
          Table(
            alignments: alignments, header: cells(of: header, enclosing: enclosing), rows: rows,
            range: tableRange)))
      return blocks
    }
    return nil
  }

  /// Whether a pipe is written on those lines of cmark's text (most paragraphs have none).
  private func hasPipe(fromLine first: Int, throughLine last: Int) -> Bool {
    let lines = extraction.transformedLines
    guard first >= 1, last <= lines.lineCount, first <= last else { return false }
    let bytes = lines.lineRange(first).lowerBound..<lines.lineRange(last).upperBound
    return extraction.transformedBytes[bytes].contains(UInt8(ascii: "|"))
  }

  /// The lines of a paragraph from `start` to `endLine`, in cmark's coordinates.
  private func paragraphLines(start: SourceLocation, endLine: Int) -> [ParagraphLine] {
    let text = extraction.transformedBytes
    let lines = extraction.transformedLines
    let firstRange = lines.lineRange(start.line)
    let firstOffset = min(start.column - 1, firstRange.count)
    let quoted = text[firstRange.prefix(firstOffset)].contains(ASCII.greaterThan)
    var result = [
      ParagraphLine(
        line: start.line, offset: firstOffset,
        bytes: text[(firstRange.lowerBound + firstOffset)..<firstRange.upperBound])
    ]
    for line in stride(from: start.line + 1, through: min(endLine, lines.lineCount), by: 1) {
      let range = lines.lineRange(line)
      var cut = range.lowerBound
      while cut < range.upperBound,
        ASCII.isSpace(text[cut]) || (quoted && text[cut] == ASCII.greaterThan)
      {
        cut += 1
      }
      result.append(
        ParagraphLine(
          line: line, offset: cut - range.lowerBound, bytes: text[cut..<range.upperBound]))
    }
    return result
  }

  /// The cells of a row, each parsed as inline Markdown.
  private func cells(of row: ParagraphLine, enclosing: SourceRange) -> [TableCell] {
    PipeTableRows.cells(row.bytes).map { cell in
      let column = row.offset + (cell.lowerBound - row.bytes.startIndex) + 1
      let range = extraction.originalRange(
        start: SourceLocation(line: row.line, column: column),
        end: SourceLocation(line: row.line, column: column + max(cell.count, 1) - 1))
      guard !cell.isEmpty else { return TableCell(inlines: [], range: range) }
      let content = PipeTableRows.unescapingPipes(row.bytes[cell])
      return TableCell(
        inlines: inlineContent(
          of: [content], lines: [row.line], columnOffsets: [column - 1], enclosing: range),
        range: range)
    }
  }

  /// The paragraph made of the lines above a table's header row.
  private func paragraph(of lines: [ParagraphLine], enclosing: SourceRange) -> Block {
    guard let first = lines.first, let last = lines.last else {
      return .paragraph([], range: enclosing)
    }
    let range = extraction.originalRange(
      start: SourceLocation(line: first.line, column: first.offset + 1),
      end: SourceLocation(line: last.line, column: last.offset + max(last.bytes.count, 1)))
    let content = inlineContent(
      of: lines.map { Array($0.bytes) }, lines: lines.map(\.line),
      columnOffsets: lines.map(\.offset), enclosing: range)
    return .paragraph(content, range: range)
  }

  /// `texts` (consecutive lines of cmark's text) parsed by cmark as one paragraph's inlines, with
  /// positions put back where the lines sit. A first character that would start a block (`#`,
  /// `>`, a list marker, a fence) is escaped first, so that it stays text as it does in a cell.
  func inlineContent(
    of texts: [[UInt8]], lines: [Int], columnOffsets: [Int], enclosing: SourceRange
  ) -> [Inline] {
    var bytes = Array(texts.joined(separator: [ASCII.newline]))
    var offsets = columnOffsets
    if let escape = Self.blockStartEscape(bytes) {
      bytes.insert(ASCII.backslash, at: escape)
      if escape == 0, !offsets.isEmpty { offsets[0] -= 1 }
    }
    let (root, _) = CommonMarkConverter.parse(String(decoding: bytes, as: UTF8.self))
    let placed = root.children.map { Self.placed($0, lines: lines, columnOffsets: offsets) }
    return placed.flatMap { node -> [Inline] in
      switch node.kind {
      case .paragraph:
        return inlines(node.children, enclosing: enclosing)
      case .htmlBlock(let html):
        var raw = html
        while raw.hasSuffix("\n") { raw.removeLast() }
        return [.html(extraction.restoringPlaceholders(raw), range: enclosing)]
      case .document, .blockQuote, .list, .item, .codeBlock, .heading, .thematicBreak, .text,
        .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image, .other:
        return inlines(node.children, enclosing: enclosing)
      }
    }
  }

  /// Where a backslash keeps the text's first line from starting a block, if one is needed.
  private static func blockStartEscape(_ bytes: [UInt8]) -> Int? {
    guard let first = bytes.first else { return nil }
    let line = bytes.prefix { $0 != ASCII.newline }
    let second = line.count > 1 ? line[1] : ASCII.space
    switch first {
    case UInt8(ascii: "#"), ASCII.greaterThan:
      return 0
    case ASCII.hyphen, UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "_"):
      let breakLine = line.allSatisfy { $0 == first || $0 == ASCII.space }
      return ASCII.isSpace(second) || breakLine ? 0 : nil
    case ASCII.backtick, UInt8(ascii: "~"):
      return line.prefix(3).allSatisfy { $0 == first } && line.count >= 3 ? 0 : nil
    default:
      let digits = line.prefix { ASCII.isDigit($0) }
      guard !digits.isEmpty, digits.count < line.count else { return nil }
      let marker = line[digits.count]
      let after = digits.count + 1 < line.count ? line[digits.count + 1] : ASCII.space
      return (marker == UInt8(ascii: ".") || marker == ASCII.closeParen) && ASCII.isSpace(after)
        ? digits.count : nil
    }
  }

  /// `node` with its positions (line `i` of the parsed text) moved to page line `lines[i - 1]`,
  /// columns shifted by `columnOffsets[i - 1]`.
  private static func placed(_ node: MarkupNode, lines: [Int], columnOffsets: [Int]) -> MarkupNode {
    func move(_ location: SourceLocation?) -> SourceLocation? {
      guard let location, !lines.isEmpty else { return location }
      let index = min(max(location.line - 1, 0), lines.count - 1)
      return SourceLocation(line: lines[index], column: location.column + columnOffsets[index])
    }
    var moved = node
    moved.start = move(node.start)
    moved.end = move(node.end)
    moved.children = node.children.map { placed($0, lines: lines, columnOffsets: columnOffsets) }
    return moved
  }
}
