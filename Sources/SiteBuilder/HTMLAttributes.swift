/// The attributes of an HTML document's start tags, read the way an HTML tokenizer reads them
/// (WHATWG HTML, §13.2.5): double-quoted, single-quoted and unquoted values, names in any case,
/// character references decoded; nothing inside comments, CDATA sections, doctypes, end tags,
/// or the raw text of `script`, `style`, `textarea` and `title` counts.
enum HTMLAttributes {
  /// Every attribute named in `names` (lowercase), in document order, with its value.
  static func values(of names: Set<String>, in html: String) -> [(name: String, value: String)] {
    var html = html
    return html.withUTF8 { bytes in
      var scanner = Scanner(bytes: bytes, names: names)
      return scanner.run()
    }
  }

  /// Every value of the attribute `name` (lowercase).
  static func values(of name: String, in html: String) -> [String] {
    values(of: [name], in: html).map(\.value)
  }

  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let names: Set<String>
    var position = 0
    var found: [(name: String, value: String)] = []

    init(bytes: UnsafeBufferPointer<UInt8>, names: Set<String>) {
      self.bytes = bytes
      self.names = names
    }

    mutating func run() -> [(name: String, value: String)] {
      while let open = firstIndex(of: UInt8(ascii: "<"), from: position) {
        position = open + 1
        if starts(with: "!--") {
          position = end(of: "-->", from: position + 3)
        } else if starts(with: "![CDATA[") {
          position = end(of: "]]>", from: position + 8)
        } else if let byte = peek,
          byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            || byte == UInt8(ascii: "/")
        {
          position = end(of: ">", from: position)
        } else if let byte = peek, Self.isLetter(byte) {
          let tag = startTag()
          if ["script", "style", "textarea", "title"].contains(tag) {
            position = rawTextEnd(tag)
          }
        }
      }
      return found
    }

    /// Reads a start tag after its `<`: its name (lowercase), recording wanted attributes.
    private mutating func startTag() -> String {
      let tag = lowercased(
        readWhile { !Self.isSpace($0) && $0 != Self.slash && $0 != Self.greater })
      while position < bytes.count {
        skip { Self.isSpace($0) || $0 == Self.slash }
        guard let byte = peek, byte != Self.greater else {
          position += 1
          break
        }
        // A name's first character may be `=` (the tokenizer takes it as part of the name).
        let start = position
        position += 1
        _ = readWhile {
          !Self.isSpace($0) && $0 != Self.slash && $0 != Self.greater && $0 != Self.equals
        }
        let name = lowercased(start..<position)
        skip(Self.isSpace)
        var value = ""
        if peek == Self.equals {
          position += 1
          skip(Self.isSpace)
          value = attributeValue()
        }
        if names.contains(name) { found.append((name, HTMLAttributes.decodingReferences(value))) }
      }
      return tag
    }

    private mutating func attributeValue() -> String {
      guard let quote = peek else { return "" }
      if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
        position += 1
        let range = readWhile { $0 != quote }
        position = min(position + 1, bytes.count)
        return text(range)
      }
      return text(readWhile { !Self.isSpace($0) && $0 != Self.greater })
    }

    /// Where the raw text of `tag` ends: after its end tag (any case), or at the end.
    private func rawTextEnd(_ tag: String) -> Int {
      let closing = Array(("</" + tag).utf8)
      var index = position
      while let open = firstIndex(of: UInt8(ascii: "<"), from: index) {
        if open + closing.count <= bytes.count,
          (0..<closing.count).allSatisfy({ Self.lower(bytes[open + $0]) == closing[$0] })
        {
          return end(of: ">", from: open + closing.count)
        }
        index = open + 1
      }
      return bytes.count
    }

    // MARK: Bytes

    private static let slash = UInt8(ascii: "/")
    private static let greater = UInt8(ascii: ">")
    private static let equals = UInt8(ascii: "=")

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func starts(with prefix: String) -> Bool {
      var index = position
      for byte in prefix.utf8 {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
      }
      return true
    }

    private func firstIndex(of byte: UInt8, from start: Int) -> Int? {
      var index = start
      while index < bytes.count {
        if bytes[index] == byte { return index }
        index += 1
      }
      return nil
    }

    /// The position just after the first `terminator` from `start`, or the end.
    private func end(of terminator: String, from start: Int) -> Int {
      let pattern = Array(terminator.utf8)
      var index = start
      while index + pattern.count <= bytes.count {
        if (0..<pattern.count).allSatisfy({ bytes[index + $0] == pattern[$0] }) {
          return index + pattern.count
        }
        index += 1
      }
      return bytes.count
    }

    private mutating func readWhile(_ keep: (UInt8) -> Bool) -> Range<Int> {
      let start = position
      while position < bytes.count, keep(bytes[position]) { position += 1 }
      return start..<position
    }

    private mutating func skip(_ predicate: (UInt8) -> Bool) {
      _ = readWhile(predicate)
    }

    private func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func lowercased(_ range: Range<Int>) -> String {
      String(decoding: bytes[range].map(Self.lower), as: UTF8.self)
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
      byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
      (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// HTML's whitespace between attributes: tab, line feed, form feed, carriage return, space.
    private static func isSpace(_ byte: UInt8) -> Bool {
      byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
    }
  }

  /// The character references of an attribute value decoded: numeric ones, and the named ones
  /// a URL or an id can hold (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`); others are kept.
  static func decodingReferences(_ value: String) -> String {
    guard value.contains("&") else { return value }
    var result = ""
    var rest = value[...]
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      rest = rest[ampersand...]
      guard let semicolon = rest.firstIndex(of: ";") else { break }
      let name = rest[rest.index(after: rest.startIndex)..<semicolon]
      if let character = reference(name) {
        result.append(character)
        rest = rest[rest.index(after: semicolon)...]
      } else {
        result.append("&")
        rest = rest.dropFirst()
      }
    }
    return result + rest
  }

  private static func reference(_ name: Substring) -> Character? {
    switch name {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default:
      guard name.hasPrefix("#") else { return nil }
      let digits = name.dropFirst()
      let code =
        digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      return code.flatMap(Unicode.Scalar.init).map(Character.init)
    }
  }
}
