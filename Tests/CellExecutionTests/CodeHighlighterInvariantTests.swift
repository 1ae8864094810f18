import CellExecution
import SiteModel
import Testing

/// Whatever a fenced block holds, the tokenizers of the languages shown beside Julia give
/// tokens in order, not overlapping, inside the code, and starting and ending between
/// characters: what the HTML renderer relies on.
@Suite struct CodeHighlighterInvariantTests {
  static let languages = ["sh", "console", "python", "swift", "yaml", "toml", "json"]

  /// Pieces of every language's syntax, unfinished ones included, and multi-byte characters.
  static let pieces = [
    "\"", "'", "\"\"\"", "'''", "#\"", "\"#", "#", "//", "/*", "*/", "\\", "$", "${", "}", "{",
    "[", "]", "[[", ",", ":", ": ", "=", "- ", "---", "|", ">", "&", ";", "(", ")", "@", "!",
    "1", "1e-5", "0x1F", "-0.5", ".", "true", "null", "def", "func", "for", "in", "do", "key",
    "x", " ", "  ", "\t", "\n", "\n  ", "\r\n", "é", "中", "😀", "$ ", "~", "*", "+",
  ]

  /// A small deterministic generator (SplitMix64), so a failure names a reproducible seed.
  struct Generator {
    var state: UInt64
    mutating func below(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(bound))
    }
  }

  @Test(arguments: languages) func tokensAreOrderedAndWithinTheCode(language: String) throws {
    var random = Generator(state: 7)
    for seed in 0..<400 {
      let code = (0..<random.below(40)).map { _ in Self.pieces[random.below(Self.pieces.count)] }
        .joined()
      let highlighted = try #require(Highlighter.highlight(code, language: language))
      #expect(highlighted.code == code)
      let bytes = Array(code.utf8)
      var end = 0
      for token in highlighted.tokens {
        let fine =
          token.start >= end && token.start < token.end && token.end <= bytes.count
          && (token.start == bytes.count || bytes[token.start] & 0xC0 != 0x80)
          && (token.end == bytes.count || bytes[token.end] & 0xC0 != 0x80)
        #expect(fine, "seed \(seed), \(language): \(token) in \(code.debugDescription)")
        if !fine { return }
        end = token.end
      }
    }
  }

  @Test func otherLanguagesAreNotHighlighted() {
    #expect(Highlighter.highlight("x = 1", language: "ruby") == nil)
    #expect(Highlighter.highlight("x = 1", language: "") == nil)
  }
}
