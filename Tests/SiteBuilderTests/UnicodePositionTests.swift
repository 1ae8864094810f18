import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

/// Problems after non-ASCII text are reported at the UTF-8 byte column of the offending text,
/// and the caret under the quoted line sits under its first character (two spaces under each
/// wide character, a tab under a tab).
@Suite struct UnicodePositionTests {
  /// The printed diagnostics of a site whose only page (besides the home page) is `page`.
  func printed(_ page: String) throws -> [String] {
    let site = try ScratchSite(pages: ["index.md": "---\ntitle: Home\n---\n", "01-page.md": page])
    defer { site.remove() }
    let result = try site.assemble()
    return result.diagnostics.map {
      DiagnosticFormatter.format($0, source: result.sources[$0.file])
    }
  }

  @Test func aCellErrorAfterAccentsPointsAtTheUndefinedName() throws {
    let page = "---\ntitle: Accents\n---\n\n```{julia}\ny = \"ééé\" * zz\n```\n"
    let printed = try printed(page)
    #expect(printed.count == 1)
    #expect(
      printed.first?.contains("/01-page.md:6:16: error: UndefVarError: zz not defined")
        == true, "\(printed)")
    #expect(printed.first?.hasSuffix("\ny = \"ééé\" * zz\n            ^") == true, "\(printed)")
  }

  @Test func aCellErrorAfterATabEmojiCJKAndACombiningMarkPointsAtTheName() throws {
    let line = "\tw = \"数👍e\u{301}\" * zz"
    let page = "---\ntitle: Mixed\n---\n\n```{julia}\n\(line)\n```\n"
    let printed = try printed(page)
    #expect(printed.count == 1)
    #expect(printed.first?.contains("01-page.md:6:21: error:") == true, "\(printed)")
    #expect(printed.first?.hasSuffix("\n\(line)\n\t              ^") == true, "\(printed)")
  }

  @Test func aMathErrorAfterAccentsAndEmojiPointsAtTheCommand() throws {
    let page = "---\ntitle: Math\n---\n\nCafé 👍 $é + \\frac{1}$\n"
    let printed = try printed(page)
    #expect(printed.count == 1)
    #expect(
      printed.first?.contains("/01-page.md:5:18: error: missing argument for '\\frac'")
        == true, "\(printed)")
    #expect(
      printed.first?.hasSuffix("\nCafé 👍 $é + \\frac{1}$\n             ^") == true, "\(printed)")
  }

  @Test func aFrontMatterErrorAfterCJKPointsAtTheColon() throws {
    let page = "---\ntitle: 数学 : x\n---\n\nText.\n"
    let printed = try printed(page)
    #expect(printed.count == 1)
    #expect(printed.first?.contains("/01-page.md:2:15: error:") == true, "\(printed)")
    #expect(printed.first?.contains("\ntitle: 数学 : x\n            ^") == true, "\(printed)")
  }
}
