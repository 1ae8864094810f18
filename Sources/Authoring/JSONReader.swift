import SourcePositions

/// Reads a JSON text (RFC 8259) into ``JSONNode``s that keep their places: the one reader of
/// Jupyter notebooks. The first problem ends the reading and is reported at its line and column
/// (UTF-8 byte columns, as every sitegen diagnostic counts them).
package struct JSONReader {
  /// How deep arrays and objects may nest: deeper input is refused rather than read on a
  /// growing stack.
  package static let maximumDepth = 512

  private let bytes: [UInt8]
  private let lines: LineIndex
  private var offset = 0
  private var depth = 0

  private init(_ bytes: [UInt8]) {
    self.bytes = bytes
    lines = LineIndex(bytes)
  }

  /// Reads the one JSON value `bytes` hold (a UTF-8 byte order mark before it is skipped).
  /// - Throws: `LocatedError` at the first byte that is not valid UTF-8 or not JSON.
  package static func read(_ bytes: [UInt8]) throws(LocatedError) -> JSONNode {
    var reader = JSONReader(bytes)
    try reader.checkUTF8()
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.offset = 3 }
    reader.skipWhiteSpace()
    let node = try reader.value()
    reader.skipWhiteSpace()
    if reader.offset < bytes.count {
      throw reader.error("unexpected text after the JSON value")
    }
    return node
  }

  /// Reads the one JSON value of `text`.
  package static func read(_ text: String) throws(LocatedError) -> JSONNode {
    try read(Array(text.utf8))
  }

  // MARK: - Values

  /// value = object / array / string / number / true / false / null
  private mutating func value() throws(LocatedError) -> JSONNode {
    guard offset < bytes.count else {
      throw error("the text ends where a value was expected")
    }
    let start = offset
    let value: JSONValue
    switch bytes[offset] {
    case UInt8(ascii: "{"): value = try object()
    case UInt8(ascii: "["): value = try array()
    case UInt8(ascii: "\""): value = .string(try string())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = try number()
    case UInt8(ascii: "t"): value = try literal("true", .bool(true))
    case UInt8(ascii: "f"): value = try literal("false", .bool(false))
    case UInt8(ascii: "n"): value = try literal("null", .null)
    case let byte where isLetter(byte):
      throw notAWord()
    default:
      throw error("\(describeHere()) where a value was expected")
    }
    return JSONNode(value, at: range(from: start))
  }

  /// object = `{` [ member *( `,` member ) ] `}`; member = string `:` value
  private mutating func object() throws(LocatedError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    offset += 1
    var members: [JSONMember] = []
    var keys = Set<String>()
    var lastComma = offset
    skipWhiteSpace()
    if peek(UInt8(ascii: "}")) {
      offset += 1
      return .object([])
    }
    while true {
      skipWhiteSpace()
      guard peek(UInt8(ascii: "\"")) else {
        if peek(UInt8(ascii: "}")) && !members.isEmpty {
          throw LocatedError(
            "a comma before '}' is not JSON (no trailing commas)", at: location(of: lastComma))
        }
        throw error(
          "\(describeHere()) where an object key (a string in double quotes) was expected")
      }
      let keyStart = offset
      let key = try string()
      let keyRange = range(from: keyStart)
      guard keys.insert(key).inserted else {
        throw LocatedError("the key \"\(key)\" appears twice in this object", at: keyRange)
      }
      skipWhiteSpace()
      guard peek(UInt8(ascii: ":")) else {
        throw error("\(describeHere()) where ':' after the key was expected")
      }
      offset += 1
      skipWhiteSpace()
      let member = try value()
      members.append(JSONMember(key: key, keyRange: keyRange, value: member))
      skipWhiteSpace()
      if peek(UInt8(ascii: ",")) {
        lastComma = offset
        offset += 1
      } else if peek(UInt8(ascii: "}")) {
        offset += 1
        return .object(members)
      } else {
        throw error("\(describeHere()) where ',' or '}' was expected after an object member")
      }
    }
  }

  /// array = `[` [ value *( `,` value ) ] `]`
  private mutating func array() throws(LocatedError) -> JSONValue {
    try enter()
    defer { depth -= 1 }
    offset += 1
    var elements: [JSONNode] = []
    var lastComma = offset
    skipWhiteSpace()
    if peek(UInt8(ascii: "]")) {
      offset += 1
      return .array([])
    }
    while true {
      skipWhiteSpace()
      if peek(UInt8(ascii: "]")) {
        throw LocatedError(
          "a comma before ']' is not JSON (no trailing commas)", at: location(of: lastComma))
      }
      elements.append(try value())
      skipWhiteSpace()
      if peek(UInt8(ascii: ",")) {
        lastComma = offset
        offset += 1
      } else if peek(UInt8(ascii: "]")) {
        offset += 1
        return .array(elements)
      } else {
        throw error("\(describeHere()) where ',' or ']' was expected after an array element")
      }
    }
  }

  /// string = `"` *char `"`, with the escapes `\" \\ \/ \b \f \n \r \t \uXXXX`.
  private mutating func string() throws(LocatedError) -> String {
    let opening = offset
    offset += 1
    var result = ""
    var runStart = offset
    while true {
      guard offset < bytes.count else {
        throw LocatedError("the string is not closed", at: location(of: opening))
      }
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        result += String(decoding: bytes[runStart..<offset], as: UTF8.self)
        offset += 1
        return result
      }
      if byte < 0x20 {
        let name = byte == 0x0A ? "a line break" : "the control character U+00\(hex(byte))"
        throw error("\(name) inside a string (write it as an escape, such as \\n)")
      }
      if byte == UInt8(ascii: "\\") {
        result += String(decoding: bytes[runStart..<offset], as: UTF8.self)
        result.unicodeScalars.append(try escape())
        runStart = offset
        continue
      }
      offset += 1
    }
  }

  /// One escape sequence, from its backslash; a UTF-16 surrogate pair makes one scalar.
  private mutating func escape() throws(LocatedError) -> Unicode.Scalar {
    let start = offset
    offset += 1
    guard offset < bytes.count else {
      throw LocatedError("the string is not closed", at: location(of: start))
    }
    let letter = bytes[offset]
    offset += 1
    switch letter {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let unit = try hexUnit(escapeAt: start)
      if (0xD800..<0xDC00).contains(unit) {
        let second = offset
        if bytes[offset...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) {
          offset += 2
          let low = try hexUnit(escapeAt: second)
          if (0xDC00..<0xE000).contains(low),
            let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
          {
            return scalar
          }
        }
        throw LocatedError(
          "the escape \\u\(hex(unit)) is half of a surrogate pair without its other half",
          at: location(of: start))
      }
      guard let scalar = Unicode.Scalar(unit) else {
        throw LocatedError(
          "the escape \\u\(hex(unit)) is half of a surrogate pair without its other half",
          at: location(of: start))
      }
      return scalar
    default:
      throw LocatedError(
        "'\\\(describe(letter))' is not a JSON escape (those are \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
          + "\\uXXXX)", at: location(of: start))
    }
  }

  /// The four hexadecimal digits after `\u`.
  private mutating func hexUnit(escapeAt start: Int) throws(LocatedError) -> UInt32 {
    var unit: UInt32 = 0
    for _ in 0..<4 {
      guard offset < bytes.count, let digit = hexDigit(bytes[offset]) else {
        throw LocatedError(
          "\\u must be followed by four hexadecimal digits", at: location(of: start))
      }
      unit = unit << 4 | digit
      offset += 1
    }
    return unit
  }

  /// number = [ `-` ] int [ frac ] [ exp ]; int = `0` / digit1-9 *digit
  private mutating func number() throws(LocatedError) -> JSONValue {
    let start = offset
    if peek(UInt8(ascii: "-")) { offset += 1 }
    guard offset < bytes.count, isDigit(bytes[offset]) else {
      throw error("a number needs a digit after its '-'")
    }
    if bytes[offset] == UInt8(ascii: "0"), offset + 1 < bytes.count, isDigit(bytes[offset + 1]) {
      throw LocatedError(
        "a JSON number cannot start with 0 (no leading zeros)", at: location(of: start))
    }
    while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
    if peek(UInt8(ascii: ".")) {
      offset += 1
      guard offset < bytes.count, isDigit(bytes[offset]) else {
        throw error("a number needs a digit after its decimal point")
      }
      while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      offset += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { offset += 1 }
      guard offset < bytes.count, isDigit(bytes[offset]) else {
        throw error("a number needs a digit in its exponent")
      }
      while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
    }
    let literal = String(decoding: bytes[start..<offset], as: UTF8.self)
    return .number(Double(literal) ?? .nan, literal: literal)
  }

  /// `true`, `false` or `null`, spelled out.
  private mutating func literal(_ word: String, _ value: JSONValue) throws(LocatedError)
    -> JSONValue
  {
    let spelled = Array(word.utf8)
    guard bytes[offset...].starts(with: spelled) else { throw notAWord() }
    offset += spelled.count
    return value
  }

  /// The error for a word that is not `true`, `false` or `null` (`tru`, `None`, `NaN`).
  private func notAWord() -> LocatedError {
    var end = offset
    while end < bytes.count, isLetter(bytes[end]) || isDigit(bytes[end]) { end += 1 }
    let word = String(decoding: bytes[offset..<max(end, offset + 1)], as: UTF8.self)
    return error("'\(word)' is not a JSON value (its words are true, false and null)")
  }

  // MARK: - Places and bytes

  private mutating func enter() throws(LocatedError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("the JSON nests arrays and objects more than \(Self.maximumDepth) deep")
    }
  }

  private mutating func skipWhiteSpace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x09, 0x0A, 0x0D: offset += 1
      default: return
      }
    }
  }

  private func peek(_ byte: UInt8) -> Bool {
    offset < bytes.count && bytes[offset] == byte
  }

  private func location(of offset: Int) -> SourceLocation {
    lines.location(of: offset)
  }

  /// From `start` to the last byte read.
  private func range(from start: Int) -> SourceRange {
    SourceRange(start: location(of: start), end: location(of: max(start, offset - 1)))
  }

  /// An error at the current byte.
  private func error(_ message: String) -> LocatedError {
    LocatedError(message, at: location(of: offset))
  }

  /// The character at the current byte, as an error names it: `'x'`, `the end of the text`.
  private func describeHere() -> String {
    guard offset < bytes.count else { return "the text ends" }
    let byte = bytes[offset]
    if byte < 0x80 { return "'\(describe(byte))'" }
    var end = offset + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return "'\(String(decoding: bytes[offset..<end], as: UTF8.self))'"
  }

  /// An ASCII byte as a message shows it; control characters by their code.
  private func describe(_ byte: UInt8) -> String {
    byte < 0x20 || byte == 0x7F ? "U+00\(hex(byte))" : String(UnicodeScalar(byte))
  }

  /// Fails at the first byte that does not belong to valid UTF-8.
  private func checkUTF8() throws(LocatedError) {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let length: Int
      switch byte {
      case 0..<0x80:
        index += 1
        continue
      case 0xC2..<0xE0: length = 2
      case 0xE0..<0xF0: length = 3
      case 0xF0..<0xF5: length = 4
      default: length = 0
      }
      guard length > 0, index + length <= bytes.count,
        String(validating: bytes[index..<index + length], as: UTF8.self) != nil
      else {
        throw LocatedError(
          "the file is not UTF-8 text (byte 0x\(hex(byte)) here)", at: location(of: index))
      }
      index += length
    }
  }
}

private func isDigit(_ byte: UInt8) -> Bool {
  byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
}

private func isLetter(_ byte: UInt8) -> Bool {
  (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || byte == UInt8(ascii: "_")
}

private func hexDigit(_ byte: UInt8) -> UInt32? {
  switch byte {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
  case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
  case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
  default: nil
  }
}

/// Upper-case hexadecimal, at least two digits for a byte and four for a code unit.
private func hex(_ byte: UInt8) -> String {
  let digits = String(byte, radix: 16, uppercase: true)
  return digits.count < 2 ? "0" + digits : digits
}

private func hex(_ unit: UInt32) -> String {
  let digits = String(unit, radix: 16, uppercase: true)
  return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
