/// Reading an HTML document's UTF-8 bytes the way an HTML tokenizer does (WHATWG HTML,
/// §13.2.5), shared by the readers of built pages (`HTMLAttributes`, the search index's
/// `SearchText`): a reader keeps the bytes and its position; these move through them.
protocol HTMLByteReading {
  var bytes: UnsafeBufferPointer<UInt8> { get }
  var position: Int { get set }
}

extension HTMLByteReading {
  static var slash: UInt8 { UInt8(ascii: "/") }
  static var greater: UInt8 { UInt8(ascii: ">") }
  static var equals: UInt8 { UInt8(ascii: "=") }

  var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

  /// Reads a start tag after its `<`: returns its name (lowercase) and whether it ends with
  /// `/>`, and hands each attribute to `attribute` (name lowercase, value as written, its
  /// character references not decoded), in order. With `attribute` nil the attributes are
  /// stepped over without being copied (a reader skipping a drawing's many path attributes).
  mutating func startTag(_ attribute: ((_ name: String, _ value: String) -> Void)?) -> (
    name: String, selfClosing: Bool
  ) {
    let name = lowercased(
      readWhile { !Self.isSpace($0) && $0 != Self.slash && $0 != Self.greater })
    var selfClosing = false
    while position < bytes.count {
      let beforeSpace = position
      skip { Self.isSpace($0) || $0 == Self.slash }
      guard let byte = peek, byte != Self.greater else {
        // `/>` ends a self-closing tag (foreign elements, and XHTML's void elements).
        selfClosing = position > beforeSpace && bytes[position - 1] == Self.slash
        position += 1
        break
      }
      // A name's first character may be `=` (the tokenizer takes it as part of the name).
      let start = position
      position += 1
      _ = readWhile {
        !Self.isSpace($0) && $0 != Self.slash && $0 != Self.greater && $0 != Self.equals
      }
      guard let attribute else {
        skip(Self.isSpace)
        if peek == Self.equals {
          position += 1
          skip(Self.isSpace)
          _ = attributeValueRange()
        }
        continue
      }
      let attributeName = lowercased(start..<position)
      skip(Self.isSpace)
      var value = ""
      if peek == Self.equals {
        position += 1
        skip(Self.isSpace)
        value = string(attributeValueRange())
      }
      attribute(attributeName, value)
    }
    return (name, selfClosing)
  }

  /// Where an attribute's value after its `=` lies: double-quoted, single-quoted or unquoted.
  mutating func attributeValueRange() -> Range<Int> {
    guard let quote = peek else { return position..<position }
    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      position += 1
      let range = readWhile { $0 != quote }
      position = min(position + 1, bytes.count)
      return range
    }
    return readWhile { !Self.isSpace($0) && $0 != Self.greater }
  }

  /// Where the raw text of `tag` ends: after its end tag (any case), or at the end.
  func rawTextEnd(_ tag: String) -> Int {
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

  func starts(with prefix: String) -> Bool {
    var index = position
    for byte in prefix.utf8 {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
    }
    return true
  }

  func firstIndex(of byte: UInt8, from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      if bytes[index] == byte { return index }
      index += 1
    }
    return nil
  }

  /// The position just after the first `terminator` from `start`, or the end.
  func end(of terminator: String, from start: Int) -> Int {
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

  mutating func readWhile(_ keep: (UInt8) -> Bool) -> Range<Int> {
    let start = position
    while position < bytes.count, keep(bytes[position]) { position += 1 }
    return start..<position
  }

  mutating func skip(_ predicate: (UInt8) -> Bool) {
    _ = readWhile(predicate)
  }

  /// The bytes of `range` as a string.
  func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  func lowercased(_ range: Range<Int>) -> String {
    String(decoding: bytes[range].map(Self.lower), as: UTF8.self)
  }

  static func lower(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// HTML's white space: tab, line feed, form feed, carriage return, space.
  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
  }
}
