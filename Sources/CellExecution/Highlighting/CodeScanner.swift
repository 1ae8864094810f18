import SiteModel

/// A cursor over code's UTF-8 bytes that collects highlighted tokens: what the small
/// tokenizers of the languages shown beside Julia share. Tokens start and end at ASCII bytes
/// only (every byte of a multi-byte character counts as a word byte), so a token never splits
/// a character.
struct CodeScanner {
  let bytes: [UInt8]
  /// The next byte to read.
  var position: Int
  /// Where this scan stops (the end of the code, or of a line given to a sub-tokenizer).
  var limit: Int
  private(set) var tokens: [CodeToken] = []

  init(_ code: String) {
    bytes = Array(code.utf8)
    position = 0
    limit = bytes.count
  }

  var atEnd: Bool { position >= limit }

  /// The byte `offset` bytes ahead, or `nil` past the limit.
  func peek(_ offset: Int = 0) -> UInt8? {
    position + offset < limit ? bytes[position + offset] : nil
  }

  /// Whether the bytes at the position are `text`'s.
  func looksAt(_ text: String) -> Bool {
    var index = position
    for byte in text.utf8 {
      guard index < limit, bytes[index] == byte else { return false }
      index += 1
    }
    return true
  }

  /// Records the bytes from `start` to the position as a token of `kind` (nothing if empty).
  mutating func emit(_ kind: TokenClass, from start: Int) {
    guard position > start else { return }
    if let last = tokens.last, last.kind == kind, last.end == start {
      tokens[tokens.count - 1].end = position
    } else {
      tokens.append(CodeToken(start: start, end: position, kind: kind))
    }
  }

  /// Moves past the bytes that satisfy `predicate`.
  mutating func skip(while predicate: (UInt8) -> Bool) {
    while let byte = peek(), predicate(byte) { position += 1 }
  }

  /// Moves to the end of the line (before its line feed).
  mutating func skipToLineEnd() {
    skip { $0 != UInt8(ascii: "\n") }
  }

  /// Reads a quoted string from its opening quote (at the position) through its closing one:
  /// `escapes` lets a backslash take the next byte, `multiline` lets the string cross lines
  /// (otherwise it ends at the line's end), `closing` is the closing delimiter.
  mutating func scanQuoted(opening: Int, closing: String, escapes: Bool, multiline: Bool) {
    position += opening
    while let byte = peek() {
      if byte == UInt8(ascii: "\n") && !multiline { return }
      if escapes && byte == UInt8(ascii: "\\") {
        position += 2
        continue
      }
      if looksAt(closing) {
        position += closing.utf8.count
        return
      }
      position += 1
    }
    position = min(position, limit)
  }

  /// Reads a number starting at the position (a digit, or `.` and a digit): digits, letters,
  /// `_`, `.`, and a sign right after an exponent's `e`/`E`.
  mutating func scanNumber() {
    let start = position
    while let byte = peek() {
      if Self.isWordByte(byte) || byte == UInt8(ascii: ".") {
        position += 1
      } else if (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) && position > start,
        bytes[position - 1] | 0x20 == UInt8(ascii: "e"), peek(1).map(Self.isDigit) == true,
        bytes[start] != UInt8(ascii: "0") || position - start < 2
          || bytes[start + 1] | 0x20 != UInt8(ascii: "x")
      {
        position += 1
      } else {
        return
      }
    }
  }

  /// Reads a word (letters, digits, `_`, any non-ASCII byte) and returns it.
  mutating func scanWord() -> String {
    let start = position
    skip(while: Self.isWordByte)
    return String(decoding: bytes[start..<position], as: UTF8.self)
  }

  /// The first byte at or after the position that is not a space or tab, if on this line.
  func nextNonBlank(from index: Int? = nil) -> UInt8? {
    var index = index ?? position
    while index < limit, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
      index += 1
    }
    return index < limit ? bytes[index] : nil
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  static func isWordStart(_ byte: UInt8) -> Bool {
    (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
      || byte == UInt8(ascii: "_") || byte >= 0x80
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    isWordStart(byte) || isDigit(byte)
  }

  static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }

  /// The code with the tokens found.
  func highlighted() -> HighlightedCode {
    HighlightedCode(code: String(decoding: bytes, as: UTF8.self), tokens: tokens)
  }
}
