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
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{08}": out += "\\b"
      case "\u{0C}": out += "\\f"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
