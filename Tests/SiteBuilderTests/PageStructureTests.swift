import Foundation
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The basic fixture's pages, parsed as XML (the theme writes well-formed, polyglot HTML).
@Suite struct PageStructureTests {
  let site: FixtureSite
  let files: [String: [UInt8]]

  init() throws {
    site = try FixtureSite("basic")
    files = try site.builder.assemble().files
    site.remove()
  }

  func page(_ path: String) throws -> XMLDocument {
    let bytes = try #require(files[path])
    return try XMLDocument(data: Data(bytes), options: [])
  }

  func strings(_ xpath: String, in path: String) throws -> [String] {
    try page(path).nodes(forXPath: xpath).compactMap(\.stringValue)
  }

  @Test func everyPageIsWellFormedAndDeclaresItsLanguage() throws {
    for path in ["index.html", "first/index.html", "second/index.html"] {
      #expect(try strings("/html/@lang", in: path) == ["en"])
    }
  }

  @Test func sidebarListsEveryPageAndMarksTheCurrentOne() throws {
    let titles = try strings("//nav[@class='sidebar']//a", in: "first/index.html")
    #expect(titles == ["Home", "First", "Second"])
    let hrefs = try strings("//nav[@class='sidebar']//a/@href", in: "first/index.html")
    #expect(hrefs == ["../index.html", "../first/index.html", "../second/index.html"])
    let current = try strings(
      "//nav[@class='sidebar']//a[@aria-current='page']", in: "first/index.html")
    #expect(current == ["First"])
  }

  @Test func previousAndNextFollowTheFilePrefixes() throws {
    let prev = try strings("//a[@class='pager-prev']/@href", in: "first/index.html")
    let next = try strings("//a[@class='pager-next']/@href", in: "first/index.html")
    #expect(prev == ["../index.html"])
    #expect(next == ["../second/index.html"])
    #expect(try strings("//a[@class='pager-prev']", in: "index.html").isEmpty)
    #expect(try strings("//a[@class='pager-next']", in: "second/index.html").isEmpty)
  }

  @Test func headingsGetUniqueIdsAndTheTableOfContentsListsThem() throws {
    let ids = try strings("//article//h2/@id | //article//h3/@id", in: "first/index.html")
    #expect(ids == ["overview", "details", "a-smaller-heading", "details-1"])
    let toc = try strings("//nav[@class='toc']//a/@href", in: "first/index.html")
    #expect(toc == ["#overview", "#details", "#a-smaller-heading", "#details-1"])
  }

  @Test func markdownLinksToPagesBecomeRelativePageURLs() throws {
    // The links written in the Markdown, not the downloads under the title.
    let home = try strings("//article//p[not(@class='downloads')]/a/@href", in: "index.html")
    #expect(home == ["first/index.html", "first/index.html#details", "second/index.html"])
    let second = try strings(
      "//article//p[not(@class='downloads')]/a/@href", in: "second/index.html")
    #expect(second == ["../first/index.html#overview"])
    let image = try strings("//article//img/@src", in: "index.html")
    #expect(image == ["media/dot.svg"])
  }

  @Test func pagesHaveLandmarksAndASkipLink() throws {
    let path = "first/index.html"
    #expect(try strings("//a[@class='skip-link']/@href", in: path) == ["#content"])
    #expect(try strings("//main/@id", in: path) == ["content"])
    #expect(try page(path).nodes(forXPath: "//header").count == 1)
    #expect(try page(path).nodes(forXPath: "//footer").count == 1)
    #expect(try strings("//title", in: path) == ["First · Fixture site"])
  }

  @Test func codeBlocksKeepTheirLanguageClass() throws {
    let classes = try strings("//pre/code/@class", in: "first/index.html")
    #expect(classes == ["language-julia"])
  }

  @Test func pagesNeedNoScript() throws {
    // The scripts are the theme's copy-button, figure and search scripts, deferred; they add
    // the buttons, the plots' readout and the search box themselves, so without them the page
    // holds no control that does nothing.
    let roots = ["index.html": "", "first/index.html": "../"]
    for (path, root) in roots {
      #expect(
        try strings("//script/@src", in: path)
          == [root + "assets/copy.js", root + "assets/figure.js", root + "assets/search.js"])
      #expect(try strings("//script", in: path) == ["", "", ""])
      #expect(try page(path).nodes(forXPath: "//input | //form").isEmpty)
      #expect(try page(path).nodes(forXPath: "//button | //@onclick").isEmpty)
    }
  }
}
