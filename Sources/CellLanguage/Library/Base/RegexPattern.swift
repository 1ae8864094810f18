/// A compiled regular expression: the part of PCRE's syntax tutorials use, read into a tree.
/// Julia 1.0 compiles its `Regex` with PCRE's UTF and UCP options (`base/regex.jl`), so `\w`,
/// `\d`, `\s` and case-insensitive matching are Unicode-aware and the pattern works on
/// characters (code points). Syntax outside the subset is refused, never guessed at.
struct RegexPattern {
  /// One node of the pattern.
  indirect enum Node {
    case empty
    case scalar(Unicode.Scalar)
    /// `.`: any character but newline (any at all with the `s` flag).
    case any
    case set(CharacterSet)
    /// `^` (start, or after a newline with `m`), `$` (end or before a final newline; before any
    /// newline with `m`), `\A`, `\z`, `\Z`.
    case lineStart, lineEnd, textStart, textEnd, textEndBeforeNewline
    case wordBoundary(negated: Bool)
    case group(Node, capture: Int?)
    case sequence([Node])
    case alternation([Node])
    case repetition(Node, min: Int, max: Int?, greedy: Bool)
    case backReference(Int)
    case lookahead(Node, negated: Bool)
  }

  /// A bracketed class or class escape: ranges and named classes, possibly negated.
  struct CharacterSet {
    var ranges: [ClosedRange<UInt32>] = []
    var classes: [(ClassKind, Bool)] = []
    var negated = false

    func contains(_ u: Unicode.Scalar, caseless: Bool) -> Bool {
      var found = matches(u)
      if !found, caseless {
        found = matches(JuliaChar.lowercase(u)) || matches(JuliaChar.uppercase(u))
      }
      return found != negated
    }

    private func matches(_ u: Unicode.Scalar) -> Bool {
      ranges.contains { $0.contains(u.value) } || classes.contains { $0.0.contains(u) != $0.1 }
    }
  }

  /// `\d`, `\w`, `\s` under PCRE's UCP option.
  enum ClassKind {
    case digit, word, space

    func contains(_ u: Unicode.Scalar) -> Bool {
      switch self {
      case .digit: return u.properties.generalCategory == .decimalNumber
      case .word:
        if u == "_" { return true }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
          .decimalNumber, .letterNumber, .otherNumber:
          return true
        default: return false
        }
      case .space:
        return (0x09...0x0D).contains(u.value) || u == " " || u.value == 0x85
          || u.properties.generalCategory == .spaceSeparator
          || u.properties.generalCategory == .lineSeparator
          || u.properties.generalCategory == .paragraphSeparator
      }
    }
  }

  let source: String
  let flags: String
  let root: Node
  /// How many capturing groups, and the names of the named ones by number.
  let captureCount: Int
  let captureNames: [Int: String]
  var caseless: Bool { flags.contains("i") }
  var multiline: Bool { flags.contains("m") }
  var dotAll: Bool { flags.contains("s") }

  /// Why a pattern is refused: a message and the offending part's character offset.
  struct Failure: Error {
    let message: String
  }

  /// Compiles `source` with Julia's flags (`i`, `m`, `s`).
  init(_ source: String, flags: String) throws {
    for flag in flags where !"ims".contains(flag) {
      throw Failure(message: "the regex flag \"\(flag)\"")
    }
    self.source = source
    self.flags = flags
    var parser = Parser(Array(source.unicodeScalars))
    root = try parser.parseAlternation()
    if parser.index < parser.scalars.count {
      throw Failure(message: "the regex \(Self.describe(parser.scalars[parser.index])) here")
    }
    captureCount = parser.captureCount
    captureNames = parser.names
  }

  static func describe(_ u: Unicode.Scalar) -> String { "\"\(Character(u))\"" }

  /// Reads the pattern: alternation := sequence ("|" sequence)*.
  private struct Parser {
    let scalars: [Unicode.Scalar]
    var index = 0
    var captureCount = 0
    var names: [Int: String] = [:]

    init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    mutating func parseAlternation() throws -> Node {
      var branches = [try parseSequence()]
      while current == "|" {
        index += 1
        branches.append(try parseSequence())
      }
      return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    /// sequence := (atom quantifier?)*
    mutating func parseSequence() throws -> Node {
      var items: [Node] = []
      while let c = current, c != "|", c != ")" {
        let atom = try parseAtom()
        items.append(try parseQuantifier(atom))
      }
      return items.count == 1 ? items[0] : items.isEmpty ? .empty : .sequence(items)
    }

    mutating func parseQuantifier(_ atom: Node) throws -> Node {
      var node = atom
      while let c = current {
        var range: (Int, Int?)
        switch c {
        case "*": range = (0, nil)
        case "+": range = (1, nil)
        case "?": range = (0, 1)
        case "{":
          guard let bounds = readBounds() else { return node }
          range = bounds
        default: return node
        }
        index += 1
        var greedy = true
        if current == "?" {
          greedy = false
          index += 1
        } else if current == "+" {
          throw Failure(message: "the possessive regex quantifier \"\(Character(c))+\"")
        }
        if case .repetition = node {
          throw Failure(message: "a regex quantifier applied to a quantifier")
        }
        node = .repetition(node, min: range.0, max: range.1, greedy: greedy)
      }
      return node
    }

    /// `{n}`, `{n,}`, `{n,m}` at `index` (leaves `index` on the closing brace), or nil when the
    /// brace is a literal, as PCRE reads it.
    mutating func readBounds() -> (Int, Int?)? {
      var cursor = index + 1
      func number() -> Int? {
        var digits = ""
        while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) {
          digits.unicodeScalars.append(scalars[cursor])
          cursor += 1
        }
        return Int(digits)
      }
      guard let low = number() else { return nil }
      var high: Int? = low
      if cursor < scalars.count, scalars[cursor] == "," {
        cursor += 1
        high = number()
      }
      guard cursor < scalars.count, scalars[cursor] == "}" else { return nil }
      if let high, high < low { return nil }
      index = cursor
      return (low, high)
    }

    mutating func parseAtom() throws -> Node {
      guard let c = current else { return .empty }
      index += 1
      switch c {
      case ".": return .any
      case "^": return .lineStart
      case "$": return .lineEnd
      case "[": return .set(try parseClass())
      case "(": return try parseGroup()
      case "\\": return try parseEscape()
      case "*", "+", "?":
        throw Failure(message: "a regex quantifier \"\(Character(c))\" with nothing to repeat")
      default: return .scalar(c)
      }
    }

    mutating func parseGroup() throws -> Node {
      var capture: Int?
      if current == "?" {
        index += 1
        let next = current
        index += 1
        switch next {
        case ":": capture = nil
        case "=", "!":
          let inner = try parseAlternation()
          try close()
          return .lookahead(inner, negated: next == "!")
        case "<" where current != "=" && current != "!", "P" where current == "<":
          if next == "P" { index += 1 }
          var name = ""
          while let u = current, u != ">" {
            name.unicodeScalars.append(u)
            index += 1
          }
          index += 1
          captureCount += 1
          capture = captureCount
          names[captureCount] = name
        default:
          var opening = next.map { String(Character($0)) } ?? ""
          if next == "<", let u = current { opening.unicodeScalars.append(u) }
          throw Failure(message: "the regex group \"(?\(opening)\"")
        }
      } else {
        captureCount += 1
        capture = captureCount
      }
      let inner = try parseAlternation()
      try close()
      return .group(inner, capture: capture)
    }

    mutating func close() throws {
      guard current == ")" else { throw Failure(message: "a regex group without its \")\"") }
      index += 1
    }

    mutating func parseEscape() throws -> Node {
      guard let c = current else { throw Failure(message: "a regex ending in \"\\\"") }
      index += 1
      switch c {
      case "d", "w", "s", "D", "W", "S":
        var set = CharacterSet()
        set.classes = [(Self.kind(c), c.properties.isUppercase)]
        return .set(set)
      case "b": return .wordBoundary(negated: false)
      case "B": return .wordBoundary(negated: true)
      case "A": return .textStart
      case "z": return .textEnd
      case "Z": return .textEndBeforeNewline
      case "1"..."9":
        var number = Int(c.value - 48)
        while let d = current, ("0"..."9").contains(d),
          number * 10 + Int(d.value - 48) <= captureCount
        {
          number = number * 10 + Int(d.value - 48)
          index += 1
        }
        return .backReference(number)
      default:
        return .scalar(try literalEscape(c))
      }
    }

    static func kind(_ c: Unicode.Scalar) -> ClassKind {
      switch c {
      case "d", "D": return .digit
      case "w", "W": return .word
      default: return .space
      }
    }

    /// The character an escape such as `\n`, `\.`, `\x41`, `\u00e9` stands for.
    mutating func literalEscape(_ c: Unicode.Scalar) throws -> Unicode.Scalar {
      switch c {
      case "n": return "\n"
      case "t": return "\t"
      case "r": return "\r"
      case "f": return "\u{0C}"
      case "v": return "\u{0B}"
      case "e": return "\u{1B}"
      case "a": return "\u{07}"
      case "0": return "\0"
      case "x", "u":
        var digits = ""
        let braced = current == "{"
        if braced { index += 1 }
        let most = braced ? 8 : (c == "x" ? 2 : 4)
        while let d = current, d.properties.isASCIIHexDigit, digits.count < most {
          digits.unicodeScalars.append(d)
          index += 1
        }
        if braced {
          guard current == "}" else { throw Failure(message: "the regex escape \"\\\(c){\"") }
          index += 1
        }
        guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
          throw Failure(message: "the regex escape \"\\\(c)\(digits)\"")
        }
        return scalar
      default:
        if c.properties.isAlphabetic || ("0"..."9").contains(c) {
          throw Failure(message: "the regex escape \"\\\(Character(c))\"")
        }
        return c
      }
    }

    /// class := "[" "^"? item+ "]", item := char ("-" char)? | escape.
    mutating func parseClass() throws -> CharacterSet {
      var set = CharacterSet()
      if current == "^" {
        set.negated = true
        index += 1
      }
      var first = true
      while true {
        guard let c = current else { throw Failure(message: "a regex class without its \"]\"") }
        if c == "]", !first {
          index += 1
          return set
        }
        first = false
        index += 1
        var low: Unicode.Scalar
        if c == "[", current == ":" {
          throw Failure(message: "the POSIX class syntax \"[:\" in a regex")
        }
        if c == "\\" {
          guard let e = current else { throw Failure(message: "a regex ending in \"\\\"") }
          index += 1
          if "dwsDWS".unicodeScalars.contains(e) {
            set.classes.append((Self.kind(e), e.properties.isUppercase))
            continue
          }
          if e == "b" {
            low = "\u{08}"
          } else {
            low = try literalEscape(e)
          }
        } else {
          low = c
        }
        if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
          index += 1
          guard var high = current else { break }
          index += 1
          if high == "\\" {
            guard let e = current else { break }
            index += 1
            high = try literalEscape(e)
          }
          guard low.value <= high.value else {
            throw Failure(message: "the regex range out of order")
          }
          set.ranges.append(low.value...high.value)
        } else {
          set.ranges.append(low.value...low.value)
        }
      }
      throw Failure(message: "a regex class without its \"]\"")
    }
  }
}
