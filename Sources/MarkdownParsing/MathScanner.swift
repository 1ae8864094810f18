import SiteModel
import SourcePositions

/// Finds TeX math in paragraphs and headings with pandoc's `tex_math_dollars` rules, skipping
/// backslash escapes, code spans, autolinks, raw HTML tags and link destinations.
///
/// Pandoc's rules: an opening `$` has a non-space character right after it; a closing `$` has a
/// non-space character right before it and no digit right after it; `$$…$$` is display math
/// and may span lines of one paragraph; `\$` is a literal dollar.
struct MathScanner {
  let bytes: [UInt8]
  let lines: LineIndex
  let file: String
  private(set) var spans: [MathSpan] = []
  private(set) var diagnostics: [Diagnostic] = []

  init(bytes: [UInt8], lines: LineIndex, file: String) {
    self.bytes = bytes
    self.lines = lines
    self.file = file
  }

  /// Scans one paragraph or heading, whose text may carry `quoteDepth` levels of `>` markers
  /// on its continuation lines.
  mutating func scan(_ region: Range<Int>, quoteDepth: Int) {
    var index = region.lowerBound
    let end = region.upperBound
    while index < end {
      let byte = bytes[index]
      if byte == ASCII.backslash {
        index += index + 1 < end && ASCII.isPunctuation(bytes[index + 1]) ? 2 : 1
      } else if byte == ASCII.backtick {
        index = skipCodeSpan(at: index, end: end)
      } else if byte == ASCII.lessThan {
        index = skipAngleBrackets(at: index, end: end)
      } else if byte == ASCII.closeBracket, index + 1 < end, bytes[index + 1] == ASCII.openParen {
        index = skipLinkDestination(at: index + 2, end: end) ?? index + 1
      } else if byte == ASCII.dollar {
        index = takeMath(at: index, end: end, quoteDepth: quoteDepth)
      } else {
        index += 1
      }
    }
  }

  // MARK: Math

  /// Takes the math span opening at `start` if there is one; returns where scanning resumes.
  private mutating func takeMath(at start: Int, end: Int, quoteDepth: Int) -> Int {
    if start + 1 < end, bytes[start + 1] == ASCII.dollar {
      return takeDisplayMath(at: start, end: end, quoteDepth: quoteDepth)
    }
    // inline-math ::= "$" non-space (escaped-char | char)* non-space "$" (not followed by digit)
    guard start + 1 < end, !ASCII.isSpace(bytes[start + 1]) else { return start + 1 }
    var index = start + 1
    while index < end {
      let byte = bytes[index]
      if byte == ASCII.backslash {
        index += 2
        continue
      }
      if byte == ASCII.dollar, !ASCII.isSpace(bytes[index - 1]),
        !(index + 1 < end && ASCII.isDigit(bytes[index + 1]))
      {
        record(start..<(index + 1), inner: (start + 1)..<index, display: false, quoteDepth)
        return index + 1
      }
      index += 1
    }
    return start + 1
  }

  /// display-math ::= "$$" (escaped-char | char)* "$$", within one paragraph.
  private mutating func takeDisplayMath(at start: Int, end: Int, quoteDepth: Int) -> Int {
    var index = start + 2
    while index + 1 < end {
      let byte = bytes[index]
      if byte == ASCII.backslash {
        index += 2
        continue
      }
      if byte == ASCII.dollar, bytes[index + 1] == ASCII.dollar {
        let inner = (start + 2)..<index
        if inner.allSatisfy({ ASCII.isSpace(bytes[$0]) }) { return index + 2 }
        record(start..<(index + 2), inner: inner, display: true, quoteDepth)
        return index + 2
      }
      index += 1
    }
    let location = lines.location(of: start)
    let range = SourceRange(
      start: location, end: SourceLocation(line: location.line, column: location.column + 1))
    diagnostics.append(
      .error(
        "unclosed `$$`: display math has no closing `$$` in its paragraph", file: file, at: range,
        notes: ["close it with `$$` before the next blank line, or write `\\$\\$` for dollars"]))
    return start + 2
  }

  private mutating func record(
    _ span: Range<Int>, inner: Range<Int>, display: Bool, _ quoteDepth: Int
  ) {
    var (tex, offsets) = texBytes(inner, quoteDepth: quoteDepth)
    if display {
      let first = tex.firstIndex { !ASCII.isSpace($0) } ?? tex.count
      let end = (tex.lastIndex { !ASCII.isSpace($0) } ?? -1) + 1
      tex = first < end ? Array(tex[first..<end]) : []
      offsets = first < end ? Array(offsets[first..<end]) : []
    }
    // Each TeX line starts at the byte after a newline (or at the first byte).
    var lineStarts = [lines.location(of: offsets.first ?? inner.lowerBound)]
    for (index, byte) in tex.enumerated() where byte == ASCII.newline {
      let next = index + 1 < offsets.count ? offsets[index + 1] : offsets[index] + 1
      lineStarts.append(lines.location(of: next))
    }
    spans.append(
      MathSpan(
        bytes: span, tex: String(decoding: tex, as: UTF8.self), display: display,
        range: SourceRange(
          start: lines.location(of: span.lowerBound), end: lines.location(of: span.upperBound - 1)),
        origin: SnippetOrigin(lineStarts: lineStarts)))
  }

  /// The TeX of `inner` and each of its bytes' source offsets, with carriage returns before
  /// line feeds and the block-quote markers of continuation lines removed.
  private func texBytes(_ inner: Range<Int>, quoteDepth: Int) -> ([UInt8], [Int]) {
    var tex: [UInt8] = []
    var offsets: [Int] = []
    var index = inner.lowerBound
    while index < inner.upperBound {
      let byte = bytes[index]
      if byte == ASCII.carriageReturn, index + 1 < inner.upperBound,
        bytes[index + 1] == ASCII.newline
      {
        index += 1
        continue
      }
      tex.append(byte)
      offsets.append(index)
      index += 1
      if byte == ASCII.newline, quoteDepth > 0 {
        index = skipQuoteMarkers(from: index, depth: quoteDepth, limit: inner.upperBound)
      }
    }
    return (tex, offsets)
  }

  /// Skips up to `depth` block-quote markers (`   > `) at the start of a line.
  private func skipQuoteMarkers(from start: Int, depth: Int, limit: Int) -> Int {
    var index = start
    for _ in 0..<depth {
      var probe = index
      while probe < limit, probe - index < 3, bytes[probe] == ASCII.space { probe += 1 }
      guard probe < limit, bytes[probe] == ASCII.greaterThan else { break }
      probe += 1
      if probe < limit, bytes[probe] == ASCII.space { probe += 1 }
      index = probe
    }
    return index
  }

  // MARK: Things math never starts inside

  /// code-span ::= a run of N backticks ... the next run of exactly N backticks.
  private func skipCodeSpan(at start: Int, end: Int) -> Int {
    let openEnd = runEnd(of: ASCII.backtick, from: start, end: end)
    let length = openEnd - start
    var index = openEnd
    while index < end {
      if bytes[index] == ASCII.backtick {
        let closeEnd = runEnd(of: ASCII.backtick, from: index, end: end)
        if closeEnd - index == length { return closeEnd }
        index = closeEnd
      } else {
        index += 1
      }
    }
    return openEnd
  }

  private func runEnd(of byte: UInt8, from start: Int, end: Int) -> Int {
    var index = start
    while index < end, bytes[index] == byte { index += 1 }
    return index
  }

  /// link-destination ::= "](" ... ")" with balanced parentheses and backslash escapes.
  /// Returns the index after the closing parenthesis, or `nil` when there is none.
  private func skipLinkDestination(at start: Int, end: Int) -> Int? {
    var depth = 1
    var index = start
    while index < end {
      let byte = bytes[index]
      if byte == ASCII.backslash {
        index += 2
        continue
      }
      if byte == ASCII.openParen { depth += 1 }
      if byte == ASCII.closeParen {
        depth -= 1
        if depth == 0 { return index + 1 }
      }
      index += 1
    }
    return nil
  }

  /// Skips an autolink, an HTML comment or an HTML tag starting at `start`; returns `start + 1`
  /// when there is none.
  private func skipAngleBrackets(at start: Int, end: Int) -> Int {
    HTMLTagMatcher(bytes: bytes, end: end).match(at: start) ?? start + 1
  }
}

extension String {
  /// This string without leading and trailing spaces, tabs and line endings.
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !ASCII.isSpace(scalar: $0) }),
      let last = scalars.lastIndex(where: { !ASCII.isSpace(scalar: $0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
