import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

/// Hostile text in every place a page shows content-controlled text ends up as text, never as
/// markup: each built page parses as XML, holds no `<script>` element and no injected attribute,
/// and its text nodes hold the hostile text itself.
@Suite struct EscapingTests {
  /// Markup, an attribute break-out, quotes, an ampersand and a CDATA end, all on one line.
  static let hostile = #"<script>alert(1)</script>" onmouseover="alert(2)" 'q' &amp; ]]>"#
  /// `hostile` as a Julia string literal.
  static let hostileJulia = #""<script>alert(1)</script>\" onmouseover=\"alert(2)\" 'q' &amp; ]]>""#
  /// `hostile` as a single-quoted YAML scalar.
  static let hostileYAML = #"'<script>alert(1)</script>" onmouseover="alert(2)" ''q'' &amp; ]]>'"#

  static let home = "---\ntitle: Home\n---\n\nWelcome.\n"

  /// Builds a site of `index.md` and `page`, expects no error, and parses the built `path`.
  func build(_ page: String, named name: String = "01-page.md", path: String = "page/index.html")
    throws -> ParsedPage
  {
    let site = try ScratchSite(pages: ["index.md": Self.home, name: page])
    defer { site.remove() }
    let result = try site.assemble()
    let errors = result.diagnostics.filter { $0.severity == .error }.map(\.message)
    #expect(errors.isEmpty, "\(errors)")
    let bytes = try #require(result.files[path], "\(result.files.keys.sorted())")
    return try ParsedPage(bytes)
  }

  /// No script element but the theme's own (the copy buttons', the figures' and the search
  /// box's scripts, in the head, empty), no event-handler attribute.
  func expectNoMarkup(_ page: ParsedPage) throws {
    let scripts = try page.elements(named: "script")
    #expect(scripts.count == 3)
    for name in ["copy.js", "figure.js", "search.js"] {
      let theme = try page.document.nodes(
        forXPath:
          "/html/head/script[@src='../assets/\(name)' or @src='assets/\(name)'][not(node())]")
      #expect(theme.count == 1, "\(name)")
    }
    #expect(!(try page.attributeNames().contains("onmouseover")))
  }

  @Test func printedCellOutputIsText() throws {
    let page = try build(
      "---\ntitle: Page\n---\n\n```{julia}\nprintln(\(Self.hostileJulia))\n```\n")
    try expectNoMarkup(page)
    #expect(page.text.contains(Self.hostile))
  }

  @Test func shownCellValueIsText() throws {
    let page = try build("---\ntitle: Page\n---\n\n```{julia}\ns = \(Self.hostileJulia)\n```\n")
    try expectNoMarkup(page)
    // A string's value shows as Julia's literal, with its quotes escaped.
    let shown = #"<script>alert(1)</script>\" onmouseover=\"alert(2)\" 'q' &amp; ]]>"#
    #expect(page.text.contains(shown))
  }

  @Test func errorMessageIsText() throws {
    let page = try build(
      "---\ntitle: Page\n---\n\n```{julia}\n#| error: true\nerror(\(Self.hostileJulia))\n```\n")
    try expectNoMarkup(page)
    #expect(page.text.contains(Self.hostile))
  }

  @Test func parseErrorQuotingTheSourceIsText() throws {
    let page = try build(
      "---\ntitle: Page\n---\n\n```{julia}\n#| error: true\nx = \"<script>]]>&\\q\"\n```\n")
    try expectNoMarkup(page)
    #expect(page.text.contains("invalid escape sequence"))
  }

  @Test func figureTitlesLabelsAndTraceNamesAreText() throws {
    let h = Self.hostileJulia
    let page = try build(
      """
      ---
      title: Page
      ---

      ```{julia}
      #| alt: a line
      using PlotlyJS
      plot([scatter(;x=[1, 2], y=[3, 4], name=\(h))], Layout(;title=\(h), xaxis_title=\(h), yaxis_title=\(h)))
      ```

      """)
    try expectNoMarkup(page)
    let svg = try #require(try page.elements(named: "svg").first)
    let text = svg.stringValue ?? ""
    // The title, both axis titles and the legend entry.
    #expect(text.components(separatedBy: Self.hostile).count - 1 >= 4, "\(text)")
  }

  @Test func figureCaptionAndAltTextAreText() throws {
    let page = try build(
      """
      ---
      title: Page
      ---

      ```{julia}
      #| alt: \(Self.hostile)
      #| caption: \(Self.hostile)
      using PlotlyJS
      plot([scatter(;x=[1, 2], y=[3, 4])])
      ```

      """)
    try expectNoMarkup(page)
    #expect(page.text.contains(Self.hostile))
  }

  @Test func texSourceIsText() throws {
    let tex = #"\text{<script>alert(1)</script>} a < b \& c ]]>"#
    let page = try build(
      "---\ntitle: Page\n---\n\nInline $\(tex)$ and display:\n\n$$\n\(tex)\n$$\n")
    try expectNoMarkup(page)
    let annotations = try page.elements(named: "annotation").compactMap(\.stringValue)
    #expect(annotations.count == 2)
    #expect(annotations.allSatisfy { $0.contains(tex) }, "\(annotations)")
  }

  @Test func frontMatterTitleAndDescriptionAreText() throws {
    let page = try build(
      "---\ntitle: \(Self.hostileYAML)\ndescription: \(Self.hostileYAML)\n---\n\nBody.\n")
    try expectNoMarkup(page)
    let titles = try page.elements(named: "title").compactMap(\.stringValue)
    #expect(titles.count == 1 && titles[0].contains(Self.hostile), "\(titles)")
    let headings = try page.elements(named: "h1").compactMap(\.stringValue)
    #expect(headings.contains(Self.hostile), "\(headings)")
    #expect(try page.attributeText().contains(Self.hostile))
  }

  @Test func siteTitleIsText() throws {
    let site = try ScratchSite(
      siteTitle: Self.hostileYAML, pages: ["index.md": Self.home])
    defer { site.remove() }
    let result = try site.assemble()
    let page = try ParsedPage(try #require(result.files["index.html"]))
    try expectNoMarkup(page)
    #expect(page.text.contains(Self.hostile))
  }

  @Test func fileNamesAreTextAndEscapedLinks() throws {
    let name = #"01-x<script>&'"]]>.md"#
    let page = try build(
      "---\ntitle: Odd name\n---\n\nBody.\n", named: name, path: #"x<script>&'"]]>/index.html"#)
    try expectNoMarkup(page)
    let site = try ScratchSite(pages: ["index.md": Self.home, name: "---\ntitle: Odd name\n---\n"])
    defer { site.remove() }
    let home = try ParsedPage(try #require(try site.assemble().files["index.html"]))
    try expectNoMarkup(home)
    #expect(try home.elements(named: "a").contains { $0.stringValue == "Odd name" })
  }

  @Test func controlCharactersInProseCellOutputAndMathNeverBreakThePage() throws {
    let page = try build(
      """
      ---
      title: Page
      ---

      Prose with a bell\u{7} and an escape\u{1B}, math $\\text{a\u{1}b}$.

      ```{julia}
      println("a\\x01b\\x07c\\x1bd")
      ```

      """)
    try expectNoMarkup(page)
    #expect(page.text.contains("a bell\u{FFFD} and an escape\u{FFFD}"))
    #expect(page.text.contains("a\u{FFFD}b\u{FFFD}c\u{FFFD}d"))
    let annotations = try page.elements(named: "annotation").compactMap(\.stringValue)
    #expect(annotations == ["\\text{a\u{FFFD}b}"])
  }

  @Test func controlCharactersInTheTitleNeverBreakThePage() throws {
    let page = try build("---\ntitle: \"Bell \\a escape \\e end\"\n---\n\nBody.\n")
    #expect(page.text.contains("Bell \u{FFFD} escape \u{FFFD} end"))
  }
}
