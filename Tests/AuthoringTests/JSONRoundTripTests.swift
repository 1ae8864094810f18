import Foundation
import Testing

@testable import Authoring

/// Documents that Foundation's JSON writer produces read back as the values written: strings
/// with escapes and every plane of Unicode, numbers, nesting.
@Suite struct JSONRoundTripTests {
  /// A small deterministic generator (SplitMix64), so a failure names a reproducible seed.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
  }

  /// A random value of the kinds JSONSerialization writes, at most `depth` levels deep.
  static func value(_ random: inout Generator, depth: Int) -> Any {
    switch random.below(depth > 0 ? 7 : 5) {
    case 0: return NSNull()
    case 1: return random.below(2) == 0
    case 2: return random.below(2_000_001) - 1_000_000
    case 3: return string(&random)
    case 4: return Double(random.below(1_000_000)) / 64
    case 5: return (0..<random.below(5)).map { _ in value(&random, depth: depth - 1) }
    default:
      var object: [String: Any] = [:]
      for _ in 0..<random.below(5) { object[string(&random)] = value(&random, depth: depth - 1) }
      return object
    }
  }

  static func string(_ random: inout Generator) -> String {
    let pieces = [
      "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{01}", "\u{1F}", "é", "中", "😀", "\u{7F}",
    ]
    return (0..<random.below(8)).map { _ in pieces[random.below(pieces.count)] }.joined()
  }

  /// Whether the node holds `value`.
  static func matches(_ node: JSONNode, _ value: Any) -> Bool {
    switch node.value {
    case .null: return value is NSNull
    case .bool(let flag): return (value as? Bool) == flag
    case .number(let number, _):
      if let integer = value as? Int { return Double(integer) == number }
      return (value as? Double) == number
    case .string(let text): return (value as? String) == text
    case .array(let elements):
      guard let array = value as? [Any], array.count == elements.count else { return false }
      return zip(elements, array).allSatisfy { matches($0, $1) }
    case .object(let members):
      guard let object = value as? [String: Any], object.count == members.count else {
        return false
      }
      return members.allSatisfy { member in
        object[member.key].map { matches(member.value, $0) } ?? false
      }
    }
  }

  @Test(arguments: 1...200)
  func foundationsJSONReadsBackAsWritten(_ seed: Int) throws {
    var random = Generator(state: UInt64(seed))
    let document: [String: Any] = ["value": Self.value(&random, depth: 4)]
    let options: JSONSerialization.WritingOptions =
      seed.isMultiple(of: 2) ? [.prettyPrinted, .sortedKeys] : [.withoutEscapingSlashes]
    let data = try JSONSerialization.data(withJSONObject: document, options: options)
    let node = try JSONReader.read([UInt8](data))
    #expect(Self.matches(node, document), "\(String(decoding: data, as: UTF8.self))")
  }
}
