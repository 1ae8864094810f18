/// Makes GitHub-style heading ids, unique within one page.
///
/// The slug of a heading's text: lower-cased; every character that is not a letter, mark,
/// number, connector punctuation (such as `_`), space or `-` dropped; each space turned into
/// `-`. A slug already used gets `-1`, `-2`, … (the rule of GitHub's `github-slugger`).
struct HeadingSlugger {
  /// For each base slug, how many times it has been asked for beyond the first.
  private var repeats: [String: Int] = [:]
  private var used: Set<String> = []

  /// The slug of `text`, GitHub's way, without de-duplication. Empty text gives `section`.
  static func slug(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      if scalar == " " {
        result.append("-")
      } else if scalar == "-" || isKept(scalar) {
        result.append(scalar)
      }
    }
    return result.isEmpty ? "section" : String(result)
  }

  private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
    keptCategories.contains(scalar.properties.generalCategory)
  }

  /// Letters, marks, numbers and connector punctuation: what `github-slugger` keeps.
  private static let keptCategories: Set<Unicode.GeneralCategory> = [
    .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
    .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
    .connectorPunctuation,
  ]

  /// The slug of `text`, made unique among the slugs this slugger has returned.
  mutating func uniqueSlug(for text: String) -> String {
    let base = Self.slug(text)
    var candidate = base
    while used.contains(candidate) {
      let count = (repeats[base] ?? 0) + 1
      repeats[base] = count
      candidate = "\(base)-\(count)"
    }
    used.insert(candidate)
    return candidate
  }

  /// Takes `id` as written (a heading's `{#sec-…}` label), so that no later slug repeats it.
  mutating func claim(_ id: String) -> String {
    used.insert(id)
    return id
  }
}
