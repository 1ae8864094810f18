/// A JSON value to be written: the writing side of `JSONValue`, without source places.
package indirect enum JSONOutput: Sendable, Equatable {
  case null
  case bool(Bool)
  case integer(Int)
  case string(String)
  case array([JSONOutput])
  /// Members in the order given; `JSONWriter` writes them sorted by key.
  case object([(String, JSONOutput)])

  package static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): true
    case (.bool(let a), .bool(let b)): a == b
    case (.integer(let a), .integer(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }
}

/// Writes JSON as Jupyter writes a notebook (nbformat's `json.dumps(nb, sort_keys=True,
/// indent=1, ensure_ascii=False)`): one space of indentation a level, keys sorted, characters
/// beyond ASCII as they are, and a final line break. Same value, same bytes.
package enum JSONWriter {
  /// The text of `value`, ending in a line break.
  package static func text(_ value: JSONOutput) -> String {
    var out = ""
    write(value, indent: 0, into: &out)
    return out + "\n"
  }

  private static func write(_ value: JSONOutput, indent: Int, into out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .integer(let number): out += String(number)
    case .string(let text): writeString(text, into: &out)
    case .array(let elements):
      guard !elements.isEmpty else {
        out += "[]"
        return
      }
      out += "[\n"
      for (index, element) in elements.enumerated() {
        out += String(repeating: " ", count: indent + 1)
        write(element, indent: indent + 1, into: &out)
        out += index + 1 < elements.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      // Python sorts str keys by code point, which is the order of their UTF-8 bytes too.
      let sorted = members.sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
      out += "{\n"
      for (index, (key, member)) in sorted.enumerated() {
        out += String(repeating: " ", count: indent + 1)
        writeString(key, into: &out)
        out += ": "
        write(member, indent: indent + 1, into: &out)
        out += index + 1 < sorted.count ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }

  /// A string literal with the escapes Python's `json` module writes: `\"`, `\\`, `\n`, `\r`,
  /// `\t`, `\b`, `\f`, other controls as `\u00XX`; everything else as it is.
  private static func writeString(_ text: String, into out: inout String) {
    out += "\""
    // Only ASCII bytes need escaping (a UTF-8 byte of a longer scalar is 0x80 or more), so the
    // runs between them are copied whole.
    let bytes = text.utf8
    var run = bytes.startIndex
    var i = run
    while i != bytes.endIndex {
      let byte = bytes[i]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        out.unicodeScalars.append(contentsOf: text.unicodeScalars[run..<i])
        out += escape(byte)
        run = bytes.index(after: i)
      }
      i = bytes.index(after: i)
    }
    // Sliced as scalars, not characters: a run may start inside a grapheme (a combining mark
    // after an escaped quote).
    out.unicodeScalars.append(contentsOf: text.unicodeScalars[run..<i])
    out += "\""
  }

  /// JSON's escape of an ASCII byte that may not stand in a string as it is.
  private static func escape(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "\""): return "\\\""
    case UInt8(ascii: "\\"): return "\\\\"
    case UInt8(ascii: "\n"): return "\\n"
    case UInt8(ascii: "\r"): return "\\r"
    case UInt8(ascii: "\t"): return "\\t"
    case 0x08: return "\\b"
    case 0x0C: return "\\f"
    default:
      let hex = String(byte, radix: 16)
      return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
  }
}
