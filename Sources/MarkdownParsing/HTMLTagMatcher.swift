/// Recognises the inline constructs that start with `<` and hide their text from Markdown:
/// autolinks, HTML comments and HTML open or closing tags (CommonMark's grammar, simplified).
struct HTMLTagMatcher {
  let bytes: [UInt8]
  let end: Int

  /// The index after the construct starting at `start`, or `nil` when there is none.
  func match(at start: Int) -> Int? {
    autolink(at: start) ?? comment(at: start) ?? closingTag(at: start) ?? openTag(at: start)
  }

  /// autolink ::= "<" scheme ":" (any char but space, "<", ">")* ">";
  /// scheme ::= letter (letter | digit | "+" | "." | "-"){1,31}
  private func autolink(at start: Int) -> Int? {
    var index = start + 1
    guard index < end, ASCII.isLetter(bytes[index]) else { return nil }
    index += 1
    while index < end, isSchemeByte(bytes[index]) { index += 1 }
    let schemeLength = index - start - 1
    guard schemeLength >= 2, schemeLength <= 32, index < end, bytes[index] == ASCII.colon else {
      return nil
    }
    index += 1
    while index < end {
      let byte = bytes[index]
      if byte == ASCII.greaterThan { return index + 1 }
      if byte <= ASCII.space || byte == ASCII.lessThan { return nil }
      index += 1
    }
    return nil
  }

  private func isSchemeByte(_ byte: UInt8) -> Bool {
    ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "+")
      || byte == UInt8(ascii: ".") || byte == ASCII.hyphen
  }

  /// comment ::= "<!--" ... "-->"
  private func comment(at start: Int) -> Int? {
    guard hasPrefix("<!--", at: start) else { return nil }
    var index = start + 4
    while index + 2 < end {
      if hasPrefix("-->", at: index) { return index + 3 }
      index += 1
    }
    return nil
  }

  /// closing-tag ::= "</" tag-name whitespace? ">"
  private func closingTag(at start: Int) -> Int? {
    guard start + 1 < end, bytes[start + 1] == ASCII.slash else { return nil }
    guard var index = tagName(at: start + 2) else { return nil }
    index = skipSpaces(from: index)
    return index < end && bytes[index] == ASCII.greaterThan ? index + 1 : nil
  }

  /// open-tag ::= "<" tag-name attribute* whitespace? "/"? ">"
  private func openTag(at start: Int) -> Int? {
    guard var index = tagName(at: start + 1) else { return nil }
    while true {
      let afterSpace = skipSpaces(from: index)
      guard afterSpace < end else { return nil }
      if bytes[afterSpace] == ASCII.greaterThan { return afterSpace + 1 }
      if bytes[afterSpace] == ASCII.slash {
        return afterSpace + 1 < end && bytes[afterSpace + 1] == ASCII.greaterThan
          ? afterSpace + 2 : nil
      }
      guard afterSpace > index, let next = attribute(at: afterSpace) else { return nil }
      index = next
    }
  }

  /// tag-name ::= letter (letter | digit | "-")*
  private func tagName(at start: Int) -> Int? {
    guard start < end, ASCII.isLetter(bytes[start]) else { return nil }
    var index = start + 1
    while index < end,
      ASCII.isLetter(bytes[index]) || ASCII.isDigit(bytes[index])
        || bytes[index] == ASCII.hyphen
    {
      index += 1
    }
    return index
  }

  /// attribute ::= name (whitespace? "=" whitespace? value)?
  private func attribute(at start: Int) -> Int? {
    guard start < end,
      ASCII.isLetter(bytes[start]) || bytes[start] == UInt8(ascii: "_")
        || bytes[start] == ASCII.colon
    else { return nil }
    var index = start + 1
    while index < end, isAttributeNameByte(bytes[index]) { index += 1 }
    let beforeValue = skipSpaces(from: index)
    guard beforeValue < end, bytes[beforeValue] == ASCII.equals else { return index }
    return attributeValue(at: skipSpaces(from: beforeValue + 1))
  }

  private func isAttributeNameByte(_ byte: UInt8) -> Bool {
    ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: ".") || byte == ASCII.colon || byte == ASCII.hyphen
  }

  /// value ::= unquoted | "'" ... "'" | '"' ... '"'
  private func attributeValue(at start: Int) -> Int? {
    guard start < end else { return nil }
    let first = bytes[start]
    if first == ASCII.quote || first == ASCII.apostrophe {
      var index = start + 1
      while index < end, bytes[index] != first { index += 1 }
      return index < end ? index + 1 : nil
    }
    var index = start
    while index < end, !ASCII.isSpace(bytes[index]), !isForbiddenUnquoted(bytes[index]) {
      index += 1
    }
    return index > start ? index : nil
  }

  private func isForbiddenUnquoted(_ byte: UInt8) -> Bool {
    byte == ASCII.quote || byte == ASCII.apostrophe || byte == ASCII.equals
      || byte == ASCII.lessThan || byte == ASCII.greaterThan || byte == ASCII.backtick
  }

  private func skipSpaces(from start: Int) -> Int {
    var index = start
    while index < end, ASCII.isSpace(bytes[index]) { index += 1 }
    return index
  }

  private func hasPrefix(_ text: StaticString, at start: Int) -> Bool {
    let count = text.utf8CodeUnitCount
    guard start + count <= end else { return false }
    return (0..<count).allSatisfy { bytes[start + $0] == text.utf8Start[$0] }
  }
}
