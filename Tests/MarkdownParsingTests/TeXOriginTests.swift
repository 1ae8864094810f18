import MarkdownParsing
import SiteModel
import SourcePositions
import Testing

/// The origin of the first formula of `markdown`.
private func firstOrigin(_ markdown: String) -> SnippetOrigin? {
  let document = parse(markdown).0
  return document.mathOrigins.min { $0.key.start < $1.key.start }?.value
}

@Suite struct TeXOriginTests {
  @Test func inlineTeXStartsAfterItsDollar() throws {
    let origin = try #require(firstOrigin("ab $\\foo{x}$"))
    #expect(origin.lineStarts == [SourceLocation(line: 1, column: 5)])
    // `\foo` at TeX 1:1…1:4 is page 1:5…1:8.
    #expect(
      origin.range(of: range(1, 1, 1, 4)) == range(1, 5, 1, 8))
  }

  @Test func displayTeXLinesMapToTheirPageLines() throws {
    let markdown = """
      Text.

      $$
          a +
        \\bad{b}
      $$
      """
    let origin = try #require(firstOrigin(markdown))
    // The TeX is "a +\n  \\bad{b}": its first line starts after the indentation.
    #expect(
      parse(markdown).0.blocks.last == .mathBlock(tex: "a +\n  \\bad{b}", range: range(3, 1, 6, 2)))
    #expect(
      origin.lineStarts == [SourceLocation(line: 4, column: 5), SourceLocation(line: 5, column: 1)])
    #expect(origin.location(line: 2, column: 3) == SourceLocation(line: 5, column: 3))
  }

  @Test func quotedTeXLinesSkipTheirMarkers() throws {
    let origin = try #require(firstOrigin("> $$a\n> b$$\n"))
    #expect(
      origin.lineStarts == [SourceLocation(line: 1, column: 5), SourceLocation(line: 2, column: 3)])
  }

  @Test func mathBlocksAndInlinesFindTheirOrigins() {
    let document = parse("$$x$$\n\nand $y$\n").0
    let ranges = document.blocks.flatMap { block -> [SourceRange] in
      switch block {
      case .mathBlock(_, let range): [range]
      case .paragraph(let inlines, _): mathInlines(inlines).map(\.range)
      case .heading, .thematicBreak, .blockQuote, .list, .codeBlock, .htmlBlock, .directive, .table:
        []
      }
    }
    #expect(ranges.count == 2)
    #expect(ranges.allSatisfy { document.mathOrigins[$0] != nil })
  }

  @Test func carriageReturnsAreNotTeX() {
    let blocks = parse("$$\r\na\r\nb\r\n$$\r\n").0.blocks
    #expect(blocks == [.mathBlock(tex: "a\nb", range: range(1, 1, 4, 2))])
  }
}
