/// A varied corpus of Markdown snippets built by combining inline fragments with block shapes,
/// for comparing the renderer with libcmark beyond the specification's examples.
enum GeneratedCorpus {
  /// Inline content: emphasis, links with titles, entities, Unicode, tabs, raw HTML, breaks.
  static let inlineFragments = [
    "plain words",
    "*em* and **strong** and ***both***",
    "_under_score_ and __strong__",
    "`code` and `` a ` b `` spans",
    #"[link](/url "title") and [other](<a b> 'single') and [p](/x (paren))"#,
    #"![img *alt*](/p.png "t") and ![a ![b](c)](d)"#,
    #"<span class="x">raw</span> <!-- c --> <?pi?>"#,
    "&amp; &copy; &#35; &#x22; &bogus; &nbsp;",
    "ünïcödé — 日本語 😀 Ωmega",
    #"a\*b\_c \<not html\> \\ \` \["#,
    "line  \nbreak and back\\\nslash",
    "<http://example.com/a?b=c&d=e> and <me@example.com>",
    #"a < b > c " ' & d"#,
    "tab\there\tand\tthere",
    "[ref link][Ref] and [Ref] and [missing]",
    #"[t](/u?q="x"&y='z') [u](/ä) [v](/%20%zz) <http://ü.example/é>"#,
    "**bold *nested em* bold**",
    "*a **b** c* d**e**f",
    "trailing spaces   ",
    "1\\. not a list",
  ]

  /// Block shapes; `X` stands for the inline fragment.
  static let blockShapes = [
    "X",
    "# X",
    "###### X #####",
    "X\n===",
    "X\n---",
    "> X",
    "> X\n> > X\nlazy X",
    "- X",
    "- X\n- X\n\n- X",
    "1. X\n2. X",
    "7) X\n8) X",
    "- X\n  - X\n    - X\n  - X",
    "* X\n\n  X\n* X",
    "1. X\n\n   > X\n\n2. X",
    "    X",
    "\tX",
    "```\nX\n```",
    "```lang extra\nX\n```",
    "~~~ {julia}\nX\n~~~",
    "<div>\nX\n</div>",
    "<div>\n\nX\n\n</div>",
    "X\n\n***\n\nX",
    "- X\n\n      X",
    "-\tX",
    "> - X\n>   X",
    "[Ref]: /ref-url \"Ref Title\"\n\nX",
  ]

  /// Every fragment in every shape, every pair of shapes, and every ASCII byte in URLs.
  static var snippets: [(label: String, markdown: String)] {
    var result: [(label: String, markdown: String)] = []
    for (shapeIndex, shape) in blockShapes.enumerated() {
      for (fragmentIndex, fragment) in inlineFragments.enumerated() {
        result.append(
          (
            "shape \(shapeIndex) × fragment \(fragmentIndex)",
            shape.replacingAll("X", with: fragment) + "\n"
          ))
      }
    }
    for (first, a) in blockShapes.enumerated() {
      for (second, b) in blockShapes.enumerated() {
        let one = a.replacingAll("X", with: "one")
        let two = b.replacingAll("X", with: "two")
        result.append(("shapes \(first)+\(second)", one + "\n" + two + "\n"))
        result.append(("shapes \(first)/\(second)", one + "\n\n" + two))
      }
    }
    for byte in UInt8(0x21)...UInt8(0x7E) {
      let character = String(UnicodeScalar(byte))
      result.append(("href byte \(byte)", "[x](a\(character)b) <xy:a\(character)b>\n"))
      result.append(("title byte \(byte)", "[x](/u \"a\(character)b\") ![\(character)](/i)\n"))
    }
    return result
  }
}

extension String {
  /// This string with every occurrence of `target` replaced.
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
