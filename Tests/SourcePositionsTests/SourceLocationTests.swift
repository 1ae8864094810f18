import Foundation
import SourcePositions
import Testing

@Suite struct SourceLocationTests {
  @Test func locationsOrderByLineThenColumn() {
    #expect(SourceLocation(line: 1, column: 9) < SourceLocation(line: 2, column: 1))
    #expect(SourceLocation(line: 2, column: 1) < SourceLocation(line: 2, column: 2))
  }

  @Test func locationsSaturateInsteadOfOverflowing() {
    let location = SourceLocation(line: -3, column: Int.max)
    #expect(location.line == 0)
    #expect(location.column == Int(UInt32.max))
  }

  @Test func locationsEncodeAsLineAndColumn() throws {
    let data = try JSONEncoder().encode(SourceLocation(line: 3, column: 14))
    let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Int])
    #expect(object == ["line": 3, "column": 14])
    let decoded = try JSONDecoder().decode(SourcePositions.SourceLocation.self, from: data)
    #expect(decoded == SourceLocation(line: 3, column: 14))
  }

  @Test func spansCoverBothOfTheirParts() {
    let a = SourceSpan(
      start: SourceLocation(line: 1, column: 5), end: SourceLocation(line: 1, column: 9))
    let b = SourceSpan(
      start: SourceLocation(line: 1, column: 2), end: SourceLocation(line: 1, column: 4))
    #expect(a.union(b).description == "1:2-1:9")
  }

  @Test func aLocatedErrorSaysWhereAndWhat() {
    let error = LocatedError("unknown command '\\foo'", at: SourceLocation(line: 2, column: 3))
    #expect(error.description == "2:3: unknown command '\\foo'")
  }
}
