import SiteModel
import SourcePositions

/// Quarto's cross-references on one page: finds the labelled figures (`#| label: fig-…` on a
/// cell), equations (`$$…$$ {#eq-…}`) and sections (`## Title {#sec-…}`), numbers each kind in
/// order of appearance, then turns `@fig-…`, `@eq-…` and `@sec-…` in text into links to them.
///
/// `@` is a reference only when it starts a word (so `a@b.org` is text) and is followed by one
/// of the three prefixes and a label; `\@` is an `@`. Code, math and link text hold no
/// references. A reference to a label the page does not define, and a label defined twice, are
/// errors at their place.
final class CrossReferences {
  private let source: [UInt8]
  private let lines: LineIndex
  private let file: String
  private(set) var targets: [String: CrossReferenceTarget] = [:]
  private var counts: [CrossReferenceTarget.Kind: Int] = [:]
  private(set) var diagnostics: [Diagnostic] = []

  init(source: [UInt8], lines: LineIndex, file: String) {
    self.source = source
    self.lines = lines
    self.file = file
  }

  /// Whether a page may hold labels or references at all (a cheap test before the walk).
  static func mayHoldCrossReferences(_ bytes: [UInt8]) -> Bool {
    // A reference needs `@`, a heading's or equation's label `{#`, a cell's label `label`.
    for index in bytes.indices {
      switch bytes[index] {
      case UInt8(ascii: "@"): return true
      case UInt8(ascii: "{") where bytes.dropFirst(index + 1).first == UInt8(ascii: "#"):
        return true
      case UInt8(ascii: "l") where bytes[index...].starts(with: "label".utf8): return true
      default: continue
      }
    }
    return false
  }

  /// `document` with its labels taken out of the text, its references linked and its targets
  /// recorded.
  func resolve(_ document: Document) -> Document {
    var result = document
    // Phase 1: the labels, in order of appearance.
    let definitions = DocumentRewriter(transform: define)
    result.blocks = definitions.blocks(result.blocks)
    result.footnotes = result.footnotes.map(definitions.footnote)
    // Phase 2: the references, now that every label is known.
    var references = DocumentRewriter(inlines: rewrite)
    references.rewritesLinkText = false
    result.blocks = references.blocks(result.blocks)
    result.footnotes = result.footnotes.map(references.footnote)
    for target in targets.values {
      result.crossReferenceTargets[blockRanges[target.label] ?? target.range] = target
    }
    return result
  }

  /// For each label, the range of the block it labels (the key the renderer looks it up by).
  private var blockRanges: [String: SourceRange] = [:]

  // MARK: Labels

  private func define(_ block: Block) -> Block {
    switch block {
    case .heading(let level, let content, let range):
      guard let (label, kept, labelRange) = trailingAttribute(content, kind: .section) else {
        return block
      }
      record(label, kind: .section, title: kept.plainText, at: labelRange, block: range)
      return .heading(level: level, kept, range: range)
    case .paragraph(let content, _):
      guard let (tex, mathRange) = leadingDisplayMath(content),
        let (label, _, labelRange) = trailingAttribute(
          Array(content.drop { if case .math = $0 { true } else { false } }), kind: .equation)
      else { return block }
      record(label, kind: .equation, at: labelRange, block: mathRange)
      return .mathBlock(tex: tex, range: mathRange)
    case .directive(let directive):
      guard let option = directive.options.last(where: { $0.key == "label" }) else { return block }
      let label = Self.unquoted(option.value)
      guard CrossReferenceTarget.Kind(label: label) == .figure else { return block }
      guard Self.isLabel(label) else {
        diagnostics.append(
          .error(
            "the label `\(label)` may hold only letters, digits, `-` and `_`", file: file,
            at: option.range))
        return block
      }
      record(label, kind: .figure, at: option.range, block: directive.range)
      return block
    case .thematicBreak, .blockQuote, .list, .codeBlock, .htmlBlock, .mathBlock, .table:
      return block
    }
  }

  private func record(
    _ label: String, kind: CrossReferenceTarget.Kind, title: String = "", at range: SourceRange,
    block: SourceRange
  ) {
    if let first = targets[label] {
      diagnostics.append(
        .error(
          "the label `\(label)` is already defined at line \(first.range.start.line)",
          file: file, at: range))
      return
    }
    let number = (counts[kind] ?? 0) + 1
    counts[kind] = number
    targets[label] = CrossReferenceTarget(
      label: label, kind: kind, number: number, title: title, range: range)
    blockRanges[label] = block
  }

  /// A display formula starting a paragraph: its TeX and range.
  private func leadingDisplayMath(_ content: [Inline]) -> (String, SourceRange)? {
    guard case .math(let tex, true, let range) = content.first else { return nil }
    return (tex, range)
  }

  /// attribute ::= "{#" label "}" at the end of `content`'s last text (white space around it and
  /// breaks before it allowed): the label, the inlines before it and where it is written. Only a
  /// label of `kind` counts; anything else is left as text.
  private func trailingAttribute(_ content: [Inline], kind: CrossReferenceTarget.Kind) -> (
    String, [Inline], SourceRange
  )? {
    guard case .text(let text, let range) = content.last else { return nil }
    var bytes = Array(text.utf8)
    let trailing = bytes.reversed().prefix(while: ASCII.isSpace).count
    bytes.removeLast(trailing)
    guard bytes.last == UInt8(ascii: "}"),
      let open = bytes.indices.dropLast().last(where: {
        bytes[$0] == UInt8(ascii: "{") && bytes[$0 + 1] == UInt8(ascii: "#")
      })
    else { return nil }
    let label = String(decoding: bytes[(open + 2)..<(bytes.count - 1)], as: UTF8.self)
    guard CrossReferenceTarget.Kind(label: label) == kind, Self.isLabel(label) else { return nil }
    var kept = Array(content.dropLast())
    var before = Array(bytes[..<open])
    before.removeLast(before.reversed().prefix(while: ASCII.isSpace).count)
    if kind == .equation {
      // Between the formula and its label only white space.
      let blank = kept.allSatisfy {
        switch $0 {
        case .softBreak, .lineBreak: true
        case .text(let text, _): text.utf8.allSatisfy(ASCII.isSpace)
        default: false
        }
      }
      guard before.isEmpty, blank else { return nil }
    }
    if !before.isEmpty {
      kept.append(.text(String(decoding: before, as: UTF8.self), range: range))
    } else if case .text(let lastText, let lastRange) = kept.last {
      var last = Array(lastText.utf8)
      last.removeLast(last.reversed().prefix(while: ASCII.isSpace).count)
      kept[kept.count - 1] = .text(String(decoding: last, as: UTF8.self), range: lastRange)
    }
    let start = FootnoteReferences.locate(
      "{#\(label)}", near: range.start, offset: open,
      source: source, lines: lines)
    let end = SourceLocation(line: start.line, column: start.column + label.utf8.count + 3)
    return (label, kept, SourceRange(start: start, end: end))
  }

  // MARK: References

  /// `content` with each reference in its text turned into a link; adjacent texts are read
  /// together.
  private func rewrite(_ content: [Inline]) -> [Inline] {
    TextRuns.rewriting(content) { pieces in
      pieces.contains(where: { $0.text.utf8.contains(UInt8(ascii: "@")) })
        ? split(pieces.map { ($0.text, $0.range) }) : nil
    }
  }

  /// Where one byte of a text is written, and whether a backslash escaped it.
  private struct Origin {
    var location: SourceLocation
    var escaped: Bool
  }

  /// For each byte of `text`, where it is written: the text read against its line of the
  /// source, a backslash escape (`\@`) giving one byte of text. `nil` for each byte when the
  /// text does not sit on one line as written (an entity, a text cmark gave no position).
  private func origins(_ text: String, range: SourceRange) -> [Origin?] {
    let bytes = Array(text.utf8)
    let unknown = [Origin?](repeating: nil, count: bytes.count)
    guard range.start.line == range.end.line, range.start.line >= 1,
      range.start.line <= lines.lineCount
    else { return unknown }
    let line = Array(source[lines.lineRange(range.start.line)])
    var result: [Origin?] = []
    var column = range.start.column - 1
    for byte in bytes {
      guard column >= 0, column < line.count else { return unknown }
      if line[column] == UInt8(ascii: "\\"), column + 1 < line.count, line[column + 1] == byte,
        ASCII.isPunctuation(byte)
      {
        result.append(
          Origin(
            location: SourceLocation(line: range.start.line, column: column + 1), escaped: true))
        column += 2
      } else if line[column] == byte {
        result.append(
          Origin(
            location: SourceLocation(line: range.start.line, column: column + 1), escaped: false))
        column += 1
      } else {
        return unknown
      }
    }
    return result
  }

  /// reference ::= "@" ("fig" | "eq" | "sec") "-" label, not after a letter, digit, `_` or `.`,
  /// and not written `\@`.
  private func split(_ pieces: [(String, SourceRange)]) -> [Inline] {
    var bytes: [UInt8] = []
    var written: [Origin?] = []
    for (text, range) in pieces {
      bytes += text.utf8
      written += origins(text, range: range)
    }
    let range = SourceRange(start: pieces[0].1.start, end: pieces[pieces.count - 1].1.end)
    var result: [Inline] = []
    var copied = 0
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "@"), written[index]?.escaped != true,
        index == 0 || !Self.isWordByte(bytes[index - 1])
      else {
        index += 1
        continue
      }
      var end = index + 1
      while end < bytes.count, Self.isLabelByte(bytes[end]) { end += 1 }
      let label = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
      guard CrossReferenceTarget.Kind(label: label) != nil else {
        index = end
        continue
      }
      let location =
        written[index]?.location
        ?? FootnoteReferences.locate(
          "@\(label)", near: range.start, offset: index, source: source, lines: lines)
      let referenceRange = SourceRange(
        start: location,
        end: SourceLocation(line: location.line, column: location.column + end - index))
      guard let target = targets[label] else {
        diagnostics.append(
          .error(
            "`@\(label)` refers to no label on this page; " + Self.howToDefine(label),
            file: file, at: referenceRange))
        index = end
        continue
      }
      if copied < index {
        result.append(.text(String(decoding: bytes[copied..<index], as: UTF8.self), range: range))
      }
      result.append(
        .link(
          destination: "#" + label, title: "",
          [.text(target.referenceText, range: referenceRange)], range: referenceRange))
      index = end
      copied = end
    }
    if copied == 0 { return pieces.map { .text($0.0, range: $0.1) } }
    if copied < bytes.count {
      result.append(.text(String(decoding: bytes[copied...], as: UTF8.self), range: range))
    }
    return result
  }

  private static func howToDefine(_ label: String) -> String {
    switch CrossReferenceTarget.Kind(label: label) {
    case .figure: "label a cell that draws a figure with `#| label: \(label)`"
    case .equation: "write `{#\(label)}` after a display formula's closing `$$`"
    case .section: "end a heading with `{#\(label)}`"
    case nil: ""
    }
  }

  // MARK: Characters

  /// label ::= prefix "-" (letter | digit | "-" | "_")+, in ASCII.
  private static func isLabel(_ label: String) -> Bool {
    !label.isEmpty && label.utf8.allSatisfy(isLabelByte)
  }

  private static func isLabelByte(_ byte: UInt8) -> Bool {
    ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "_")
  }

  /// A byte that makes an `@` after it part of a word (an e-mail address): letters, digits,
  /// `_`, `.`, and any byte of a non-ASCII character.
  private static func isWordByte(_ byte: UInt8) -> Bool {
    ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ".")
      || byte >= 0x80
  }

  private static func unquoted(_ value: String) -> String {
    for quote in ["\"", "'"]
    where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
      return String(value.dropFirst().dropLast())
    }
    return value
  }
}
