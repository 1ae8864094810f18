import Testing

@testable import SiteBuilder

@Suite struct HTMLAttributesTests {
  @Test func valuesAreReadInEveryQuotingStyleAndCase() {
    let html = #"<a HREF="one.html">1</a><img src='two.png'><a href=three.html#x>3</a>"#
    #expect(
      HTMLAttributes.values(of: ["href", "src"], in: html).map(\.value) == [
        "one.html", "two.png", "three.html#x",
      ])
  }

  @Test func characterReferencesAreDecoded() {
    let html = #"<a href="a.html?x=1&amp;y=2&#38;z=&#x33;&unknown;">x</a>"#
    #expect(HTMLAttributes.values(of: "href", in: html) == ["a.html?x=1&y=2&z=3&unknown;"])
  }

  @Test func commentsScriptsAndTextHoldNoAttributes() {
    let html = """
      <!-- <a href="in-comment.html"> --><p>a < b and href="in-text.html"</p>
      <script>var s = '<a href="in-script.html">';</script>
      <STYLE>a[href="in-style.html"] {}</style><title><a href="in-title.html"></title>
      <svg><![CDATA[ <a href="in-cdata.html"> ]]></svg></a end="x"><a href="real.html">
      """
    #expect(HTMLAttributes.values(of: "href", in: html) == ["real.html"])
  }

  @Test func attributesWithoutValuesAndSelfClosingTagsAreRead() {
    let html = #"<input disabled id=first/><br/><div data-x id = "second" >"#
    #expect(HTMLAttributes.values(of: "id", in: html) == ["first/", "second"])
  }

  @Test func anUnclosedTagOrValueEndsTheScanWithoutLosingEarlierValues() {
    #expect(
      HTMLAttributes.values(of: "id", in: #"<a id="x"><b id="unterminated"#) == [
        "x", "unterminated",
      ])
    #expect(HTMLAttributes.values(of: "id", in: "<a id=\"x\"><") == ["x"])
  }

  @Test func anIdInRawHTMLWithSingleQuotesIsALinkTarget() throws {
    let site = try ScratchSite(pages: [
      "index.md": "---\ntitle: Home\n---\n\n<div id='raw-target'>x</div>\n\n[to it](#raw-target)\n"
    ])
    defer { site.remove() }
    let result = try site.assemble()
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
  }
}
