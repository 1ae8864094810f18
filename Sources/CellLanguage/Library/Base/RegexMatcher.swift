/// Backtracking matching of a `RegexPattern` against a string's characters, leftmost first,
/// greedy and lazy repetition as PCRE tries them. Every step is counted and charged to the
/// cell's operation budget, so a pathological pattern stops with the budget's error.
final class RegexMatcher {
  typealias Node = RegexPattern.Node

  let pattern: RegexPattern
  let text: [Unicode.Scalar]
  /// Per capture group (index 0 is the whole match): its range of character positions.
  private(set) var captures: [Range<Int>?]
  private var steps = 0
  /// Charges the steps taken so far; throws when the budget is spent.
  private let charge: (Int) throws -> Void

  init(_ pattern: RegexPattern, _ text: [Unicode.Scalar], charge: @escaping (Int) throws -> Void) {
    self.pattern = pattern
    self.text = text
    self.captures = Array(repeating: nil, count: pattern.captureCount + 1)
    self.charge = charge
  }

  /// The first match starting at character position `from` or later.
  func firstMatch(from: Int) throws -> [Range<Int>?]? {
    var start = from
    while start <= text.count {
      captures = Array(repeating: nil, count: pattern.captureCount + 1)
      var end = -1
      if try match(
        pattern.root, start,
        {
          end = $0
          return true
        })
      {
        captures[0] = start..<end
        try settle()
        return captures
      }
      start += 1
    }
    try settle()
    return nil
  }

  private func settle() throws {
    try charge(steps)
    steps = 0
  }

  private func step() throws {
    steps += 1
    if steps >= 4096 { try settle() }
  }

  private func equal(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
    a == b || (pattern.caseless && JuliaChar.lowercase(a) == JuliaChar.lowercase(b))
  }

  /// Whether the single-character node matches the character at `i`.
  private func matchesOne(_ node: Node, _ i: Int) -> Bool? {
    switch node {
    case .scalar(let u): return i < text.count && equal(text[i], u)
    case .any: return i < text.count && (pattern.dotAll || text[i] != "\n")
    case .set(let set): return i < text.count && set.contains(text[i], caseless: pattern.caseless)
    default: return nil
    }
  }

  private func isWord(_ i: Int) -> Bool {
    i >= 0 && i < text.count && RegexPattern.ClassKind.word.contains(text[i])
  }

  /// How deep the backtracking recursion may go: each nested step is a native stack frame.
  static let maximumDepth = 50_000

  /// Thrown when a match nests deeper than `maximumDepth`.
  struct TooDeep: Error {}

  private var depth = 0

  /// Matches `node` at `i`, then the rest (`next`) from where it ends.
  private func match(_ node: Node, _ i: Int, _ next: (Int) throws -> Bool) throws -> Bool {
    try step()
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maximumDepth { throw TooDeep() }
    if let one = matchesOne(node, i) { return try one && next(i + 1) }
    switch node {
    case .empty: return try next(i)
    case .scalar, .any, .set: return false
    case .lineStart:
      return try (i == 0 || (pattern.multiline && text[i - 1] == "\n")) && next(i)
    case .lineEnd:
      let atEnd =
        i == text.count || (i == text.count - 1 && text[i] == "\n")
        || (pattern.multiline && text[i] == "\n")
      return try atEnd && next(i)
    case .textStart: return try i == 0 && next(i)
    case .textEnd: return try i == text.count && next(i)
    case .textEndBeforeNewline:
      return try (i == text.count || (i == text.count - 1 && text[i] == "\n")) && next(i)
    case .wordBoundary(let negated):
      return try ((isWord(i - 1) != isWord(i)) != negated) && next(i)
    case .group(let inner, let capture):
      guard let capture else { return try match(inner, i, next) }
      let saved = captures[capture]
      if try match(
        inner, i,
        { end in
          let before = self.captures[capture]
          self.captures[capture] = i..<end
          if try next(end) { return true }
          self.captures[capture] = before
          return false
        })
      {
        return true
      }
      captures[capture] = saved
      return false
    case .sequence(let items):
      return try matchSequence(items, 0, i, next)
    case .alternation(let branches):
      for branch in branches where try match(branch, i, next) { return true }
      return false
    case .repetition(let inner, let min, let max, let greedy):
      if matchesOne(inner, i) != nil {
        return try repeatOne(inner, i, min, max, greedy, next)
      }
      return try repeatGroup(inner, i, 0, min, max, greedy, next)
    case .backReference(let number):
      guard number < captures.count, let range = captures[number] else { return false }
      let length = range.count
      guard i + length <= text.count else { return false }
      for k in 0..<length where !equal(text[i + k], text[range.lowerBound + k]) { return false }
      return try next(i + length)
    case .lookahead(let inner, let negated):
      let saved = captures
      let found = try match(inner, i, { _ in true })
      if negated { captures = saved }
      return try found != negated && next(i)
    }
  }

  private func matchSequence(
    _ items: [Node], _ k: Int, _ i: Int, _ next: (Int) throws -> Bool
  ) throws -> Bool {
    if k == items.count { return try next(i) }
    return try match(items[k], i) { j in try self.matchSequence(items, k + 1, j, next) }
  }

  /// A repeated single character: count how far it reaches, then try the rest from each length
  /// (longest first when greedy) without recursing per repetition.
  private func repeatOne(
    _ inner: Node, _ i: Int, _ min: Int, _ max: Int?, _ greedy: Bool,
    _ next: (Int) throws -> Bool
  ) throws -> Bool {
    var reach = 0
    let limit = max ?? Int.max
    while reach < limit, matchesOne(inner, i + reach) == true {
      reach += 1
      try step()
    }
    guard reach >= min else { return false }
    if greedy {
      var count = reach
      while count >= min {
        try step()
        if try next(i + count) { return true }
        count -= 1
      }
    } else {
      for count in min...reach {
        try step()
        if try next(i + count) { return true }
      }
    }
    return false
  }

  /// A repeated group: one more repetition, then the rest; an empty repetition ends the loop.
  private func repeatGroup(
    _ inner: Node, _ i: Int, _ count: Int, _ min: Int, _ max: Int?, _ greedy: Bool,
    _ next: (Int) throws -> Bool
  ) throws -> Bool {
    let canStop = count >= min
    let canGo = max.map { count < $0 } ?? true
    func more() throws -> Bool {
      guard canGo else { return false }
      return try match(inner, i) { j in
        if j == i && count >= min { return false }
        return try self.repeatGroup(inner, j, count + 1, min, max, greedy, next)
      }
    }
    if greedy {
      if try more() { return true }
      return try canStop && next(i)
    }
    if try canStop && next(i) { return true }
    return try more()
  }
}
