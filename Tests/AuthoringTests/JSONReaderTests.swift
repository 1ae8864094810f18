import SourcePositions
import Testing

@testable import Authoring

/// The JSON reader reads RFC 8259 JSON with the place of every value, and reports the first
/// problem at its line and column (UTF-8 byte columns).
@Suite struct JSONReaderTests {
  @Test func valuesKeepTheirPlaces() throws {
    let node = try JSONReader.read(
      """
      {
        "name": "fit",
        "cells": [1, -2.5e3, true, null],
        "é": {"x": false}
      }
      """)
    let name = try #require(node["name"])
    #expect(name.value == .string("fit"))
    #expect(
      name.range == SourceRange(start: .init(line: 2, column: 11), end: .init(line: 2, column: 15)))
    let cells = try #require(node["cells"]?.array)
    #expect(
      cells.map(\.value) == [
        .number(1, literal: "1"), .number(-2500, literal: "-2.5e3"), .bool(true), .null,
      ])
    #expect(cells[1].location == SourceLocation(line: 3, column: 16))
    // Columns count bytes: "é" is two.
    #expect(node["é"]?["x"]?.location == SourceLocation(line: 4, column: 15))
    #expect(node["é"]?["x"]?.value == .bool(false))
    #expect(node.members?.map(\.key) == ["name", "cells", "é"])
  }

  @Test func stringsReadEveryEscape() throws {
    let node = try JSONReader.read(
      #"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u4E2D", "\ud83d\ude00", "plain é"]"#)
    #expect(
      node.array?.compactMap(\.string) == [
        "a\"b\\c/d\u{08}\u{0C}\n\r\t", "é中", "😀", "plain é",
      ])
  }

  @Test func aByteOrderMarkAndSurroundingWhiteSpaceAreSkipped() throws {
    let node = try JSONReader.read([0xEF, 0xBB, 0xBF] + Array(" \n\t{}\r\n".utf8))
    #expect(node.value == .object([]))
    #expect(node.location == SourceLocation(line: 2, column: 2))
  }

  /// Malformed JSON, the place of its first problem, and a part of the message.
  static let malformed: [(String, String, String)] = [
    ("", "1:1", "the text ends where a value was expected"),
    ("{\"a\": 1,}", "1:8", "a comma before '}' is not JSON"),
    ("[1, 2,]", "1:6", "a comma before ']' is not JSON"),
    ("[\n  \"a\",\n  \"b\",\n]", "3:6", "a comma before ']' is not JSON"),
    ("{\"a\" 1}", "1:6", "'1' where ':' after the key was expected"),
    ("{\"a\": 1 \"b\": 2}", "1:9", "'\"' where ',' or '}' was expected after an object member"),
    ("[1, 2", "1:6", "the text ends where ',' or ']' was expected"),
    ("{\"cells\": [\n  {\"x\": tru}\n]}", "2:9", "'tru' is not a JSON value"),
    ("{\"a\": None}", "1:7", "'None' is not a JSON value"),
    ("{'a': 1}", "1:2", "''' where an object key (a string in double quotes) was expected"),
    ("{\"a\": \"abc", "1:7", "the string is not closed"),
    ("[\"a\nb\"]", "1:4", "a line break inside a string"),
    ("[\"a\tb\"]", "1:4", "the control character U+0009 inside a string"),
    (#"["\q"]"#, "1:3", #"'\q' is not a JSON escape"#),
    (#"["\u12"]"#, "1:3", "\\u must be followed by four hexadecimal digits"),
    (#"["\ud83d"]"#, "1:3", "half of a surrogate pair"),
    (#"["\ude00x"]"#, "1:3", "half of a surrogate pair"),
    ("[01]", "1:2", "cannot start with 0"),
    ("[1.]", "1:4", "a digit after its decimal point"),
    ("[1e+]", "1:5", "a digit in its exponent"),
    ("[-]", "1:3", "a digit after its '-'"),
    ("[+1]", "1:2", "'+' where a value was expected"),
    ("{} x", "1:4", "unexpected text after the JSON value"),
    ("{\"a\": 1, \"a\": 2}", "1:10", "the key \"a\" appears twice"),
    ("{\"é\": @}", "1:8", "'@' where a value was expected"),
    ("{\n\"a\": [\n  1,\n  2\n  3\n]}", "5:3", "'3' where ',' or ']' was expected"),
  ]

  @Test(arguments: malformed)
  func malformedJSONIsReportedAtItsPlace(_ text: String, _ place: String, _ message: String) {
    #expect {
      try JSONReader.read(text)
    } throws: { error in
      guard let error = error as? LocatedError else { return false }
      #expect("\(error.location)" == place, "\(error.message)")
      #expect(error.message.contains(message), "\(error.message)")
      return true
    }
  }

  @Test func invalidUTF8IsReportedAtItsByte() {
    let bytes = Array("{\"a\":\n  \"".utf8) + [0xFF] + Array("\"}".utf8)
    #expect {
      try JSONReader.read(bytes)
    } throws: { error in
      guard let error = error as? LocatedError else { return false }
      return "\(error.location)" == "2:4" && error.message.contains("not UTF-8 text (byte 0xFF")
    }
  }

  @Test func nestingDeeperThanTheLimitIsRefused() throws {
    let depth = JSONReader.maximumDepth
    _ = try JSONReader.read(
      String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
    #expect {
      try JSONReader.read(String(repeating: "[", count: depth + 1_000))
    } throws: { error in
      guard let error = error as? LocatedError else { return false }
      return "\(error.location)" == "1:\(depth + 1)" && error.message.contains("more than 512 deep")
    }
  }
}
