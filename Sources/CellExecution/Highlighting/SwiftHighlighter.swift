import SiteModel

/// Swift's tokens for highlighting: keywords (The Swift Programming Language, "Lexical
/// Structure": keywords used in declarations, statements, expressions and types, and the
/// contextual ones tutorials meet), string literals (`"…"`, multi-line `"""…"""`, raw `#"…"#`),
/// `//` and nested `/* */` comments, numbers, attributes (`@main`) and compiler directives
/// (`#if`) as macros, and the names declared by `func` or called as functions.
enum SwiftHighlighter {
  static let keywords: Set<String> = [
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
    "init", "inout", "internal", "let", "open", "operator", "private", "precedencegroup",
    "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
    "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for",
    "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "Any", "as",
    "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "async",
    "package", "some", "any", "mutating", "nonmutating", "lazy", "weak", "unowned", "override",
    "final", "required", "convenience", "indirect", "get", "set", "willSet", "didSet",
  ]

  static func highlight(_ code: String) -> HighlightedCode {
    var scanner = CodeScanner(code)
    var declaring = false
    while let byte = scanner.peek() {
      let start = scanner.position
      if byte == UInt8(ascii: "/") && scanner.peek(1) == UInt8(ascii: "/") {
        scanner.skipToLineEnd()
        scanner.emit(.comment, from: start)
      } else if byte == UInt8(ascii: "/") && scanner.peek(1) == UInt8(ascii: "*") {
        scanBlockComment(&scanner)
        scanner.emit(.comment, from: start)
      } else if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\"") {
        let hashes = String(
          decoding: scanner.bytes[start..<scanner.limit].prefix { $0 == UInt8(ascii: "#") },
          as: UTF8.self)
        scanner.position += hashes.utf8.count
        if scanner.peek() == UInt8(ascii: "\"") {
          let quotes = scanner.looksAt("\"\"\"") ? "\"\"\"" : "\""
          scanner.scanQuoted(
            opening: quotes.utf8.count, closing: quotes + hashes, escapes: hashes.isEmpty,
            multiline: quotes.utf8.count == 3)
          scanner.emit(.string, from: start)
        } else {
          _ = scanner.scanWord()
          scanner.emit(.macro, from: start)
        }
      } else if byte == UInt8(ascii: "@") {
        scanner.position += 1
        _ = scanner.scanWord()
        scanner.emit(.macro, from: start)
      } else if CodeScanner.isDigit(byte) {
        scanner.scanNumber()
        scanner.emit(.number, from: start)
      } else if CodeScanner.isWordStart(byte) {
        let word = scanner.scanWord()
        if keywords.contains(word) {
          scanner.emit(.keyword, from: start)
          declaring = word == "func"
        } else {
          if declaring || scanner.peek() == UInt8(ascii: "(") {
            scanner.emit(.function, from: start)
          }
          declaring = false
        }
      } else if "+-*/%=<>!&|^~?".utf8.contains(byte) {
        scanner.skip { "+-*/%=<>!&|^~?".utf8.contains($0) }
        scanner.emit(.operator, from: start)
      } else {
        scanner.position += 1
      }
    }
    return scanner.highlighted()
  }

  /// A `/* … */` comment from its opening, nested comments included, as Swift reads them.
  private static func scanBlockComment(_ scanner: inout CodeScanner) {
    var depth = 0
    while !scanner.atEnd {
      if scanner.looksAt("/*") {
        depth += 1
        scanner.position += 2
      } else if scanner.looksAt("*/") {
        depth -= 1
        scanner.position += 2
        if depth == 0 { return }
      } else {
        scanner.position += 1
      }
    }
  }
}
