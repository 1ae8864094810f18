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

  private struct Scanner: HTMLByteReading {
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
      var wanted: [(name: String, value: String)] = []
      let names = self.names
      let tag = startTag { name, value in
        if names.contains(name) { wanted.append((name, HTMLAttributes.decodingReferences(value))) }
      }
      found += wanted
      return tag.name
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
