import SourcePositions
import Testing

@testable import CellLanguage

@Suite struct LexerTests {
  @Test func tokensCarryKindsForHighlighting() {
    let tokens = Lexer.tokenize("f(x) = 2x^2 # square\n@show \"η = $η\"", keepComments: true)
    let kinds = tokens.map(\.kind)
    #expect(
      kinds == [
        .identifier, .punctuation, .identifier, .punctuation, .operator, .integer, .identifier,
        .operator, .integer, .comment, .newline, .macro, .string, .endOfInput,
      ])
  }

  @Test func utf8RangesCoverTheTokenText() {
    let source = "η = 1e-5"
    let tokens = Lexer.tokenize(source)
    let bytes = Array(source.utf8)
    for token in tokens where token.kind != .endOfInput {
      let text = String(decoding: bytes[token.utf8Range], as: UTF8.self)
      #expect(text == token.text)
    }
  }

  @Test func apostropheIsAdjointAfterAnOperandAndACharacterOtherwise() {
    #expect(Lexer.tokenize("A'")[1].kind == .operator)
    #expect(Lexer.tokenize("x = 'a'")[2].kind == .char)
  }

  @Test func dotOperatorsAndNumbersAreSeparated() {
    let texts = Lexer.tokenize("x.^2 .+ 1.0 .* .5").map(\.text)
    #expect(texts == ["x", ".^", "2", ".+", "1.0", ".*", ".5", ""])
  }

  @Test func columnsAreOneBasedAndCountUTF8Bytes() {
    // "ŷ" is two bytes, so "=" is at byte column 4.
    let tokens = Lexer.tokenize("ŷ = 1\n  y")
    #expect(tokens[0].span.start == SourceLocation(line: 1, column: 1))
    #expect(tokens[1].span.start == SourceLocation(line: 1, column: 4))
    #expect(tokens[4].span.start == SourceLocation(line: 2, column: 3))
  }
}
