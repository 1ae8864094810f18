import SiteModel

/// JSON's tokens for highlighting (RFC 8259): an object's keys as functions, other strings as
/// strings, numbers, and the literals `true`, `false` and `null` as keywords.
enum JSONHighlighter {
  static func highlight(_ code: String) -> HighlightedCode {
    var scanner = CodeScanner(code)
    while let byte = scanner.peek() {
      let start = scanner.position
      if byte == UInt8(ascii: "\"") {
        scanner.scanQuoted(opening: 1, closing: "\"", escapes: true, multiline: false)
        let end = scanner.position
        scanner.skip { CodeScanner.isBlank($0) || $0 == UInt8(ascii: "\n") }
        let isKey = scanner.peek() == UInt8(ascii: ":")
        scanner.position = end
        scanner.emit(isKey ? .function : .string, from: start)
      } else if byte == UInt8(ascii: "-") || CodeScanner.isDigit(byte) {
        scanner.position += 1
        scanner.scanNumber()
        scanner.emit(.number, from: start)
      } else if CodeScanner.isWordStart(byte) {
        let word = scanner.scanWord()
        if word == "true" || word == "false" || word == "null" {
          scanner.emit(.keyword, from: start)
        }
      } else {
        scanner.position += 1
      }
    }
    return scanner.highlighted()
  }
}
