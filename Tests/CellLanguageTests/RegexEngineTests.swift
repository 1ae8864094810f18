import Foundation
import Testing

@testable import CellLanguage

/// sitegen's regex engine against Foundation's (ICU's) on ASCII patterns and subjects, where
/// ICU and PCRE agree: the leftmost match, its extent and every group's, for greedy and lazy
/// repetition, alternation, classes, anchors, word boundaries, back references and lookahead.
@Suite struct RegexEngineTests {
  static let patterns = [
    #"a(b+)c"#, #"\d+"#, #"[a-e]+@[a-e]+\.x"#, #"(ab|cd)*e"#, #"x*?y"#, #"^\s*\w+"#,
    #"(\w+) \1"#, #"a{2,3}"#, #"\bab\b"#, #"(?:a|b)+c"#, #"a(?=b)"#, #"a(?!b)"#,
    #"(a|ab)(c|bcd)(d*)"#,
    #"[^ ]+$"#, #"(a*)(b*)"#, #"(.)(.)\2\1"#, #"\D\W?\S"#, #"y.*?x"#, #"(a+|b+)*c"#, #"[\d.]+"#,
  ]

  /// Subjects over a small alphabet, from a fixed generator.
  static func subjects(_ count: Int) -> [String] {
    let alphabet = Array("abcdexy 1.@")
    var state: UInt64 = 0x5DEE_CE66_D123_4567
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 60)
      return String(
        (0..<length).map { k in
          alphabet[Int((state >> UInt64(k * 3 % 56)) & 0xff) % alphabet.count]
        })
    }
  }

  /// ICU's first match: the ranges of the match and of each group (nil when not taking part).
  static func icu(_ pattern: String, _ subject: String) throws -> [Range<Int>?]? {
    let regex = try NSRegularExpression(pattern: pattern)
    let range = NSRange(subject.startIndex..., in: subject)
    guard let match = regex.firstMatch(in: subject, range: range) else { return nil }
    return (0..<match.numberOfRanges).map { k in
      let r = match.range(at: k)
      return r.location == NSNotFound ? nil : r.location..<(r.location + r.length)
    }
  }

  static func sitegen(_ pattern: String, _ subject: String) throws -> [Range<Int>?]? {
    let compiled = try RegexPattern(pattern, flags: "")
    let matcher = RegexMatcher(compiled, Array(subject.unicodeScalars)) { _ in }
    return try matcher.firstMatch(from: 0)
  }

  @Test(arguments: patterns)
  func firstMatchAgreesWithICU(_ pattern: String) throws {
    for subject in Self.subjects(300) {
      let expected = try Self.icu(pattern, subject)
      let actual = try Self.sitegen(pattern, subject)
      #expect(actual == expected, "\(pattern) on \(subject.debugDescription)")
    }
  }

  @Test func pathologicalPatternIsStoppedByTheBudget() throws {
    let compiled = try RegexPattern(#"(a*)*b"#, flags: "")
    var spent = 0
    struct Spent: Error {}
    let matcher = RegexMatcher(compiled, Array(String(repeating: "a", count: 30).unicodeScalars)) {
      spent += $0
      if spent > 1_000_000 { throw Spent() }
    }
    #expect(throws: Spent.self) { try matcher.firstMatch(from: 0) }
  }
}
