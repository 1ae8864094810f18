import SourcePositions
import Testing

@Suite struct LineIndexTests {
  @Test func offsetsAndLocationsConvertBothWaysInBytes() {
    // "é" is two bytes, "👍" four: "x" of the first line is at offset 9, column 10.
    let lines = LineIndex("é = 👍x\nsecond\r\nlast")
    #expect(lines.location(of: 9) == SourceLocation(line: 1, column: 10))
    #expect(lines.offset(of: SourceLocation(line: 1, column: 10)) == 9)
    #expect(lines.location(of: 11) == SourceLocation(line: 2, column: 1))
    #expect(lines.offset(of: SourceLocation(line: 3, column: 2)) == 20)
  }

  @Test func offsetsAndLocationsAreClampedToTheText() {
    let lines = LineIndex("ab\ncd")
    #expect(lines.location(of: 99) == SourceLocation(line: 2, column: 3))
    #expect(lines.location(of: -4) == SourceLocation(line: 1, column: 1))
    #expect(lines.offset(of: SourceLocation(line: 7, column: 9)) == 5)
  }

  @Test func linesComeWithoutTheirLineEndings() {
    let lines = LineIndex("one\r\ntwo\n\nfour")
    #expect((1...4).map { lines.line($0) } == ["one", "two", "", "four"])
    #expect(lines.line(5) == nil)
    #expect(lines.line(0) == nil)
    #expect(lines.lineCount == 4)
  }

  @Test func scalarColumnsBecomeByteColumns() {
    // "数" is three bytes and "é" (e + U+0301) is two scalars: the 5th scalar, "x", is byte 7.
    let lines = LineIndex("a\n数e\u{301}\tx")
    #expect(lines.column(ofScalar: 1, onLine: 2) == 1)
    #expect(lines.column(ofScalar: 2, onLine: 2) == 4)
    #expect(lines.column(ofScalar: 5, onLine: 2) == 8)
    // Past the end of the line, each further scalar counts one byte.
    #expect(lines.column(ofScalar: 7, onLine: 2) == 10)
  }
}
