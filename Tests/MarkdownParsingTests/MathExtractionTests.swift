import MarkdownParsing
import SiteModel
import SourcePositions
import Testing

/// The document and diagnostics of `markdown` parsed with math on and `{julia}`, `{train}` known.
func parse(_ markdown: String) -> (Document, [Diagnostic]) {
  MarkdownParser.parse(markdown, file: "page.md", knownDirectives: ["julia", "train"])
}

/// The inlines of the first paragraph or heading of `markdown`, looking inside quotes and lists.
func firstParagraph(_ markdown: String) -> [Inline] {
  firstInlines(in: parse(markdown).0.blocks) ?? []
}

private func firstInlines(in blocks: [Block]) -> [Inline]? {
  for block in blocks {
    switch block {
    case .paragraph(let inlines, _), .heading(_, let inlines, _):
      return inlines
    case .blockQuote(let children, _):
      if let found = firstInlines(in: children) { return found }
    case .list(_, let items, _):
      for item in items {
        if let found = firstInlines(in: item.blocks) { return found }
      }
    case .thematicBreak, .codeBlock, .htmlBlock, .directive, .mathBlock, .table:
      continue
    }
  }
  return nil
}

/// Every math inline below `inlines`, in order.
func mathInlines(_ inlines: [Inline]) -> [(tex: String, display: Bool, range: SourceRange)] {
  inlines.flatMap { inline -> [(tex: String, display: Bool, range: SourceRange)] in
    switch inline {
    case .math(let tex, let display, let range): [(tex, display, range)]
    case .emphasis(let children, _), .strong(let children, _), .link(_, _, let children, _),
      .image(_, _, let children, _):
      mathInlines(children)
    case .text, .softBreak, .lineBreak, .code, .html, .footnoteReference: []
    }
  }
}

/// The TeX of every math inline of the first paragraph, in order.
func mathTeX(_ markdown: String) -> [String] {
  mathInlines(firstParagraph(markdown)).map(\.tex)
}

func range(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> SourceRange {
  SourceRange(
    start: SourceLocation(line: startLine, column: startColumn),
    end: SourceLocation(line: endLine, column: endColumn))
}

@Suite struct MathExtractionTests {
  @Test func dollarsAroundTeXMakeInlineMath() {
    #expect(mathTeX("Where $x$ and $f(x)$ are") == ["x", "f(x)"])
  }

  @Test func pricesStayText() {
    #expect(mathTeX("costs $5 or $6") == [])
    #expect(firstParagraph("costs $5 or $6").plainText == "costs $5 or $6")
  }

  @Test func openingDollarNeedsNonSpaceAfterIt() {
    #expect(mathTeX("a $ x$ b") == [])
  }

  @Test func closingDollarNeedsNonSpaceBeforeIt() {
    #expect(mathTeX("a $x $ b") == [])
    #expect(mathTeX("a $x $y$ b") == ["x $y"])
  }

  @Test func closingDollarFollowedByDigitDoesNotClose() {
    #expect(mathTeX("$20,000 and $30,000") == [])
    #expect(mathTeX("$a$1 then $b$") == ["a$1 then $b"])
  }

  @Test func escapedDollarIsLiteral() {
    #expect(mathTeX(#"\$x\$ and \$y$"#) == [])
    #expect(firstParagraph(#"\$x\$"#).plainText == "$x$")
  }

  @Test func escapedDollarInsideMathDoesNotClose() {
    #expect(mathTeX(#"$a\$b$ c"#) == [#"a\$b"#])
  }

  @Test func markdownPunctuationInsideMathIsKeptAsTeX() {
    #expect(
      mathTeX(#"minimize $\big\|y - \hat{y} \big\|_2$ and $a_1 * b_2 * c$"#) == [
        #"\big\|y - \hat{y} \big\|_2"#, "a_1 * b_2 * c",
      ])
  }

  @Test func codeSpansHideDollars() {
    #expect(mathTeX("use `$x$` or ``a $b$ c`` then $y$") == ["y"])
    let code = firstParagraph("use `$x$` ok").compactMap { inline -> String? in
      if case .code(let text, _) = inline { return text }
      return nil
    }
    #expect(code == ["$x$"])
  }

  @Test func unmatchedBackticksDoNotHideDollars() {
    #expect(mathTeX("a `` b $x$ ` c") == ["x"])
  }

  @Test func mathOpenedBeforeABacktickWins() {
    #expect(mathTeX("$a`b$ c` d") == ["a`b"])
  }

  @Test func fencedAndIndentedCodeKeepDollars() {
    let markdown = """
      ```
      $x$
      ```

          $y$

      text $z$
      """
    let blocks = parse(markdown).0.blocks
    guard blocks.count == 3, case .codeBlock(_, let fenced, true, _) = blocks[0],
      case .codeBlock(_, let indented, false, _) = blocks[1]
    else {
      Issue.record("unexpected blocks \(blocks)")
      return
    }
    #expect(fenced == "$x$\n")
    #expect(indented == "$y$\n")
    #expect(mathInlines(firstInlines(in: [blocks[2]]) ?? []).map(\.tex) == ["z"])
  }

  @Test func linkDestinationsAndAutolinksKeepDollars() {
    let inlines = firstParagraph("[cost $x$](http://a.b/$p$q) <http://x.y/$a$> $z$")
    #expect(mathInlines(inlines).map(\.tex) == ["x", "z"])
    guard case .link(let destination, _, _, _) = inlines.first else {
      Issue.record("no link in \(inlines)")
      return
    }
    #expect(destination == "http://a.b/$p$q")
  }

  @Test func rawHTMLAttributesKeepDollars() {
    #expect(mathTeX(#"<span title="$a$">x</span> $b$"#) == ["b"])
  }

  @Test func inlineMathRangeIsExact() {
    let math = mathInlines(firstParagraph("ab $x^2$ cd\nef $y$"))
    #expect(math.map(\.range) == [range(1, 4, 1, 8), range(2, 4, 2, 6)])
  }

  @Test func inlineMathRangeCountsUTF8Bytes() {
    let math = mathInlines(firstParagraph("é $x$"))
    #expect(math.map(\.range) == [range(1, 4, 1, 6)])
  }

  @Test func displayMathParagraphBecomesMathBlock() {
    let markdown = """
      Intro.

      $$
      f^{(N)}(x) = \\sum_{i=1}^N x^{i-1} w_i
      $$

      After.
      """
    let blocks = parse(markdown).0.blocks
    #expect(blocks.count == 3)
    #expect(
      blocks.dropFirst().first
        == .mathBlock(tex: #"f^{(N)}(x) = \sum_{i=1}^N x^{i-1} w_i"#, range: range(3, 1, 5, 2)))
    #expect(blocks.last?.range == range(7, 1, 7, 6))
  }

  @Test func displayMathInsideTextStaysInline() {
    let math = mathInlines(firstParagraph("so $$a + b$$ holds"))
    #expect(math.map(\.tex) == ["a + b"])
    #expect(math.map(\.display) == [true])
  }

  @Test func displayMathInBlockQuoteDropsQuoteMarkers() {
    let blocks = parse("> $$\n> a +\n> b\n> $$\n").0.blocks
    guard case .blockQuote(let children, _) = blocks.first else {
      Issue.record("no quote in \(blocks)")
      return
    }
    #expect(children == [.mathBlock(tex: "a +\nb", range: range(1, 3, 4, 4))])
  }

  @Test func blocksAfterMultiLineMathKeepTheirSourceLines() {
    let blocks = parse("$$\na\nb\n$$\n\n# Title $t$\n\ntext\n").0.blocks
    #expect(blocks.map(\.range) == [range(1, 1, 4, 2), range(6, 1, 6, 11), range(8, 1, 8, 4)])
  }

  @Test func mathInsideEmphasisAndLinksIsFound() {
    #expect(mathTeX("*see $a$* and [$b$](x)") == ["a", "b"])
  }

  @Test func unclosedDisplayMathIsAnErrorAtItsPosition() {
    let (document, diagnostics) = parse("Intro.\n\nsome $$x + y\nmore\n\nlater $z$\n")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.severity == .error)
    #expect(diagnostics.first?.file == "page.md")
    #expect(diagnostics.first?.range?.start == SourceLocation(line: 3, column: 6))
    // The dollars stay text and later math is still found.
    #expect(document.blocks.count == 3)
    if case .paragraph(let inlines, _) = document.blocks[1] {
      #expect(inlines.plainText == "some $$x + y more")
    }
    #expect(mathInlines(firstInlines(in: [document.blocks[2]]) ?? []).map(\.tex) == ["z"])
  }

  @Test func displayMathDoesNotCrossABlankLine() {
    let (_, diagnostics) = parse("$$\na\n\nb\n$$\n")
    #expect(
      diagnostics.map(\.range?.start) == [
        SourceLocation(line: 1, column: 1), SourceLocation(line: 5, column: 1),
      ])
  }

  @Test func mathCanBeTurnedOff() {
    let (document, diagnostics) = MarkdownParser.parse(
      "a $x$ and $$", file: "p.md", knownDirectives: [], extractMath: false)
    #expect(diagnostics.isEmpty)
    #expect(document.blocks.first.map { firstInlines(in: [$0])?.plainText } == "a $x$ and $$")
  }

  @Test func mathInCodeSpansInsideLinksAndTitlesIsRestoredVerbatim() {
    let inlines = firstParagraph(#"[a](/u "t $x$") $y$"#)
    guard case .link(_, let title, _, _) = inlines.first else {
      Issue.record("no link in \(inlines)")
      return
    }
    #expect(title == "t $x$")
  }

  @Test func windowsLineEndingsKeepMathRanges() {
    let blocks = parse("a $x$\r\nb $y$\r\n\r\n$$\r\nz\r\n$$\r\n").0.blocks
    guard case .paragraph(let inlines, _) = blocks.first else {
      Issue.record("no paragraph in \(blocks)")
      return
    }
    #expect(mathInlines(inlines).map(\.range) == [range(1, 3, 1, 5), range(2, 3, 2, 5)])
    #expect(blocks.last == .mathBlock(tex: "z", range: range(4, 1, 6, 2)))
  }
}
