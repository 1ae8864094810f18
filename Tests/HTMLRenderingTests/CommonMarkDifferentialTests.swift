import HTMLRendering
import MarkdownParsing
import SiteModel
import Testing

/// The renderer's HTML for plain CommonMark, with math off and heading ids off.
func renderedAsCommonMark(_ markdown: String) -> String {
  let (document, _) = MarkdownParser.parse(
    markdown, file: "corpus.md", knownDirectives: [], extractMath: false)
  return HTMLRenderer.commonMark.render(document).html
}

/// The numbers (or labels) of the inputs whose rendering differs from cmark's, with both outputs.
func mismatches(_ inputs: [(label: String, markdown: String)]) -> [String] {
  inputs.compactMap { input in
    let expected = cmarkReferenceHTML(input.markdown)
    let actual = renderedAsCommonMark(input.markdown)
    guard actual != expected else { return nil }
    return
      "\(input.label): \(input.markdown.debugDescription)\n  cmark: \(expected.debugDescription)\n  ours:  \(actual.debugDescription)"
  }
}

@Suite struct CommonMarkDifferentialTests {
  @Test func everySpecExampleRendersAsCmarkRendersIt() throws {
    let path = try #require(CommonMarkSpec.locate(), "commonmark-spec-0.30.txt not found")
    let examples = try CommonMarkSpec.examples(at: path)
    #expect(examples.count == 652)
    let failures = mismatches(examples.map { ("example \($0.number)", $0.markdown) })
    #expect(
      failures.isEmpty, "\(failures.count) differ:\n\(failures.prefix(10).joined(separator: "\n"))")
  }
}

extension CommonMarkDifferentialTests {
  @Test func generatedCorpusRendersAsCmarkRendersIt() {
    let snippets = GeneratedCorpus.snippets
    #expect(snippets.count > 1_500)
    let failures = mismatches(snippets)
    #expect(
      failures.isEmpty, "\(failures.count) differ:\n\(failures.prefix(10).joined(separator: "\n"))")
  }

  @Test func specExamplesWithoutDollarsRenderAlikeWithMathOn() throws {
    let path = try #require(CommonMarkSpec.locate(), "commonmark-spec-0.30.txt not found")
    let examples = try CommonMarkSpec.examples(at: path).filter { !$0.markdown.contains("$") }
    let failures = examples.compactMap { example -> String? in
      let (document, _) = MarkdownParser.parse(
        example.markdown, file: "spec.md", knownDirectives: [], extractMath: true)
      let actual = HTMLRenderer.commonMark.render(document).html
      return actual == cmarkReferenceHTML(example.markdown) ? nil : "example \(example.number)"
    }
    #expect(failures.isEmpty, "\(failures)")
  }
}

extension CommonMarkDifferentialTests {
  @Test func randomTokenSoupRendersAsCmarkRendersIt() {
    let documents = RandomCorpus.documents(count: 3_000, maximumLength: 40, seed: 2_024)
    let failures = mismatches(documents.enumerated().map { ("random \($0.offset)", $0.element) })
    #expect(
      failures.isEmpty, "\(failures.count) differ:\n\(failures.prefix(10).joined(separator: "\n"))")
  }
}
