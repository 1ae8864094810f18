/// Deterministic pseudo-random Markdown documents made of the tokens Markdown cares about.
enum RandomCorpus {
  /// SplitMix64 (Steele, Lea and Flood, 2014): a small seeded generator, so every run tests the
  /// same documents.
  struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let tokens = [
    "word", "other", "x", " ", " ", "  ", "\t", "\n", "\n", "\n\n", "*", "**", "_", "__", "`",
    "``", "[", "]", "](", "(", ")", "![", "<", ">", "> ", "- ", "* ", "+ ", "1. ", "2) ", "#",
    "## ", "    ", "```", "~~~", "---", "===", "\\", "&amp;", "&#42;", "&nope;", "\"", "'",
    "<div>", "</div>", "<span>", "<!--", "-->", "http://a.b/c", "<http://x.y>", "[ref]",
    "[ref]: /url \"t\"\n", "é", "日本", "😀", "\u{00A0}", ":", "|", "!", "=", "-", "{julia}",
  ]

  /// `count` documents of up to `maximumLength` tokens (`tokens` and `extraTokens`) from the
  /// generator seeded with `seed`.
  static func documents(
    count: Int, maximumLength: Int, seed: UInt64, extraTokens: [String] = []
  ) -> [String] {
    var generator = SplitMix64(state: seed)
    let vocabulary = tokens + extraTokens
    return (0..<count).map { _ in
      let length = Int.random(in: 1...maximumLength, using: &generator)
      return (0..<length).map { _ in vocabulary.randomElement(using: &generator) ?? "" }.joined()
    }
  }
}
