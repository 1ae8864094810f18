import HTMLRendering
import SiteModel
import Testing

/// Control characters XML forbids never reach a page: prose, code and cell output show U+FFFD.
@Suite struct ControlCharacterTests {
  @Test func proseAndCodeReplaceForbiddenControlsWithTheReplacementCharacter() {
    let html = render("Bell\u{7} and escape\u{1B}.\n\n`a\u{1}b`\n\n```\nx\u{2}y\n```\n").html
    #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(html.contains("Bell\u{FFFD} and escape\u{FFFD}."))
    #expect(html.contains("<code>a\u{FFFD}b</code>"))
    #expect(html.contains("x\u{FFFD}y"))
  }

  @Test func tabsLineFeedsAndCarriageReturnsAreKept() {
    #expect(HTMLEscaping.escapeHTML("a\tb\nc\rd") == "a\tb\nc\rd")
  }

  @Test func escapingReplacesEveryForbiddenControl() {
    let controls = (0..<0x20).map { Unicode.Scalar(UInt8($0)) }.filter {
      !"\t\n\r".unicodeScalars.contains($0)
    }
    let escaped = HTMLEscaping.escapeHTML(String(String.UnicodeScalarView(controls)) + "<&>")
    #expect(escaped == String(repeating: "\u{FFFD}", count: controls.count) + "&lt;&amp;&gt;")
  }
}
