/// Text with ANSI color escapes (`ESC [ … m`), as a terminal plot is drawn: plain, or as runs
/// of one color each.
package enum ANSIText {
  /// `text` without escape sequences (CSI: `ESC [` parameters, then a final byte in `@`…`~`;
  /// other escapes are two characters).
  package static func plain(_ text: String) -> String {
    guard text.unicodeScalars.contains("\u{1B}") else { return text }
    return runs(text).map(\.text).joined()
  }

  /// The text between escapes, each run with the foreground color in force: the SGR number
  /// (30–37, 90–97) or `nil` for the default. `0` and `39` return to the default; other
  /// parameters (bold, background) are ignored.
  package static func runs(_ text: String) -> [(text: String, color: Int?)] {
    var result: [(text: String, color: Int?)] = []
    var current = String.UnicodeScalarView()
    var color: Int?
    var scalars = text.unicodeScalars.makeIterator()
    func flush() {
      if !current.isEmpty { result.append((String(current), color)) }
      current = String.UnicodeScalarView()
    }
    while let scalar = scalars.next() {
      guard scalar == "\u{1B}" else {
        current.append(scalar)
        continue
      }
      guard let next = scalars.next(), next == "[" else { continue }
      var parameters = ""
      var final: Unicode.Scalar?
      while let byte = scalars.next() {
        if (0x40...0x7E).contains(byte.value) {
          final = byte
          break
        }
        parameters.unicodeScalars.append(byte)
      }
      guard final == "m" else { continue }
      flush()
      for parameter in parameters.split(separator: ";", omittingEmptySubsequences: false) {
        let number = Int(parameter) ?? 0
        switch number {
        case 0, 39: color = nil
        case 30...37, 90...97: color = number
        default: break
        }
      }
    }
    flush()
    return result
  }
}
