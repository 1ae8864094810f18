import Foundation
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The extensions fixture's home page, parsed as XML: a pipe table, footnotes and admonitions as
/// a reader's browser sees them.
@Suite struct MarkdownExtensionPageTests {
  let home: XMLDocument

  init() throws {
    let site = try FixtureSite("extensions")
    defer { site.remove() }
    let files = try site.builder.assemble().files
    home = try XMLDocument(data: Data(try #require(files["index.html"])), options: [])
  }

  func strings(_ xpath: String) throws -> [String] {
    try home.nodes(forXPath: xpath).compactMap(\.stringValue)
  }

  @Test func theTableHasItsHeaderAlignmentsAndCells() throws {
    #expect(try strings("//article//table/thead/tr/th") == ["optimiser", "epochs", "loss"])
    #expect(try strings("//article//table/thead/tr/th/@align") == ["left", "center", "right"])
    #expect(try strings("//article//table/tbody/tr/td[1]") == ["descent", "adam"])
    #expect(
      try home.nodes(forXPath: "//article//table/tbody/tr[1]/td[3]//*[local-name()='math']").count
        == 1)
    #expect(
      try strings("//article//table/tbody/tr[2]/td[3]/a/@href") == ["details/index.html#steps"])
  }

  @Test func footnoteReferencesLinkToTheListAndBack() throws {
    #expect(
      try strings("//article//sup[@class='footnote-ref']/a/@href") == ["#fn-losses", "#fn-losses"])
    #expect(
      try strings("//article//sup[@class='footnote-ref']/a/@id") == [
        "fnref-losses", "fnref-losses-2",
      ])
    #expect(try strings("//article//sup[@class='footnote-ref']/a") == ["1", "1"])
    let items = "//article//section[@class='footnotes']/ol/li"
    #expect(try strings("\(items)/@id") == ["fn-losses"])
    #expect(
      try strings("\(items)//a[@class='footnote-backref']/@href") == [
        "#fnref-losses", "#fnref-losses-2",
      ])
    #expect(try strings("\(items)/p/a[1]/@href") == ["details/index.html"])
  }

  @Test func admonitionsAreAsidesWithTitlesAndRunTheirCells() throws {
    #expect(
      try strings("//article//aside/@class") == ["admonition tip", "admonition warning"])
    #expect(
      try strings("//article//aside/p[@class='admonition-title']") == [
        "Reuse the session", "Warning",
      ])
    #expect(try strings("//article//aside[1]//pre[@class='cell-value']") == ["3"])
    #expect(try strings("//article//aside[2]/p/a/@href") == ["details/index.html"])
  }
}
