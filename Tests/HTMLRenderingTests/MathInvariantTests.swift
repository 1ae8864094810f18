import HTMLRendering
import MarkdownParsing
import SiteModel
import SourcePositions
import Testing

/// Every math inline and block of `blocks` with its range.
private func mathRanges(in blocks: [Block]) -> [SourceRange] {
  blocks.flatMap { block -> [SourceRange] in
    switch block {
    case .paragraph(let inlines, _), .heading(_, let inlines, _): mathRanges(in: inlines)
    case .blockQuote(let children, _): mathRanges(in: children)
    case .list(_, let items, _): items.flatMap { mathRanges(in: $0.blocks) }
    case .mathBlock(_, let range): [range]
    case .thematicBreak, .codeBlock, .htmlBlock, .directive, .table: []
    }
  }
}

private func mathRanges(in inlines: [Inline]) -> [SourceRange] {
  inlines.flatMap { inline -> [SourceRange] in
    switch inline {
    case .math(_, _, let range): [range]
    case .emphasis(let children, _), .strong(let children, _), .link(_, _, let children, _),
      .image(_, _, let children, _):
      mathRanges(in: children)
    case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference: []
    }
  }
}

/// The source bytes at `location`, by line and UTF-8 column.
private func byte(at location: SourcePositions.SourceLocation, in source: String) -> UInt8? {
  let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
  guard location.line >= 1, location.line <= lines.count else { return nil }
  let line = Array(lines[location.line - 1].utf8)
  guard location.column >= 1, location.column <= line.count else { return nil }
  return line[location.column - 1]
}

@Suite struct MathInvariantTests {
  static let documents = RandomCorpus.documents(
    count: 2_000, maximumLength: 30, seed: 7,
    extraTokens: ["$", "$", "$$", "\\$", "$x$", "a$", "$b", "1", "$$\n", "\n$$"])

  @Test func noPlaceholderEverReachesTheHTML() {
    for source in Self.documents {
      let (document, _) = MarkdownParser.parse(source, file: "r.md", knownDirectives: ["julia"])
      let html = HTMLRenderer().render(document).html
      let leaked = html.unicodeScalars.contains { $0.value >= 0xF0000 && $0.value < 0xFFFFE }
      #expect(!leaked, "\(source.debugDescription)")
    }
  }

  @Test func everyMathRangeStartsAndEndsWithADollar() {
    for source in Self.documents {
      let (document, _) = MarkdownParser.parse(source, file: "r.md", knownDirectives: ["julia"])
      for range in mathRanges(in: document.blocks) {
        #expect(
          byte(at: range.start, in: source) == UInt8(ascii: "$"), "\(source.debugDescription)")
        #expect(byte(at: range.end, in: source) == UInt8(ascii: "$"), "\(source.debugDescription)")
      }
    }
  }

  @Test func onlyUnclosedDisplayMathIsAnError() {
    for source in Self.documents {
      let (_, diagnostics) = MarkdownParser.parse(source, file: "r.md", knownDirectives: ["julia"])
      for diagnostic in diagnostics where diagnostic.severity == .error {
        #expect(diagnostic.message.hasPrefix("unclosed `$$`"))
        if let start = diagnostic.range?.start {
          #expect(byte(at: start, in: source) == UInt8(ascii: "$"), "\(source.debugDescription)")
        }
      }
    }
  }
}
