import SiteModel
import SourcePositions

/// Finds GitHub footnote definitions in a page's source before cmark reads it, and blanks their
/// lines (keeping line numbers) so that cmark sees neither them nor a link definition in them.
///
/// definition ::= (up to 3 spaces) "[^" label "]:" text, then lines indented by 4 spaces (or a
/// tab), blank lines followed by such a line, and lazy continuation lines of a paragraph.
/// Definitions are read at the page's top level, outside fenced code.
struct FootnoteDefinitions {
  /// One definition: its label, its content as Markdown (indentation removed) and where each
  /// content line sits in the page.
  struct Definition {
    var label: String
    var content: String
    var placement: FragmentPlacement
    var range: SourceRange
  }

  private(set) var definitions: [Definition] = []
  /// The source with every definition's lines emptied.
  private(set) var blanked: [UInt8]

  init(source: [UInt8], lines: LineIndex) {
    blanked = source
    guard Self.mayHoldFootnotes(source) else { return }
    var fence: (byte: UInt8, length: Int)?
    var line = 1
    var emptied: [Range<Int>] = []
    while line <= lines.lineCount {
      let bytes = Array(source[lines.lineRange(line)])
      if let run = Self.fenceRun(bytes) {
        if let open = fence {
          if run.byte == open.byte, run.length >= open.length, run.closesOnly { fence = nil }
        } else {
          fence = (run.byte, run.length)
        }
        line += 1
        continue
      }
      guard fence == nil, let (label, contentStart) = Self.definitionStart(bytes) else {
        line += 1
        continue
      }
      let first = line
      var contentLines = [String(decoding: bytes[contentStart...], as: UTF8.self)]
      var offsets = [contentStart]
      var last = line
      var previousBlank = contentLines[0].allSatisfy { $0 == " " || $0 == "\t" }
      var pendingBlanks = 0
      var next = line + 1
      while next <= lines.lineCount {
        let candidate = Array(source[lines.lineRange(next)])
        if candidate.allSatisfy({ ASCII.isSpace($0) }) {
          pendingBlanks += 1
          previousBlank = true
          next += 1
          continue
        }
        let indent = Self.indentation(candidate)
        let continues: Bool
        if indent.columns >= 4 {
          continues = true
        } else {
          continues = !previousBlank && !Self.startsBlock(candidate)
        }
        guard continues else { break }
        for _ in 0..<pendingBlanks {
          contentLines.append("")
          offsets.append(0)
        }
        pendingBlanks = 0
        let cut = indent.columns >= 4 ? indent.bytesForFour : 0
        contentLines.append(String(decoding: candidate[cut...], as: UTF8.self))
        offsets.append(cut)
        last = next
        previousBlank = false
        next += 1
      }
      let end = lines.lineRange(last)
      definitions.append(
        Definition(
          label: label, content: contentLines.joined(separator: "\n") + "\n",
          placement: FragmentPlacement(firstLine: first, columnOffsets: offsets),
          range: SourceRange(
            start: SourceLocation(line: first, column: 1),
            end: SourceLocation(line: last, column: max(end.count, 1)))))
      for emptiedLine in first...last { emptied.append(lines.lineRange(emptiedLine)) }
      line = last + 1
    }
    for range in emptied.reversed() {
      // Keep line numbers and every other line's bytes: the line keeps its terminator only.
      blanked.removeSubrange(range)
    }
  }

  /// Whether `bytes` contain `[^`, without which there is no footnote definition or reference.
  static func mayHoldFootnotes(_ bytes: [UInt8]) -> Bool {
    var index = 1
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "^"), bytes[index - 1] == UInt8(ascii: "[") { return true }
      index += 1
    }
    return false
  }

  /// `[^label]:` after at most three spaces: the label and where the content starts (after the
  /// colon and any spaces).
  private static func definitionStart(_ bytes: [UInt8]) -> (String, Int)? {
    var index = 0
    while index < bytes.count, index < 3, bytes[index] == ASCII.space { index += 1 }
    guard bytes.count > index + 4, bytes[index] == UInt8(ascii: "["),
      bytes[index + 1] == UInt8(ascii: "^")
    else { return nil }
    let labelStart = index + 2
    var end = labelStart
    while end < bytes.count, bytes[end] != UInt8(ascii: "]") {
      guard !ASCII.isSpace(bytes[end]), bytes[end] != UInt8(ascii: "[") else { return nil }
      end += 1
    }
    guard end > labelStart, end + 1 < bytes.count, bytes[end + 1] == ASCII.colon else {
      return nil
    }
    var content = end + 2
    while content < bytes.count, ASCII.isSpace(bytes[content]) { content += 1 }
    return (String(decoding: bytes[labelStart..<end], as: UTF8.self), content)
  }

  /// A line of three or more backticks or tildes after at most three spaces (or inside an
  /// indented container: any indentation), with whether it could close a fence (nothing after).
  private static func fenceRun(_ bytes: [UInt8]) -> (byte: UInt8, length: Int, closesOnly: Bool)? {
    var index = 0
    while index < bytes.count, bytes[index] == ASCII.space || bytes[index] == UInt8(ascii: ">") {
      index += 1
    }
    guard index < bytes.count, bytes[index] == ASCII.backtick || bytes[index] == UInt8(ascii: "~")
    else { return nil }
    let byte = bytes[index]
    var length = 0
    while index + length < bytes.count, bytes[index + length] == byte { length += 1 }
    guard length >= 3 else { return nil }
    let rest = bytes[(index + length)...]
    return (byte, length, rest.allSatisfy { ASCII.isSpace($0) })
  }

  /// The line's indentation in columns (a tab to the next multiple of 4) and how many bytes
  /// make up its first four columns.
  private static func indentation(_ bytes: [UInt8]) -> (columns: Int, bytesForFour: Int) {
    var columns = 0
    var bytesForFour = 0
    for byte in bytes {
      if byte == ASCII.space {
        columns += 1
      } else if byte == UInt8(ascii: "\t") {
        columns += 4 - columns % 4
      } else {
        break
      }
      if columns <= 4 { bytesForFour += 1 }
    }
    return (columns, bytesForFour)
  }

  /// Whether an unindented line starts a block, ending a definition's lazy paragraph.
  private static func startsBlock(_ bytes: [UInt8]) -> Bool {
    let trimmed = Array(bytes.drop { $0 == ASCII.space })
    guard let first = trimmed.first else { return true }
    if definitionStart(bytes) != nil || fenceRun(bytes) != nil { return true }
    switch first {
    case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "|"):
      return true
    case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "_"),
      UInt8(ascii: "="):
      return trimmed.count == 1 || trimmed[1] == ASCII.space || trimmed[1] == first
    default:
      let digits = trimmed.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
      guard !digits.isEmpty, digits.count < trimmed.count else { return false }
      let after = trimmed[digits.count]
      return after == UInt8(ascii: ".") || after == UInt8(ascii: ")")
    }
  }
}
