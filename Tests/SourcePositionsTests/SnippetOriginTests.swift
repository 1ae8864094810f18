import SourcePositions
import Testing

@Suite struct SnippetOriginTests {
  @Test func aSnippetsFirstLineIsShiftedByItsColumn() {
    // "$x + \foo$" with "x" at page 4:8: the TeX's 1:5 is the page's 4:12.
    let origin = SnippetOrigin(lineStarts: [SourceLocation(line: 4, column: 8)])
    #expect(origin.location(line: 1, column: 5) == SourceLocation(line: 4, column: 12))
  }

  @Test func anIndentedCellBodyKeepsItsIndentationOnEveryLine() {
    // A cell inside a list item: its body lines start at page column 4, from line 10.
    let origin = SnippetOrigin(firstLine: 10, column: 4, lineCount: 3)
    #expect(origin.location(line: 2, column: 5) == SourceLocation(line: 11, column: 8))
    #expect(
      origin.range(
        of: SourceRange(
          start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 3, column: 2)))
        == SourceRange(
          start: SourceLocation(line: 10, column: 4), end: SourceLocation(line: 12, column: 5)))
  }

  @Test func aLinePastTheSnippetIsPlacedOnItsLastLine() {
    let origin = SnippetOrigin(firstLine: 10, column: 1, lineCount: 2)
    #expect(origin.location(line: 9, column: 3) == SourceLocation(line: 11, column: 3))
  }
}
