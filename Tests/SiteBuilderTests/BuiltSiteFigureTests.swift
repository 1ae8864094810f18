import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The committed site (`site/`, proven fresh by `sitegen check`) stays light and its figures
/// keep the structure the theme's stylesheet and figure script expect. Pages are parsed as
/// XML (the theme writes XHTML), not searched as text.
@Suite struct BuiltSiteFigureTests {
  /// The repository's `site/` folder.
  static let site = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("site")

  /// The heaviest a page may be, in bytes.
  static let pageLimit = 150_000

  /// Every HTML page of the site, by path relative to it.
  static func pages() throws -> [(String, Data)] {
    let enumerator = try #require(
      FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil))
    var pages: [(String, Data)] = []
    for case let url as URL in enumerator where url.pathExtension == "html" {
      let relative = String(url.path.dropFirst(site.path.count + 1))
      pages.append((relative, try Data(contentsOf: url)))
    }
    return pages.sorted { $0.0 < $1.0 }
  }

  /// The elements below `node` matching `xpath` (names compared without their namespace).
  static func elements(_ xpath: String, in node: XMLNode) throws -> [XMLElement] {
    try node.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
  }

  static func attribute(_ name: String, of element: XMLElement) -> String {
    element.attributes?.first { ($0.localName ?? $0.name) == name }?.stringValue ?? ""
  }

  static func classes(of element: XMLElement) -> Set<String> {
    Set(attribute("class", of: element).split(separator: " ").map(String.init))
  }

  @Test func everyPageIsAt150KBOrLess() throws {
    let pages = try Self.pages()
    #expect(pages.count >= 7)
    for (path, data) in pages {
      #expect(data.count <= Self.pageLimit, "\(path) is \(data.count) bytes")
    }
  }

  @Test func chapterFourKeepsItsFiguresUnder130KB() throws {
    let data = try Data(
      contentsOf: Self.site.appendingPathComponent("more-terms-better-fits/index.html"))
    #expect(data.count <= 130_000, "\(data.count) bytes")
    let document = try XMLDocument(data: data, options: [])
    let plots = try Self.elements(
      "//*[local-name()='svg'][contains(@class,'sgp-plot')]", in: document)
    #expect(plots.count == 23)
  }

  @Test func figuresShareTheSiteStylesheetAndHoverBands() throws {
    var plots = 0
    var braille = 0
    var graphs = 0
    for (path, data) in try Self.pages() {
      let document = try XMLDocument(data: data, options: [])
      let figures = try Self.elements(
        "//*[local-name()='svg'][contains(concat(' ',@class,' '),' sgp ')]", in: document)
      for figure in figures {
        let kinds = Self.classes(of: figure)
        // One stylesheet for the page, in assets/style.css: none inside a figure.
        #expect(try Self.elements(".//*[local-name()='style']", in: figure).isEmpty, "\(path)")
        if kinds.contains("sgp-plot") {
          plots += 1
          #expect(Self.attribute("viewBox", of: figure).isEmpty, "a plot's text is not scaled")
          #expect(Self.attribute("width", of: figure) == "100%")
          let area = try Self.elements("*[local-name()='svg'][@class='sgp-area']", in: figure)
          #expect(area.count == 1, "\(path): one plot area")
          // Hover values: a few bands, one <title> each; none listing a whole trace.
          let bands = try Self.elements(
            ".//*[local-name()='g'][@class='sgp-hover']/*[local-name()='path']", in: figure)
          #expect((1...10).contains(bands.count), "\(path): \(bands.count) hover bands")
          for band in bands {
            let titles = try Self.elements("*[local-name()='title']", in: band)
            #expect(titles.count == 1)
            #expect((titles.first?.stringValue ?? "").utf8.count < 200)
          }
          let traceTitles = try Self.elements(
            ".//*[local-name()='g'][@class='sgp-trace']/*[local-name()='title']", in: figure)
          #expect(traceTitles.isEmpty, "\(path): no tooltip listing every point")
          // Text outside the stretched area is placed in percent, so it keeps its size.
          let ticks = try Self.elements(
            "*[local-name()='svg'][@class='sgp-xticks']/*[local-name()='text']", in: figure)
          #expect(!ticks.isEmpty, "\(path): x tick labels")
          for text in ticks { #expect(Self.attribute("x", of: text).hasSuffix("%")) }
        } else if kinds.contains("sgp-braille") {
          braille += 1
          for text in try Self.elements("*[local-name()='text']", in: figure) {
            let length = Double(Self.attribute("textLength", of: text)) ?? 0
            let count = (text.stringValue ?? "").count
            #expect(abs(length - 7.7 * Double(count)) < 0.06, "each run fills its cells")
          }
        } else if kinds.contains("sgp-graph") {
          graphs += 1
          #expect(!Self.attribute("viewBox", of: figure).isEmpty)
        } else {
          Issue.record("\(path): a figure of no known kind: \(kinds.sorted())")
        }
      }
      // A braille plot is drawn on a grid, not left to a <pre>'s font.
      #expect(
        try Self.elements(
          "//*[local-name()='figure'][contains(@class,'cell-text-figure')]//*[local-name()='pre']",
          in: document
        ).isEmpty)
    }
    #expect(plots > 50 && braille >= 2 && graphs >= 1, "\(plots) plots, \(braille), \(graphs)")
  }
}
