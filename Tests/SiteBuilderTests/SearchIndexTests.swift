import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The search index sitegen writes as `search-index.js`: what text each page gives it, how it is
/// split at headings, and that the file is a script holding JSON, the same bytes on every build.
@Suite struct SearchIndexTests {
  static let pages = [
    "index.md": "---\ntitle: Home\n---\n\nWelcome to the *optimizers* site.\n",
    "01-first.md": """
    ---
    title: First steps
    ---

    An introduction with $x^2$ and a footnote.[^a]

    ## ADAM, step by step

    ADAM keeps two running averages.

    ```{julia}
    #| tags: [hide-input]
    softmax_like = 1 + 1
    ```

    ### Deeper

    | rule | state |
    |---|---|
    | Momentum | velocity |

    ## ADAM, step by step

    The same title again, so the anchor gets a suffix: “ünïcode” – and a tab.

    [^a]: The footnote's text.
    """,
    "02-second.md": "---\ntitle: Second\n---\n\n## Only a heading\n",
  ]

  static let built: BuildResult? = {
    guard let site = try? ScratchSite(pages: pages) else { return nil }
    defer { site.remove() }
    return try? site.assemble()
  }()

  /// The script's JSON object: the file is comment lines, then
  /// `window.sitegenSearchIndex = <JSON>;` and a line feed, nothing else.
  static func parsedIndex(_ bytes: [UInt8]) throws -> [String: Any] {
    let text = try #require(String(validating: bytes, as: UTF8.self))
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
    while let first = lines.first, first.hasPrefix("//") { lines = lines.dropFirst() }
    let statement = lines.joined(separator: "\n")
    let prefix = "window.sitegenSearchIndex = "
    #expect(statement.hasPrefix(prefix))
    #expect(statement.hasSuffix(";\n"))
    let json = statement.dropFirst(prefix.count).dropLast(2)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    return try #require(object as? [String: Any])
  }

  /// The pages of the index as (title, url, sections as [anchor, heading, text]).
  static func pagesOfIndex(_ result: BuildResult?) throws -> [(String, String, [[String]])] {
    let result = try #require(result)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let index = try parsedIndex(try #require(result.files["search-index.js"]))
    #expect(index["version"] as? Int == 1)
    let pages = try #require(index["pages"] as? [[String: Any]])
    return try pages.map { page in
      (
        try #require(page["title"] as? String), try #require(page["url"] as? String),
        try #require(page["sections"] as? [[String]])
      )
    }
  }

  @Test func theIndexListsEveryPageInReadingOrderWithItsURL() throws {
    let pages = try Self.pagesOfIndex(Self.built)
    #expect(pages.map(\.0) == ["Home", "First steps", "Second"])
    #expect(pages.map(\.1) == ["index.html", "first/index.html", "second/index.html"])
    #expect(pages[0].2 == [["", "", "Welcome to the optimizers site."]])
  }

  @Test func eachHeadingStartsASectionWithTheAnchorOfThePage() throws {
    let pages = try Self.pagesOfIndex(Self.built)
    let first = pages[1].2
    #expect(first.map { $0[0] } == ["", "adam-step-by-step", "deeper", "adam-step-by-step-1"])
    #expect(first.map { $0[1] } == ["", "ADAM, step by step", "Deeper", "ADAM, step by step"])
    // Every anchor is an id of a heading of the built page, whose text is the section's heading.
    let page = try ParsedPage(try #require(Self.built?.files["first/index.html"]))
    for section in first.dropFirst() {
      let headings = try page.document.nodes(
        forXPath: "//*[@id='\(section[0])'][self::h2 or self::h3]")
      #expect(headings.count == 1, "\(section[0])")
      #expect(headings.first?.stringValue == section[1])
    }
    // A page with a heading and nothing under it: the heading alone is found.
    #expect(pages[2].2 == [["only-a-heading", "Only a heading", ""]])
  }

  @Test func aSectionHoldsItsProseCodeOutputsAndTablesButNoControls() throws {
    let pages = try Self.pagesOfIndex(Self.built)
    let first = pages[1].2
    // The formula as MathML shows it (not its TeX), without the footnote's mark.
    #expect(first[0][2] == "An introduction with x2 and a footnote.")
    // The folded cell's code and its output, without "Show code" or the In/Out labels.
    #expect(first[1][2] == "ADAM keeps two running averages. softmax_like = 1 + 1 2")
    #expect(first[2][2] == "rule state Momentum velocity")
    // The footnotes at the end of the page belong to its last section, without back links.
    #expect(
      first[3][2]
        == "The same title again, so the anchor gets a suffix: “ünïcode” – and a tab. "
        + "The footnote's text.")
  }

  @Test func theIndexIsASCIIAndTheSameBytesOnEveryBuild() throws {
    let once = try #require(Self.built?.files["search-index.js"])
    let site = try ScratchSite(pages: Self.pages)
    defer { site.remove() }
    let again = try #require(try site.assemble().files["search-index.js"])
    #expect(once == again)
    #expect(once.allSatisfy { $0 < 0x80 })
    #expect(
      SearchIndex.literal("a\"b\\c\nd\té–😀\u{01}")
        == #""a\"b\\c\nd\t\u00e9\u2013\ud83d\ude00\u0001""#)
  }

  @Test func everyPageLoadsTheSearchScriptAndNoPageHasASearchBoxWithoutIt() throws {
    let result = try #require(Self.built)
    // A small script with no dependencies.
    let script = try #require(result.files["assets/search.js"])
    #expect(script.count < 12 * 1024)
    for (path, root) in [("index.html", ""), ("first/index.html", "../")] {
      let page = try ParsedPage(try #require(result.files[path]))
      let sources = try page.document.nodes(forXPath: "/html/head/script/@src").compactMap(
        \.stringValue)
      #expect(sources.contains(root + "assets/search.js"))
      // The box is the script's: the page itself has no form or input.
      #expect(try page.elements(named: "input").isEmpty)
      #expect(try page.elements(named: "form").isEmpty)
    }
  }

  // MARK: the text of HTML

  @Test func theTextOfABodySkipsDrawingsLabelsAndHiddenParts() {
    let html = """
      <p>Intro &amp; <em>more</em>&#x21;<!-- a comment --></p>
      <figure><svg viewBox="0 0 1 1"><title>alt text</title><text>tick</text></svg>\
      <figcaption>The caption</figcaption></figure>
      <pre role="img" aria-label="braille">⠁⠂</pre>
      <span aria-hidden="true">decoration</span><span hidden>nothing</span>
      <script>var x = "<h2 id='no'>";</script><style>p { color: red }</style>
      <h2 id="a-b">A <code>b</code><span class="cell-label">#</span></h2>
      <p>x<br/>y <img src="i.png" alt="a picture"/> 3 &lt; 4</p>
      <h4>Without id</h4><p>still the same section</p>
      <p><math><mi>sin</mi><mo>&#x2061;</mo><mi>x</mi></math>&#xAD;</p>
      <h3 id="c">C</h3>
      """
    #expect(
      SearchText.sections(ofBody: html) == [
        SearchSection(anchor: "", heading: "", text: "Intro & more! The caption"),
        SearchSection(
          anchor: "a-b", heading: "A b",
          text: "x y a picture 3 < 4 Without id still the same section sinx"),
        SearchSection(anchor: "c", heading: "C", text: ""),
      ])
  }

  @Test func nestedSkippedElementsEndWithTheirOwnEndTag() {
    let html = "<div aria-hidden=\"true\"><div>in</div>still hidden</div><p>shown</p>"
    #expect(
      SearchText.sections(ofBody: html) == [SearchSection(anchor: "", heading: "", text: "shown")])
  }
}
