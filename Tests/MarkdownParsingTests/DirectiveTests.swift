import MarkdownParsing
import SiteModel
import SourcePositions
import Testing

/// The directives of `markdown`, in order, looking inside quotes and lists.
func directives(_ markdown: String) -> [Directive] {
  directives(in: parse(markdown).0.blocks)
}

private func directives(in blocks: [Block]) -> [Directive] {
  blocks.flatMap { block -> [Directive] in
    switch block {
    case .directive(let directive): [directive]
    case .blockQuote(let children, _): directives(in: children)
    case .list(_, let items, _): items.flatMap { directives(in: $0.blocks) }
    case .paragraph, .heading, .thematicBreak, .codeBlock, .htmlBlock, .mathBlock, .table: []
    }
  }
}

@Suite struct DirectiveTests {
  @Test func cellOptionsAreReadFromHashPipeLines() throws {
    let markdown = """
      Text.

      ```{julia}
      #| echo: false      # hide the code
      #| caption: Fit of |x|
      Random.seed!(3)
      w = randn(3)
      ```
      """
    let directive = try #require(directives(markdown).first)
    #expect(directive.name == "julia")
    #expect(
      directive.options == [
        DirectiveOption(key: "echo", value: "false", range: range(4, 4, 4, 14)),
        DirectiveOption(key: "caption", value: "Fit of |x|", range: range(5, 4, 5, 22)),
      ])
    #expect(directive.body == "Random.seed!(3)\nw = randn(3)\n")
    #expect(directive.bodyRange == range(6, 1, 7, 12))
    #expect(directive.range == range(3, 1, 8, 3))
    #expect(directive.rawBody.hasPrefix("#| echo: false"))
    #expect(directive.option("caption") == "Fit of |x|")
  }

  @Test func trainOptionsAreReadFromEveryKeyValueLine() throws {
    let markdown = """
      ```{train}
      name: abs_fit            # bound in the page session
      target: abs
      # a comment line
      eta: 1e-5
      points: -10:0.1:10
      ```
      """
    let directive = try #require(directives(markdown).first)
    #expect(directive.name == "train")
    #expect(directive.options.map(\.key) == ["name", "target", "eta", "points"])
    #expect(directive.options.map(\.value) == ["abs_fit", "abs", "1e-5", "-10:0.1:10"])
    #expect(directive.options.first?.range == range(2, 1, 2, 13))
    #expect(directive.body == directive.rawBody)
    #expect(directive.bodyRange == range(2, 1, 6, 18))
  }

  @Test func directiveInsideAListHasSourceColumns() throws {
    let markdown = """
      - item

        ```{julia}
        #| eval: false
        x = 1
        ```
      """
    let directive = try #require(directives(markdown).first)
    #expect(directive.options.first?.range == range(4, 6, 4, 16))
    #expect(directive.bodyRange == range(5, 3, 5, 7))
  }

  @Test func quotedOptionValuesKeepHashes() throws {
    let markdown = """
      ```{julia}
      #| caption: "Issue #3"  # note
      1
      ```
      """
    let directive = try #require(directives(markdown).first)
    #expect(directive.option("caption") == "\"Issue #3\"")
  }

  @Test func directiveArgumentsFollowTheBraces() throws {
    let directive = try #require(directives("```{julia} extra words\n1\n```\n").first)
    #expect(directive.name == "julia")
    #expect(directive.arguments == "extra words")
  }

  @Test func emptyDirectiveHasNoBodyRange() throws {
    let directive = try #require(directives("```{julia}\n#| eval: false\n```\n").first)
    #expect(directive.body == "")
    #expect(directive.bodyRange == nil)
  }

  @Test func optionLineWithoutColonIsAWarning() {
    let (_, diagnostics) = parse("```{julia}\n#| nonsense\n1\n```\n")
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(diagnostics.first?.range?.start == SourceLocation(line: 2, column: 4))
  }

  @Test func unknownDirectiveIsAWarningAndStaysCode() {
    let (document, diagnostics) = parse("text\n\n```{python}\nprint(1)\n```\n")
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.severity == .warning)
    #expect(diagnostics.first?.range?.start == SourceLocation(line: 3, column: 1))
    #expect(diagnostics.first?.message.contains("{python}") == true)
    #expect(
      document.blocks.last
        == .codeBlock(
          info: "{python}", literal: "print(1)\n", fenced: true, range: range(3, 1, 5, 3)))
  }

  @Test func plainFencedBlocksAreCodeNotDirectives() {
    let (document, diagnostics) = parse("```julia\nx = 1\n```\n")
    #expect(diagnostics.isEmpty)
    #expect(
      document.blocks == [
        .codeBlock(info: "julia", literal: "x = 1\n", fenced: true, range: range(1, 1, 3, 3))
      ])
  }

  @Test func dollarsInDirectivesAreNotMath() throws {
    let directive = try #require(directives("```{julia}\nprintln(\"$x $y\")\n```\n").first)
    #expect(directive.body == "println(\"$x $y\")\n")
  }

  @Test func windowsLineEndingsKeepOptionColumns() throws {
    let directive = try #require(
      directives("```{julia}\r\n#| echo: false\r\nx = 1\r\n```\r\n").first)
    #expect(
      directive.options == [DirectiveOption(key: "echo", value: "false", range: range(2, 4, 2, 14))]
    )
    #expect(directive.body == "x = 1\n")
    #expect(directive.bodyRange == range(3, 1, 3, 5))
  }
}
