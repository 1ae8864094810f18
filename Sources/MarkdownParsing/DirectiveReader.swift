import SiteModel
import SourcePositions

/// Reads a directive's info string, options and body, with source ranges.
struct DirectiveReader {
  let source: [UInt8]
  let lines: LineIndex
  let file: String
  private(set) var diagnostics: [Diagnostic] = []

  init(source: [UInt8], lines: LineIndex, file: String) {
    self.source = source
    self.lines = lines
    self.file = file
  }

  /// info ::= "{" name "}" arguments — the name trimmed and non-empty, or `nil` when `info` is
  /// not a directive's.
  static func nameAndArguments(inInfo info: String) -> (name: String, arguments: String)? {
    let trimmed = info.trimmingSpaces()
    guard trimmed.hasPrefix("{"), let close = trimmed.firstIndex(of: "}") else { return nil }
    let name = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close]).trimmingSpaces()
    guard !name.isEmpty else { return nil }
    return (name, String(trimmed[trimmed.index(after: close)...]).trimmingSpaces())
  }

  /// The directive for a fenced block whose content is `literal`, found at `range`.
  mutating func directive(
    name: String, arguments: String, literal: String, range: SourceRange,
    body form: DirectiveKind.Body
  ) -> Directive {
    var bodyLines = literal.split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    if bodyLines.last == "" { bodyLines.removeLast() }
    // The body starts on the line after the opening fence.
    let firstLine = range.start.line + 1
    var options: [DirectiveOption] = []
    var bodyStart = 0
    switch form {
    case .markdown:
      break
    case .options:
      for (index, line) in bodyLines.enumerated() {
        let content = line.trimmingSpaces()
        if content.isEmpty || content.hasPrefix("#") { continue }
        if let option = option(in: line, prefixLength: 0, sourceLine: firstLine + index) {
          options.append(option)
        }
      }
    case .code:
      while bodyStart < bodyLines.count {
        let line = bodyLines[bodyStart]
        let indent = line.prefix { $0 == " " || $0 == "\t" }.utf8.count
        guard line.utf8.dropFirst(indent).starts(with: "#|".utf8) else { break }
        if let option = option(
          in: line, prefixLength: indent + 2, sourceLine: firstLine + bodyStart)
        {
          options.append(option)
        }
        bodyStart += 1
      }
    }
    let body = bodyLines[bodyStart...]
    var bodyRange: SourceRange?
    if let last = body.indices.last {
      let start = SourceLocation(
        line: firstLine + bodyStart,
        column: column(ofLine: body[bodyStart], at: 0, sourceLine: firstLine + bodyStart))
      let endColumn = column(
        ofLine: body[last], at: max(body[last].utf8.count - 1, 0), sourceLine: firstLine + last)
      bodyRange = SourceRange(
        start: start, end: SourceLocation(line: firstLine + last, column: endColumn))
    }
    return Directive(
      name: name, arguments: arguments, options: options,
      body: body.isEmpty ? "" : body.joined(separator: "\n") + "\n", bodyRange: bodyRange,
      rawBody: literal, range: range)
  }

  /// option ::= key ":" value comment? — read after the first `prefixLength` bytes of `line`.
  private mutating func option(in line: String, prefixLength: Int, sourceLine: Int)
    -> DirectiveOption?
  {
    let bytes = Array(line.utf8)
    var keyStart = prefixLength
    while keyStart < bytes.count, ASCII.isSpace(bytes[keyStart]) { keyStart += 1 }
    guard let colon = bytes[keyStart...].firstIndex(of: ASCII.colon) else {
      let location = SourceLocation(
        line: sourceLine, column: column(ofLine: line, at: keyStart, sourceLine: sourceLine))
      diagnostics.append(
        .warning(
          "directive option needs the form `key: value`", file: file, at: SourceRange(location)))
      return nil
    }
    let key = String(decoding: bytes[keyStart..<colon], as: UTF8.self).trimmingSpaces()
    var valueStart = colon + 1
    while valueStart < bytes.count, ASCII.isSpace(bytes[valueStart]) { valueStart += 1 }
    var valueEnd = Self.commentStart(in: bytes, from: valueStart)
    while valueEnd > valueStart, ASCII.isSpace(bytes[valueEnd - 1]) { valueEnd -= 1 }
    let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
    let lastByte = max(valueEnd, colon + 1) - 1
    let range = SourceRange(
      start: SourceLocation(
        line: sourceLine, column: column(ofLine: line, at: keyStart, sourceLine: sourceLine)),
      end: SourceLocation(
        line: sourceLine, column: column(ofLine: line, at: lastByte, sourceLine: sourceLine)))
    return DirectiveOption(key: key, value: value, range: range)
  }

  /// Where a ` # comment` starts (a `#` after white space, outside quotes), or the line's end.
  private static func commentStart(in bytes: [UInt8], from start: Int) -> Int {
    var quote: UInt8?
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == ASCII.quote || byte == ASCII.apostrophe, index == start {
        quote = byte
      } else if byte == UInt8(ascii: "#"), index == start || ASCII.isSpace(bytes[index - 1]) {
        return index
      }
      index += 1
    }
    return bytes.count
  }

  /// The source column of byte `offset` of a body line. cmark removes container prefixes and
  /// fence indentation, so the body line is the tail of its source line.
  private func column(ofLine line: String, at offset: Int, sourceLine: Int) -> Int {
    let sourceBytes = source[lines.lineRange(sourceLine)]
    let lineBytes = Array(line.utf8)
    let prefix = sourceBytes.count - lineBytes.count
    guard prefix >= 0, sourceBytes.dropFirst(prefix).elementsEqual(lineBytes) else {
      return offset + 1
    }
    return prefix + offset + 1
  }
}
