import Testing

@testable import SiteModel

@Suite struct SourceExcerptTests {
  @Test func aShortLineIsQuotedWhole() {
    let excerpt = SourceExcerpt(line: "y = \"ééé\" * zz", column: 16)
    #expect(excerpt.text == "y = \"ééé\" * zz")
    #expect(excerpt.caret == "            ^")
  }

  @Test func wideCharactersTakeTwoSpacesAndTabsStayTabs() {
    // "x" is at byte 12: after the tab (1), 数 (3), 👍 (4), é (2) and a space.
    let excerpt = SourceExcerpt(line: "\t数👍é x", column: 12)
    #expect(excerpt.caret == "\t      ^")
  }

  @Test func aLongLineIsCutToAWindowAroundTheCaret() {
    // 100 000 terms `x^x^…`; column 100 001 is the "x" at byte offset 100 000.
    let line = Array(repeating: "x", count: 100_000).joined(separator: "^")
    let excerpt = SourceExcerpt(line: line, column: 100_001)
    #expect(excerpt.text.hasPrefix("…"))
    #expect(excerpt.text.hasSuffix("…"))
    #expect(excerpt.text.count <= SourceExcerpt.defaultWidth)
    #expect(excerpt.text.count >= SourceExcerpt.defaultWidth - 2)
    // The window is the line from `start` on; the caret's character is the line's at 100 000.
    let caretIndex = excerpt.caret.count - 1
    let inner = Array(excerpt.text.utf8.dropFirst(3).dropLast(3))
    let start = 100_000 - (caretIndex - 1)
    #expect(Array(line.utf8)[start..<(start + inner.count)] == inner[...])
    #expect(excerpt.caret == " " + String(repeating: " ", count: caretIndex - 1) + "^")
  }

  @Test func aLongLineCutAtOneEndOnlyHasOneEllipsis() {
    let line = "abc" + String(repeating: "-", count: 500)
    let start = SourceExcerpt(line: line, column: 2)
    #expect(start.text.hasPrefix("abc"))
    #expect(start.text.hasSuffix("…"))
    #expect(start.caret == " ^")
    let end = SourceExcerpt(line: line + "Z", column: 504)
    #expect(end.text.hasPrefix("…"))
    #expect(end.text.hasSuffix("-Z"))
    #expect(end.caret.count == end.text.count)
  }
}
