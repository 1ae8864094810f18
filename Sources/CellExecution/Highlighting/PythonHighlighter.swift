import SiteModel

/// Python's tokens for highlighting: keywords (the Python 3 language reference, "Keywords"),
/// strings with their prefixes (`r`, `b`, `f`, `u`; triple-quoted across lines), `#` comments,
/// numbers, decorators as macros, and the names defined or called as functions.
enum PythonHighlighter {
  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
  ]

  static func highlight(_ code: String) -> HighlightedCode {
    var scanner = CodeScanner(code)
    var lineStart = true
    var defining = false
    while let byte = scanner.peek() {
      let start = scanner.position
      if byte == UInt8(ascii: "\n") {
        scanner.position += 1
        lineStart = true
        continue
      }
      if CodeScanner.isBlank(byte) {
        scanner.position += 1
        continue
      }
      defer { lineStart = false }
      if byte == UInt8(ascii: "#") {
        scanner.skipToLineEnd()
        scanner.emit(.comment, from: start)
      } else if byte == UInt8(ascii: "@") && lineStart {
        scanner.position += 1
        scanner.skip { CodeScanner.isWordByte($0) || $0 == UInt8(ascii: ".") }
        scanner.emit(.macro, from: start)
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        scanString(&scanner)
      } else if CodeScanner.isDigit(byte)
        || (byte == UInt8(ascii: ".") && scanner.peek(1).map(CodeScanner.isDigit) == true)
      {
        scanner.scanNumber()
        scanner.emit(.number, from: start)
      } else if CodeScanner.isWordStart(byte) {
        let word = scanner.scanWord()
        if let quote = scanner.peek(), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
          word.count <= 2, word.lowercased().allSatisfy({ "rbuf".contains($0) })
        {
          scanString(&scanner, from: start)
          continue
        }
        if keywords.contains(word) {
          scanner.emit(.keyword, from: start)
          defining = word == "def" || word == "class"
        } else {
          if defining || scanner.peek() == UInt8(ascii: "(") {
            scanner.emit(.function, from: start)
          }
          defining = false
        }
      } else if "+-*/%=<>!&|^~".utf8.contains(byte) {
        scanner.skip { "+-*/%=<>!&|^~".utf8.contains($0) }
        scanner.emit(.operator, from: start)
      } else {
        scanner.position += 1
      }
    }
    return scanner.highlighted()
  }

  /// A string from its opening quote at the position; `start` is where its prefix starts.
  private static func scanString(_ scanner: inout CodeScanner, from start: Int? = nil) {
    let start = start ?? scanner.position
    let quote = scanner.peek() == UInt8(ascii: "'") ? "'" : "\""
    let triple = String(repeating: quote, count: 3)
    if scanner.looksAt(triple) {
      scanner.scanQuoted(opening: 3, closing: triple, escapes: true, multiline: true)
    } else {
      scanner.scanQuoted(opening: 1, closing: quote, escapes: true, multiline: false)
    }
    scanner.emit(.string, from: start)
  }
}
