/// Escaping as cmark's HTML renderer does it.
package enum HTMLEscaping {
  /// Escapes `&`, `<`, `>` and `"` (cmark's `escape_html`; `'` and `/` are left alone), and
  /// replaces the control characters XML forbids even as references (C0 other than tab, line
  /// feed and carriage return) with U+FFFD, so that every page stays well-formed XHTML.
  package static func escapeHTML(_ text: String) -> String {
    guard text.utf8.contains(where: needsEscape) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      if let entity = entity(for: scalar) {
        result += entity
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  private static func entity(for scalar: Unicode.Scalar) -> String? {
    if scalar == "&" { return "&amp;" }
    if scalar == "<" { return "&lt;" }
    if scalar == ">" { return "&gt;" }
    if scalar == "\"" { return "&quot;" }
    if isForbiddenInXML(scalar.value) { return "\u{FFFD}" }
    return nil
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
      || byte == UInt8(ascii: "\"") || isForbiddenInXML(UInt32(byte))
  }

  /// A C0 control character other than tab, line feed and carriage return (XML 1.0's `Char`).
  private static func isForbiddenInXML(_ value: UInt32) -> Bool {
    value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D
  }

  /// Escapes a URL for an `href` or `src` attribute as cmark does: letters, digits and
  /// `-_.+!*(),%#@?=;:/$~` are kept, `&` becomes `&amp;`, `'` becomes `&#x27;`, and every other
  /// byte of the UTF-8 is percent-encoded in upper-case hex. Existing `%XX` escapes are kept.
  package static func escapeHref(_ url: String) -> String {
    var result = ""
    result.reserveCapacity(url.utf8.count + 8)
    for byte in url.utf8 {
      if isHrefSafe(byte) {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else if byte == UInt8(ascii: "&") {
        result += "&amp;"
      } else if byte == UInt8(ascii: "'") {
        result += "&#x27;"
      } else {
        result += "%"
        result.unicodeScalars.append(hexDigit(byte >> 4))
        result.unicodeScalars.append(hexDigit(byte & 0x0F))
      }
    }
    return result
  }

  private static func isHrefSafe(_ byte: UInt8) -> Bool {
    if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return true }
    if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
    if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
    return hrefPunctuation.utf8.contains(byte)
  }

  /// The punctuation cmark leaves unescaped in URLs (observed from its output).
  private static let hrefPunctuation = "-_.+!*(),%#@?=;:/$~"

  private static func hexDigit(_ value: UInt8) -> Unicode.Scalar {
    Unicode.Scalar(value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10)
  }
}
