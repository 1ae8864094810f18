import SiteModel

/// YAML's tokens for highlighting, line by line (a `{train}` block's options are YAML too):
/// mapping keys as functions, quoted scalars and block scalars (`|`, `>`) as strings, the core
/// schema's numbers, booleans and null (YAML 1.2, 10.3) as numbers and keywords, `#` comments,
/// sequence dashes, document markers and flow punctuation as operators, anchors, aliases and
/// tags as macros.
enum YAMLHighlighter {
  static func highlight(_ code: String) -> HighlightedCode {
    var scanner = CodeScanner(code)
    // The indentation of the line that opened a block scalar: more-indented lines are its text.
    var blockIndent: Int?
    while !scanner.atEnd {
      let lineStart = scanner.position
      var lineEnd = lineStart
      while lineEnd < scanner.bytes.count, scanner.bytes[lineEnd] != UInt8(ascii: "\n") {
        lineEnd += 1
      }
      scanner.limit = lineEnd
      scanner.skip { $0 == UInt8(ascii: " ") }
      let indent = scanner.position - lineStart
      if let block = blockIndent {
        if scanner.atEnd || indent > block {
          let start = scanner.position
          scanner.position = lineEnd
          scanner.emit(.string, from: start)
        } else {
          blockIndent = nil
        }
      }
      if blockIndent == nil {
        scanLine(&scanner, indent: indent, blockIndent: &blockIndent)
      }
      scanner.limit = scanner.bytes.count
      scanner.position = lineEnd + 1
    }
    return scanner.highlighted()
  }

  /// One line outside block scalars: markers, a key, a value.
  private static func scanLine(_ scanner: inout CodeScanner, indent: Int, blockIndent: inout Int?) {
    if indent == 0, scanner.looksAt("---") || scanner.looksAt("...") {
      if scanner.peek(3).map(CodeScanner.isBlank) ?? true {
        let start = scanner.position
        scanner.position += 3
        scanner.emit(.operator, from: start)
      }
    }
    while scanner.peek() == UInt8(ascii: "-"), scanner.peek(1).map(CodeScanner.isBlank) ?? true {
      let start = scanner.position
      scanner.position += 1
      scanner.emit(.operator, from: start)
      scanner.skip(while: CodeScanner.isBlank)
    }
    let keyStart = scanner.position
    if let end = keyEnd(scanner) {
      scanner.position = end
      scanner.emit(.function, from: keyStart)
      scanner.position += 1
    }
    scanValue(&scanner, indent: indent, blockIndent: &blockIndent)
  }

  /// Where the mapping key at the position ends (at its `:`), if the line has one: a quoted
  /// scalar or plain text, followed by `:` and a blank or the line's end.
  private static func keyEnd(_ scanner: CodeScanner) -> Int? {
    var probe = scanner
    guard let first = probe.peek(), first != UInt8(ascii: "#") else { return nil }
    if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
      probe.scanQuoted(
        opening: 1, closing: String(UnicodeScalar(first)),
        escapes: first == UInt8(ascii: "\""), multiline: false)
      let end = probe.position
      probe.skip(while: CodeScanner.isBlank)
      return probe.peek() == UInt8(ascii: ":") ? end : nil
    }
    if "[{&*!|>".utf8.contains(first) { return nil }
    while let byte = probe.peek() {
      if byte == UInt8(ascii: ":"), probe.peek(1).map(CodeScanner.isBlank) ?? true {
        var end = probe.position
        while end > scanner.position, CodeScanner.isBlank(probe.bytes[end - 1]) { end -= 1 }
        return end
      }
      if byte == UInt8(ascii: "#"), probe.position > scanner.position,
        CodeScanner.isBlank(probe.bytes[probe.position - 1])
      {
        return nil
      }
      probe.position += 1
    }
    return nil
  }

  /// A value to the line's end: a scalar, a flow collection, a block scalar's indicator, then
  /// any comment.
  private static func scanValue(_ scanner: inout CodeScanner, indent: Int, blockIndent: inout Int?)
  {
    var flowDepth = 0
    while let byte = scanner.peek() {
      let start = scanner.position
      if CodeScanner.isBlank(byte) {
        scanner.position += 1
      } else if byte == UInt8(ascii: "#"),
        start == 0 || CodeScanner.isBlank(scanner.bytes[start - 1])
          || scanner.bytes[start - 1] == UInt8(ascii: "\n")
      {
        scanner.skipToLineEnd()
        scanner.emit(.comment, from: start)
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        scanner.scanQuoted(
          opening: 1, closing: String(UnicodeScalar(byte)), escapes: byte == UInt8(ascii: "\""),
          multiline: false)
        scanner.emit(.string, from: start)
      } else if flowDepth == 0 && (byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">")) {
        scanner.skip { !CodeScanner.isBlank($0) }
        scanner.emit(.operator, from: start)
        blockIndent = indent
      } else if "&*!".utf8.contains(byte) {
        scanner.skip { !CodeScanner.isBlank($0) && !",[]{}".utf8.contains($0) }
        scanner.emit(.macro, from: start)
      } else if "[]{},".utf8.contains(byte) || (byte == UInt8(ascii: ":") && flowDepth > 0) {
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { flowDepth += 1 }
        if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { flowDepth -= 1 }
        scanner.position += 1
        scanner.emit(.operator, from: start)
      } else {
        scanScalar(&scanner, inFlow: flowDepth > 0)
      }
    }
  }

  /// A plain scalar: up to a comment or the line's end (in a flow collection, up to its
  /// punctuation), classed by the core schema.
  private static func scanScalar(_ scanner: inout CodeScanner, inFlow: Bool) {
    let start = scanner.position
    while let byte = scanner.peek() {
      if byte == UInt8(ascii: "#"), CodeScanner.isBlank(scanner.bytes[scanner.position - 1]) {
        break
      }
      if inFlow && (",[]{}".utf8.contains(byte) || byte == UInt8(ascii: ":")) { break }
      scanner.position += 1
    }
    var end = scanner.position
    while end > start, CodeScanner.isBlank(scanner.bytes[end - 1]) { end -= 1 }
    let text = String(decoding: scanner.bytes[start..<end], as: UTF8.self)
    let kind: TokenClass? =
      coreLiterals.contains(text) ? .keyword : isCoreNumber(text) ? .number : nil
    guard let kind else { return }
    let after = scanner.position
    scanner.position = end
    scanner.emit(kind, from: start)
    scanner.position = after
  }

  /// The core schema's booleans and null (YAML 1.2, 10.3.2).
  static let coreLiterals: Set<String> = [
    "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~",
  ]

  /// Whether `text` is an integer or a float of the core schema (YAML 1.2, 10.3.2):
  /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`,
  /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`, `\.nan`.
  static func isCoreNumber(_ text: String) -> Bool {
    var rest = Substring(text)
    if rest.hasPrefix("0o") {
      return rest.count > 2 && rest.dropFirst(2).allSatisfy { ("0"..."7").contains($0) }
    }
    if rest.hasPrefix("0x") { return rest.count > 2 && rest.dropFirst(2).allSatisfy(\.isHexDigit) }
    if [".nan", ".NaN", ".NAN"].contains(rest) { return true }
    if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
    if [".inf", ".Inf", ".INF"].contains(rest) { return true }
    let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
    let whole = rest.prefix(while: isDigit)
    rest = rest.dropFirst(whole.count)
    var fraction = Substring()
    if rest.first == "." {
      rest = rest.dropFirst()
      fraction = rest.prefix(while: isDigit)
      rest = rest.dropFirst(fraction.count)
    }
    guard !whole.isEmpty || !fraction.isEmpty else { return false }
    if rest.first == "e" || rest.first == "E" {
      rest = rest.dropFirst()
      if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
      guard !rest.isEmpty && rest.allSatisfy(isDigit) else { return false }
      return true
    }
    return rest.isEmpty
  }
}
