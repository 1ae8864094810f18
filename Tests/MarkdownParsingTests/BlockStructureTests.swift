import MarkdownParsing
import SiteModel
import Testing

@Suite struct BlockStructureTests {
  @Test func blocksCarryCmarkSourceRanges() {
    let markdown = """
      # Title

      Para *em*
      still.

      > quote

      1. one
      2. two

      ---
      """
    let blocks = parse(markdown).0.blocks
    #expect(
      blocks.map(\.range) == [
        range(1, 1, 1, 7), range(3, 1, 4, 6), range(6, 1, 6, 7), range(8, 1, 9, 6),
        range(11, 1, 11, 3),
      ])
  }

  @Test func listsKeepTheirStyle() {
    let blocks = parse("3) a\n4) b\n").0.blocks
    guard case .list(let style, let items, _) = blocks.first else {
      Issue.record("no list in \(blocks)")
      return
    }
    #expect(style == ListStyle(ordered: true, start: 3, delimiter: .parenthesis, tight: true))
    #expect(items.map(\.range) == [range(1, 1, 1, 4), range(2, 1, 2, 4)])
  }

  @Test func inlinesCarryTheirPositions() {
    let inlines = firstParagraph("a *b* c")
    #expect(
      inlines == [
        .text("a ", range: range(1, 1, 1, 2)),
        .emphasis([.text("b", range: range(1, 4, 1, 4))], range: range(1, 3, 1, 5)),
        .text(" c", range: range(1, 6, 1, 7)),
      ])
  }

  @Test func softBreaksFallBackToTheirParagraphRange() {
    let inlines = firstParagraph("a\nb")
    #expect(inlines.dropFirst().first == .softBreak(range: range(1, 1, 2, 1)))
  }

  @Test func inlineRangesAfterMathAreMappedBack() {
    let inlines = firstParagraph("$$\nx\n$$ and *b*")
    #expect(
      inlines.last == .emphasis([.text("b", range: range(3, 9, 3, 9))], range: range(3, 8, 3, 10)))
  }

  @Test func rawHTMLIsKept() {
    let blocks = parse("<div>\n*x*\n</div>\n\na <b>c</b>\n").0.blocks
    #expect(blocks.first == .htmlBlock("<div>\n*x*\n</div>\n", range: range(1, 1, 3, 6)))
  }

  @Test func deeplyNestedContainersAreFlattenedWithAWarning() {
    let (document, diagnostics) = parse(String(repeating: "> ", count: 20_000) + "deep *x*\n")
    #expect(document.blocks.count == 1)
    #expect(diagnostics.map(\.severity) == [.warning])
    var depth = 0
    var blocks = document.blocks
    while case .blockQuote(let children, _) = blocks.first {
      depth += 1
      blocks = children
    }
    #expect(depth == 99)  // with the document, 100 levels
    #expect(
      blocks.first.map { if case .paragraph(let inlines, _) = $0 { inlines.plainText } else { "" } }
        == "deep x")
  }

  @Test func ordinaryNestingIsNotFlattened() {
    let (_, diagnostics) = parse(String(repeating: "> ", count: 60) + "x\n")
    #expect(diagnostics.isEmpty)
  }
}

extension BlockStructureTests {
  @Test func setextHeadingEndsAtItsUnderlineBeforeAParagraph() {
    let blocks = parse("Title $t$\n---\n$a$ b\n").0.blocks
    #expect(blocks.map(\.range) == [range(1, 1, 2, 3), range(3, 1, 3, 5)])
    #expect(blocks.count == 2)
    if case .paragraph(let inlines, _) = blocks.last {
      #expect(mathInlines(inlines).map(\.tex) == ["a"])
    }
  }
}
