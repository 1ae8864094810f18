import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What a published documentation site carries besides its pages: the sitemap, the 404 page,
/// canonical and OpenGraph metadata, edit links, copy buttons and folded cells.
@Suite struct SiteFeaturesTests {
  static let pages = [
    "index.md": "---\ntitle: Home\n---\n\nWelcome. See [the first chapter](01-first.md).\n",
    "01-first.md": """
    ---
    title: First & foremost
    description: The first chapter.
    ---

    ```julia
    x = 1
    ```

    ```{julia}
    #| tags: [hide-input, hide-output]
    1 + 1
    ```
    """,
    "02-second.md": "---\ntitle: Second\n---\n\nNo description here.\n",
  ]

  /// The scratch site built in memory with `siteYML` as its settings.
  static func build(_ siteYML: String) throws -> BuildResult {
    let site = try ScratchSite(pages: pages)
    defer { site.remove() }
    try site.write("site.yml", siteYML)
    return try site.assemble()
  }

  static let published = try? build(
    """
    title: Scratch site
    description: A site for tests.
    base_url: https://example.org/docs
    repository: https://github.com/owner/repo/
    edit_branch: docs/v2
    """)
  static let local = try? build("title: Scratch site\n")

  func document(_ result: BuildResult?, _ path: String) throws -> XMLDocument {
    let result = try #require(result)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let bytes = try #require(result.files[path])
    _ = try ParsedPage(bytes)
    // Spaces between highlighting spans are text too.
    return try XMLDocument(data: Data(bytes), options: [.nodePreserveWhitespace])
  }

  func strings(_ xpath: String, in path: String, of result: BuildResult?) throws -> [String] {
    try document(result, path).nodes(forXPath: xpath).compactMap(\.stringValue)
  }

  // MARK: footer

  /// The footer's sentence ends with one full stop, whether or not the description ends one.
  @Test func theFooterEndsItsSentenceOnce() throws {
    let footer = "//*[local-name()='footer']//*[local-name()='p'][1]"
    #expect(
      try strings(footer, in: "index.html", of: Self.published)
        == ["Scratch site — A site for tests. Built with sitegen."])
    #expect(
      try strings(footer, in: "index.html", of: Self.local)
        == ["Scratch site. Built with sitegen."])
  }

  // MARK: sitemap.xml

  @Test func theSitemapListsEveryPageAtItsAbsoluteURL() throws {
    let document = try document(Self.published, "sitemap.xml")
    let root = try #require(document.rootElement())
    #expect(root.localName == "urlset")
    #expect(root.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
    let locations = try document.nodes(
      forXPath: "/*[local-name()='urlset']/*[local-name()='url']/*[local-name()='loc']"
    ).compactMap(\.stringValue)
    #expect(
      locations == [
        "https://example.org/docs/", "https://example.org/docs/first/",
        "https://example.org/docs/second/",
      ])
    // Nothing time-dependent: no lastmod, and each url holds its loc alone.
    #expect(try document.nodes(forXPath: "//*[local-name()='lastmod']").isEmpty)
    #expect(try document.nodes(forXPath: "//*[local-name()='url']/*").count == 3)
  }

  @Test func thereIsNoSitemapWithoutABaseURL() throws {
    let files = try #require(Self.local).files
    #expect(files["sitemap.xml"] == nil)
    #expect(files["index.html"] != nil)
  }

  // MARK: canonical URL, OpenGraph, description

  @Test func aChapterHasItsCanonicalURLAndOpenGraphTags() throws {
    let path = "first/index.html"
    func meta(_ property: String) throws -> [String] {
      try strings("/html/head/meta[@property='\(property)']/@content", in: path, of: Self.published)
    }
    #expect(
      try strings("/html/head/link[@rel='canonical']/@href", in: path, of: Self.published)
        == ["https://example.org/docs/first/"])
    #expect(try meta("og:title") == ["First & foremost"])
    #expect(try meta("og:description") == ["The first chapter."])
    #expect(try meta("og:url") == ["https://example.org/docs/first/"])
    #expect(try meta("og:type") == ["article"])
    #expect(try meta("og:site_name") == ["Scratch site"])
    #expect(
      try strings("/html/head/meta[@name='description']/@content", in: path, of: Self.published)
        == ["The first chapter."])
  }

  @Test func theHomePageIsTheWebsiteAndPagesWithoutDescriptionUseTheSites() throws {
    func meta(_ property: String, _ path: String) throws -> [String] {
      try strings("/html/head/meta[@property='\(property)']/@content", in: path, of: Self.published)
    }
    #expect(try meta("og:type", "index.html") == ["website"])
    #expect(try meta("og:title", "index.html") == ["Scratch site"])
    #expect(try meta("og:url", "index.html") == ["https://example.org/docs/"])
    #expect(try meta("og:description", "second/index.html") == ["A site for tests."])
    #expect(
      try strings(
        "/html/head/meta[@name='description']/@content", in: "second/index.html",
        of: Self.published) == ["A site for tests."])
  }

  @Test func withoutABaseURLThereIsNoCanonicalURLNorOpenGraph() throws {
    let head = "/html/head/link[@rel='canonical'] | /html/head/meta[@property]"
    for path in ["index.html", "first/index.html", "404.html"] {
      #expect(try document(Self.local, path).nodes(forXPath: head).isEmpty, "\(path)")
    }
    #expect(
      try strings(
        "/html/head/meta[@name='description']/@content", in: "first/index.html",
        of: Self.local) == ["The first chapter."])
  }

  // MARK: 404.html

  @Test func theNotFoundPageIsInTheThemeWithLinksFromTheBaseURL() throws {
    let path = "404.html"
    let title = try strings("//h1[@class='page-title']", in: path, of: Self.published)
    #expect(title == ["Page not found"])
    #expect(
      try strings("/html/head/link[@rel='stylesheet']/@href", in: path, of: Self.published)
        == ["https://example.org/docs/assets/style.css"])
    #expect(
      try strings("//header//a/@href", in: path, of: Self.published)
        == ["https://example.org/docs/index.html"])
    #expect(
      try strings("//nav[@class='sidebar']//a/@href", in: path, of: Self.published) == [
        "https://example.org/docs/index.html", "https://example.org/docs/first/index.html",
        "https://example.org/docs/second/index.html",
      ])
    #expect(
      try strings("//article//a/@href", in: path, of: Self.published)
        == ["https://example.org/docs/index.html"])
    #expect(
      try strings("/html/head/meta[@name='robots']/@content", in: path, of: Self.published)
        == ["noindex"])
    #expect(try strings("//p[@class='edit-link']", in: path, of: Self.published).isEmpty)
  }

  @Test func withoutABaseURLTheNotFoundPageLinksFromTheServersRoot() throws {
    let path = "404.html"
    let links = try strings("//@href | //@src", in: path, of: Self.local)
    #expect(links.contains("/assets/style.css"))
    #expect(links.contains("/index.html"))
    #expect(links.contains("/first/index.html"))
    #expect(links.allSatisfy { $0.hasPrefix("/") || $0.hasPrefix("#") }, "\(links)")
    let files = try #require(Self.local).files
    #expect(OutputLinkChecker.check(files).isEmpty)
  }

  // MARK: edit links

  @Test func eachPageLinksToItsSourceInTheRepositorysEditor() throws {
    let hrefs = try strings(
      "//p[@class='edit-link']/a/@href", in: "first/index.html", of: Self.published)
    #expect(hrefs == ["https://github.com/owner/repo/edit/docs/v2/content/01-first.md"])
    let home = try strings("//p[@class='edit-link']/a", in: "index.html", of: Self.published)
    #expect(home == ["Edit this page"])
  }

  @Test func thereIsNoEditLinkWithoutARepository() throws {
    #expect(try strings("//p[@class='edit-link']", in: "first/index.html", of: Self.local).isEmpty)
  }

  @Test(arguments: [
    ("repository: github.com/owner/repo\n", 2, 13, "'repository' must be an absolute http(s) URL"),
    ("repository: https://github.com\n", 2, 13, "'repository' must name a repository"),
    ("edit_branch: main branch\n", 2, 14, "'edit_branch' must be a branch name"),
    ("base_url: example.org/docs\n", 2, 11, "'base_url' must be an absolute http(s) URL"),
    ("base_url: https://example.org/?page=1\n", 2, 11, "'base_url' must not have a query"),
  ])
  func aBadURLInSiteYMLIsAnErrorAtItsPlace(
    line: String, row: Int, column: Int, message: String
  ) throws {
    let result = try Self.build("title: Scratch site\n" + line)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(result.diagnostics)")
    let error = try #require(errors.first)
    #expect(error.file.hasSuffix("site.yml"))
    #expect(error.range?.start.line == row)
    #expect(error.range?.start.column == column)
    #expect(error.message.hasPrefix(message), "\(error.message)")
  }

  // MARK: copy buttons and folded cells

  @Test func pagesLoadTheCopyScriptFromTheThemesAssets() throws {
    let result = try #require(Self.local)
    let script = try strings("/html/head/script/@src", in: "first/index.html", of: Self.local)
    #expect(script == ["../assets/copy.js", "../assets/figure.js", "../assets/search.js"])
    let bytes = try #require(result.files["assets/copy.js"])
    #expect(bytes.count < 1024)
    // The figures' script is small too: a readout, zoom and legend toggling.
    #expect(try #require(result.files["assets/figure.js"]).count < 6 * 1024)
    // Without script there is no button: the page holds none.
    #expect(try document(Self.local, "first/index.html").nodes(forXPath: "//button").isEmpty)
  }

  @Test func hiddenInputAndOutputAreFoldedBehindSummaries() throws {
    let path = "first/index.html"
    let cell = "//div[@class='cell']"
    #expect(
      try strings("\(cell)/details/summary", in: path, of: Self.local)
        == ["Show code", "Show output"])
    let code = try strings(
      "\(cell)/details[1]/div[@class='cell-input']//code", in: path, of: Self.local)
    #expect(code == ["1 + 1\n"], "\(code)")
    #expect(
      try strings(
        "\(cell)/details[2]/div[@class='cell-output']//pre[@class='cell-value']", in: path,
        of: Self.local) == ["2"])
    // Folds start closed.
    #expect(try strings("\(cell)/details/@open", in: path, of: Self.local).isEmpty)
  }
}
