/// Builds SVG text: elements, attributes and escaped character data.
struct SVGWriter {
  /// The text written so far.
  private(set) var text = ""

  init(capacity: Int = 8192) {
    text.reserveCapacity(capacity)
  }

  /// Appends raw markup.
  mutating func raw(_ markup: String) {
    text.append(markup)
  }

  /// Opens an element with attributes (values escaped); `close` makes it empty (`/>`).
  mutating func open(_ name: String, _ attributes: [(String, String)], close: Bool = false) {
    text.append("<")
    text.append(name)
    for (key, value) in attributes {
      text.append(" ")
      text.append(key)
      text.append("=\"")
      SVGWriter.escape(value, into: &text)
      text.append("\"")
    }
    text.append(close ? "/>" : ">")
  }

  /// Closes an element.
  mutating func close(_ name: String) {
    text.append("</")
    text.append(name)
    text.append(">")
  }

  /// Writes `<name attributes>content</name>` with the content escaped.
  mutating func element(_ name: String, _ attributes: [(String, String)], content: String) {
    open(name, attributes)
    SVGWriter.escape(content, into: &text)
    close(name)
  }

  /// Escapes `&`, `<`, `>` and `"`, and drops characters XML 1.0 does not allow.
  static func escape(_ value: String, into text: inout String) {
    // Most text needs no escaping: copy it whole when no byte could need attention.
    let clean = value.utf8.allSatisfy { byte in
      byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<")
        && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"") && byte != 0xEF
    }
    if clean { return text.append(value) }
    for scalar in value.unicodeScalars {
      switch scalar {
      case "&": text.append("&amp;")
      case "<": text.append("&lt;")
      case ">": text.append("&gt;")
      case "\"": text.append("&quot;")
      case "\t", "\n", "\r": text.unicodeScalars.append(scalar)
      default:
        let value = scalar.value
        if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
        text.unicodeScalars.append(scalar)
      }
    }
  }

  /// The width of `text` at `fontSize`, estimated from character classes (no font metrics).
  static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
    var ems = 0.0
    for character in text {
      switch character {
      case ".", ",", ":", ";", "|", "!", "i", "l", "j", "'", "(", ")", "[", "]", " ": ems += 0.3
      case "m", "w", "M", "W", "×", "—": ems += 0.85
      default: ems += character.isUppercase ? 0.68 : 0.56
      }
    }
    return ems * fontSize
  }
}
