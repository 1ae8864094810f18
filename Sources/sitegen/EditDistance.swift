/// How far apart two names are, to suggest the name a mistyped one meant.
enum EditDistance {
  /// The optimal-string-alignment distance (restricted Damerau–Levenshtein): the fewest
  /// insertions, deletions, substitutions and swaps of two adjacent characters that turn `a`
  /// into `b`, no substring edited twice. `biuld` → `build` is 1, `--no-cach` → `--no-cache` is 1.
  static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows of the table: distances between prefixes of `a` (rows) and of `b` (columns).
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution)
        if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
          best = min(best, beforePrevious[j - 2] + 1)
        }
        current[j] = best
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }

  /// The candidate closest to `name`, if one is close enough to be a likely typo: at most a
  /// third of the name's letters off (at least one, at most three), leading dashes aside.
  /// Ties go to the candidate listed first.
  static func closest(to name: String, among candidates: [String]) -> String? {
    let letters = name.drop { $0 == "-" }.count
    let allowed = max(1, min(3, letters / 3))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = between(name, candidate)
      if distance <= allowed && distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }
}
