import SiteModel

/// TOML's tokens for highlighting (TOML 1.0): table headers (`[table]`, `[[array]]`) as
/// macros, keys as functions, basic, literal and multi-line strings, numbers (with dates and
/// times, which start with a digit too), `true`/`false` as keywords, `#` comments, and `=` as
/// an operator.
enum TOMLHighlighter {
  static func highlight(_ code: String) -> HighlightedCode {
    var scanner = CodeScanner(code)
    // Whether a key comes next: at a line's start, and after `{` or `,` in an inline table.
    var expectsKey = true
    // The open brackets of values: `[` arrays and `{` inline tables.
    var open: [UInt8] = []
    while let byte = scanner.peek() {
      let start = scanner.position
      if byte == UInt8(ascii: "\n") {
        scanner.position += 1
        if open.isEmpty { expectsKey = true }
      } else if CodeScanner.isBlank(byte) {
        scanner.position += 1
      } else if byte == UInt8(ascii: "#") {
        scanner.skipToLineEnd()
        scanner.emit(.comment, from: start)
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        let quote = String(UnicodeScalar(byte))
        let triple = String(repeating: quote, count: 3)
        let escapes = byte == UInt8(ascii: "\"")
        if scanner.looksAt(triple) {
          scanner.scanQuoted(opening: 3, closing: triple, escapes: escapes, multiline: true)
        } else {
          scanner.scanQuoted(opening: 1, closing: quote, escapes: escapes, multiline: false)
        }
        scanner.emit(expectsKey ? .function : .string, from: start)
      } else if byte == UInt8(ascii: "[") && expectsKey && open.isEmpty {
        scanner.skip { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "#") }
        var end = scanner.position
        while end > start, CodeScanner.isBlank(scanner.bytes[end - 1]) { end -= 1 }
        let after = scanner.position
        scanner.position = end
        scanner.emit(.macro, from: start)
        scanner.position = after
      } else if byte == UInt8(ascii: "=") {
        scanner.position += 1
        scanner.emit(.operator, from: start)
        expectsKey = false
      } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
        open.append(byte)
        scanner.position += 1
        expectsKey = byte == UInt8(ascii: "{")
      } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
        if !open.isEmpty { open.removeLast() }
        scanner.position += 1
        expectsKey = false
      } else if byte == UInt8(ascii: ",") {
        scanner.position += 1
        expectsKey = open.last == UInt8(ascii: "{")
      } else if byte == UInt8(ascii: ".") && expectsKey {
        scanner.position += 1
      } else {
        scanner.skip { byte in
          !CodeScanner.isBlank(byte) && !"\n#=,[]{}\"'".utf8.contains(byte)
            && !(expectsKey && byte == UInt8(ascii: "."))
        }
        if scanner.position == start { scanner.position += 1 }
        let word = String(decoding: scanner.bytes[start..<scanner.position], as: UTF8.self)
        if expectsKey {
          scanner.emit(.function, from: start)
        } else if word == "true" || word == "false" {
          scanner.emit(.keyword, from: start)
        } else if let first = word.first,
          first.isNumber || "+-".contains(first)
            || ["inf", "nan"].contains(word)
        {
          scanner.emit(.number, from: start)
        }
      }
    }
    return scanner.highlighted()
  }
}
