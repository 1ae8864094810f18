import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Quarto's cross-references, read from built pages as XML: labelled figures, equations and
/// sections numbered per page in order of appearance, and `@label` in prose linked to them.
@Suite struct CrossReferenceTests {
  static let page = """
    ---
    title: Fits
    ---

    ## Fitting the data {#sec-fit}

    @fig-line shows the data, @fig-square its square; @eq-loss is minimised, as @eq-step says,
    and @sec-fit explains why.

    ```{julia}
    #| label: fig-line
    #| caption: The data
    #| alt: A rising line
    using PlotlyJS
    plot(scatter(x = [1, 2], y = [3, 4]))
    ```

    $$
    L = \\sum_i (y_i - \\hat y_i)^2
    $$ {#eq-loss}

    $$ w \\leftarrow w - \\eta \\nabla L $$ {#eq-step}

    ```{julia}
    #| label: fig-square
    #| alt: A rising curve
    plot(scatter(x = [1, 2], y = [9, 16]))
    ```

    Not references: `@fig-line`, mail@fig-line.org, \\@fig-line, @tbl-data, $@eq-loss$.

    ```
    @fig-line
    ```

    """

  let document: XMLDocument

  init() throws {
    let site = try ScratchSite(pages: [
      "index.md": "---\ntitle: Home\n---\n", "01-fits.md": Self.page,
    ])
    defer { site.remove() }
    let result = try site.assemble()
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let html = try #require(result.files["fits/index.html"])
    document = try XMLDocument(data: Data(html), options: [])
  }

  func strings(_ xpath: String) throws -> [String] {
    try document.nodes(forXPath: xpath).compactMap(\.stringValue)
  }

  @Test func referencesReadAsTheirTargetsAndLinkToThem() throws {
    // The page's prose paragraphs (the line of download links is a paragraph too).
    let links = "(//article//p[not(@class='downloads')])[1]/a"
    #expect(
      try strings(links) == [
        "Figure 1", "Figure 2", "Equation (1)", "Equation (2)", "Fitting the data",
      ])
    #expect(
      try strings("\(links)/@href") == [
        "#fig-line", "#fig-square", "#eq-loss", "#eq-step", "#sec-fit",
      ])
  }

  @Test func figuresAreNumberedInOrderWithTheirCaptions() throws {
    #expect(try strings("//article//figure/@id") == ["fig-line", "fig-square"])
    #expect(try strings("//article//figure/figcaption") == ["Figure 1: The data", "Figure 2"])
  }

  @Test func equationsShowTheirNumberAtTheRight() throws {
    let equations = "//article//div[@class='equation']"
    #expect(try strings("\(equations)/@id") == ["eq-loss", "eq-step"])
    #expect(try strings("\(equations)/span[@class='equation-number']") == ["(1)", "(2)"])
    #expect(try document.nodes(forXPath: "\(equations)//*[local-name()='math']").count == 2)
  }

  @Test func aLabelledHeadingTakesTheLabelAsItsID() throws {
    #expect(try strings("//article//h2/@id") == ["sec-fit"])
    #expect(try strings("//article//h2") == ["Fitting the data"])
  }

  @Test func codeMailEscapesOtherPrefixesAndMathAreNotReferences() throws {
    let paragraph = "(//article//p[not(@class='downloads')])[2]"
    #expect(try document.nodes(forXPath: "\(paragraph)//a").isEmpty)
    let text = try #require(try strings(paragraph).first)
    #expect(text.contains("mail@fig-line.org, @fig-line, @tbl-data,"), "\(text)")
    #expect(try strings("\(paragraph)/code") == ["@fig-line"])
    #expect(try strings("//article//pre/code[not(@class)]") == ["@fig-line\n"])
  }
}

/// Cross-reference mistakes, each an error at its place.
@Suite struct CrossReferenceErrorTests {
  static func errors(_ pages: [String: String]) throws -> [Diagnostic] {
    let site = try ScratchSite(
      pages: pages.merging(["index.md": "---\ntitle: Home\n---\n"]) { a, _ in a })
    defer { site.remove() }
    return try site.assemble().diagnostics.filter { $0.severity == .error }
  }

  static func located(_ errors: [Diagnostic]) -> [String] {
    errors.map {
      "\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.range?.start.line ?? 0):"
        + "\($0.range?.start.column ?? 0)"
    }
  }

  @Test func anUndefinedLabelIsAnErrorAtTheReference() throws {
    let errors = try Self.errors([
      "01-a.md": "---\ntitle: A\n---\n\nAs *shown* in\nthe text, @fig-missing and @eq-gone.\n"
    ])
    #expect(Self.located(errors) == ["01-a.md:6:11", "01-a.md:6:28"])
    #expect(
      errors.first?.message.hasPrefix("`@fig-missing` refers to no label on this page") == true)
  }

  @Test func aDuplicateLabelIsAnErrorAtItsSecondDefinition() throws {
    let errors = try Self.errors([
      "01-a.md": "---\ntitle: A\n---\n\n## One {#sec-one}\n\n## Two {#sec-one}\n\nSee @sec-one.\n"
    ])
    #expect(Self.located(errors) == ["01-a.md:7:8"])
    #expect(errors.first?.message == "the label `sec-one` is already defined at line 5")
  }

  @Test func everyBadPageIsReported() throws {
    let errors = try Self.errors([
      "01-a.md": "---\ntitle: A\n---\n\nSee @sec-nowhere.\n",
      "02-b.md": "---\ntitle: B\n---\n\nText.\n\nSee @eq-nothing.\n",
    ])
    #expect(Self.located(errors).sorted() == ["01-a.md:5:5", "02-b.md:7:5"])
  }

  @Test func labelsAreNotSharedBetweenPages() throws {
    let errors = try Self.errors([
      "01-a.md": "---\ntitle: A\n---\n\n## A {#sec-a}\n",
      "02-b.md": "---\ntitle: B\n---\n\nBack in @sec-a.\n",
    ])
    #expect(Self.located(errors) == ["02-b.md:5:9"])
  }

  @Test func aFigureLabelOnACellThatDrawsNoFigureIsAnError() throws {
    let errors = try Self.errors([
      "01-a.md": "---\ntitle: A\n---\n\n```{julia}\n#| label: fig-sum\n1 + 1\n```\n"
    ])
    #expect(Self.located(errors) == ["01-a.md:6:4"])
    #expect(errors.first?.message.hasPrefix("the cell labelled `fig-sum` shows no figure") == true)
  }

  @Test func onlyTheirOwnPrefixesLabelHeadingsAndEquations() throws {
    let page = """
      ---
      title: A
      ---

      ## Data {#fig-data}

      $$ x $$ and text {#eq-x}

      """
    let site = try ScratchSite(pages: ["index.md": "---\ntitle: Home\n---\n", "01-a.md": page])
    defer { site.remove() }
    let result = try site.assemble()
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let html = try #require(result.files["a/index.html"])
    let document = try XMLDocument(data: Data(html), options: [])
    let heading = try document.nodes(forXPath: "//article//h2").compactMap(\.stringValue)
    #expect(heading == ["Data {#fig-data}"])
    #expect(try document.nodes(forXPath: "//article//div[@class='equation']").isEmpty)
  }
}
