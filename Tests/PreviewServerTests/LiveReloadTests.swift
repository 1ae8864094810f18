import SiteModel
import SourcePositions
import Testing

@testable import PreviewServer

@Suite struct LiveReloadTests {
  @Test func theInsertionGoesBeforeTheLastClosingBodyTag() {
    let html = Array("<body><p>&lt;/body&gt;</p>\n</BODY>\n</html>\n".utf8)
    let injected = LiveReload.inject(Array("<script></script>".utf8), into: html)
    #expect(
      String(decoding: injected, as: UTF8.self)
        == "<body><p>&lt;/body&gt;</p>\n<script></script></BODY>\n</html>\n")
  }

  @Test func aPageWithoutBodyTagGetsTheInsertionAtItsEnd() {
    let injected = LiveReload.inject(Array("<b>".utf8), into: Array("<p>x</p>".utf8))
    #expect(String(decoding: injected, as: UTF8.self) == "<p>x</p><b>")
  }

  @Test func theOverlayListsEachProblemAtItsPlaceEscaped() {
    let diagnostics = [
      Diagnostic.error(
        "unknown name `<b>`", file: "content/01-a.md",
        at: SourceRange(SourceLocation(line: 3, column: 5)), notes: ["did you mean \"b\"?"]),
      Diagnostic.error("site.yml is missing", file: "content/site.yml"),
    ]
    let overlay = LiveReload.overlay(
      diagnostics, sources: ["content/01-a.md": "---\n\nx = <b> & 1\n"], showingLastGood: true)
    #expect(overlay.contains("sitegen: 2 errors — showing the last good build"))
    #expect(
      overlay.contains(
        """
        content/01-a.md:3:5: error: unknown name `&lt;b&gt;`
        x = &lt;b&gt; &amp; 1
            ^
          note: did you mean &quot;b&quot;?</pre>
        """))
    #expect(overlay.contains("content/site.yml: error: site.yml is missing"))
    #expect(!overlay.contains("<b>"))
  }
}
