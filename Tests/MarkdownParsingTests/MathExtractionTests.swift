import MarkdownParsing
import SiteModel
import Testing

/// The document and diagnostics of `markdown` parsed with math on and `{julia}`, `{train}` known.
func parse(_ markdown: String) -> (Document, [Diagnostic]) {
  MarkdownParser.parse(markdown, file: "page.md", knownDirectives: ["julia", "train"])
}

/// The inlines of the first paragraph of `markdown`.
func firstParagraph(_ markdown: String) -> [Inline] {
  for block in parse(markdown).0.blocks {
    if case .paragraph(let inlines, _) = block { return inlines }
  }
  return []
}

/// The TeX of every math inline of the first paragraph, in order.
func mathTeX(_ markdown: String) -> [String] {
  firstParagraph(markdown).compactMap { inline in
    if case .math(let tex, _, _) = inline { return tex }
    return nil
  }
}

@Suite struct MathExtractionTests {
  @Test func dollarsAroundTeXMakeInlineMath() {
    #expect(mathTeX("Where $x$ and $f(x)$ are") == ["x", "f(x)"])
  }

  @Test func pricesStayText() {
    #expect(mathTeX("costs $5 or $6") == [])
    #expect(firstParagraph("costs $5 or $6").plainText == "costs $5 or $6")
  }
}
