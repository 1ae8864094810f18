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
    var out: [UInt8] = []
    out.reserveCapacity(1 << 14)
    write(value, indent: 0, into: &out)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes are gathered in an array: appending UTF-8 runs to a `String` scalar by scalar
  /// was most of a notebook's writing time.
  private static func write(_ value: JSONOutput, indent: Int, into out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .integer(let number): out.append(contentsOf: String(number).utf8)
    case .string(let text): writeString(text, into: &out)
    case .array(let elements):
      guard !elements.isEmpty else {
        out.append(contentsOf: "[]".utf8)
        return
      }
      out.append(contentsOf: "[\n".utf8)
      for (index, element) in elements.enumerated() {
        pad(indent + 1, into: &out)
        write(element, indent: indent + 1, into: &out)
        out.append(contentsOf: (index + 1 < elements.count ? ",\n" : "\n").utf8)
      }
      pad(indent, into: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else {
        out.append(contentsOf: "{}".utf8)
        return
      }
      // Python sorts str keys by code point, which is the order of their UTF-8 bytes too.
      let sorted = members.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
      out.append(contentsOf: "{\n".utf8)
      for (index, (key, member)) in sorted.enumerated() {
        pad(indent + 1, into: &out)
        writeString(key, into: &out)
        out.append(contentsOf: ": ".utf8)
        write(member, indent: indent + 1, into: &out)
        out.append(contentsOf: (index + 1 < sorted.count ? ",\n" : "\n").utf8)
      }
      pad(indent, into: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func pad(_ count: Int, into out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
  }

  /// A string literal with the escapes Python's `json` module writes: `\"`, `\\`, `\n`, `\r`,
  /// `\t`, `\b`, `\f`, other controls as `\u00XX`; everything else as it is. Only ASCII bytes
  /// need escaping (a UTF-8 byte of a longer scalar is 0x80 or more), so every other byte is
  /// copied as it is.
  private static func writeString(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        out.append(contentsOf: escape(byte).utf8)
      } else {
        out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
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
