import SiteModel
import SourcePositions

/// Turns `[^label]` in text into footnote references once every definition of the page is known.
/// A reference to a label no definition has stays text and is an error at its place (GitHub
/// leaves it as text silently; an author wants to know).
final class FootnoteReferences {
  private let defined: Set<String>
  private let source: [UInt8]
  private let lines: LineIndex
  private let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(defined: Set<String>, source: [UInt8], lines: LineIndex, file: String) {
    self.defined = defined
    self.source = source
    self.lines = lines
    self.file = file
  }

  /// `content` with every `[^label]` of its text split out. cmark splits text at brackets, so
  /// adjacent text inlines are read together.
  func rewrite(_ content: [Inline]) -> [Inline] {
    TextRuns.rewriting(content) { pieces in
      let text = pieces.map(\.text).joined()
      guard text.contains("[^"), let first = pieces.first, let last = pieces.last else {
        return nil
      }
      return split(text, range: SourceRange(start: first.range.start, end: last.range.end))
    }
  }

  /// footnote-reference ::= "[^" label "]" — label without white space or brackets.
  private func split(_ text: String, range: SourceRange) -> [Inline] {
    let bytes = Array(text.utf8)
    var result: [Inline] = []
    var copied = 0
    var index = 0
    while index + 3 < bytes.count {
      guard bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "^") else {
        index += 1
        continue
      }
      var close = index + 2
      while close < bytes.count, bytes[close] != UInt8(ascii: "]"),
        bytes[close] != UInt8(ascii: "["), !ASCII.isSpace(bytes[close])
      {
        close += 1
      }
      guard close < bytes.count, bytes[close] == UInt8(ascii: "]"), close > index + 2 else {
        index += 1
        continue
      }
      let label = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
      let location = Self.locate(
        "[^\(label)]", near: range.start, offset: index, source: source, lines: lines)
      let referenceRange = SourceRange(
        start: location,
        end: SourceLocation(line: location.line, column: location.column + close - index))
      guard defined.contains(Footnote.key(label)) else {
        diagnostics.append(
          .error(
            "footnote `[^\(label)]` is not defined; define it with a line `[^\(label)]: text`",
            file: file, at: referenceRange))
        index = close + 1
        continue
      }
      if copied < index {
        result.append(
          .text(String(decoding: bytes[copied..<index], as: UTF8.self), range: range))
      }
      result.append(.footnoteReference(label: label, range: referenceRange))
      index = close + 1
      copied = index
    }
    if copied < bytes.count || result.isEmpty {
      result.append(.text(String(decoding: bytes[copied...], as: UTF8.self), range: range))
    }
    return result
  }

  /// Where `needle` is written in the page: `offset` bytes after `start` when the source has it
  /// there (no escapes before it), else its first occurrence on `start`'s line at or after it.
  static func locate(
    _ needle: String, near start: SourceLocation, offset: Int, source: [UInt8], lines: LineIndex
  ) -> SourceLocation {
    guard start.line >= 1, start.line <= lines.lineCount else { return start }
    let line = Array(source[lines.lineRange(start.line)])
    let target = Array(needle.utf8)
    let guess = start.column - 1 + offset
    if guess >= 0, guess + target.count <= line.count,
      line[guess..<(guess + target.count)].elementsEqual(target)
    {
      return SourceLocation(line: start.line, column: guess + 1)
    }
    var position = max(start.column - 1, 0)
    while position + target.count <= line.count {
      if line[position..<(position + target.count)].elementsEqual(target) {
        return SourceLocation(line: start.line, column: position + 1)
      }
      position += 1
    }
    return start
  }
}
