import SiteModel
import SourcePositions

/// The source with every math span replaced by one placeholder character, and the way back.
///
/// Each span becomes a single private-use character (plane 15, U+F0000 + its index) that cmark
/// treats as a letter and never alters. Positions cmark reports in the replaced text are mapped
/// back to the original source; placeholders in text nodes become `.math` inlines, and anywhere
/// else (code, URLs, titles) they are restored to the original `$…$` text.
struct MathExtraction {
  /// The first placeholder scalar; the span at index `i` is `placeholderBase + i`.
  static let placeholderBase: UInt32 = 0xF0000
  /// How many placeholders plane 15's private-use area holds.
  static let placeholderCapacity = 0xFFFE

  let spans: [MathSpan]
  /// The source as cmark is to see it.
  let transformed: String
  private let original: [UInt8]
  private let originalLines: LineIndex
  /// `transformed` as bytes, and its lines: the coordinates cmark's positions are in.
  let transformedBytes: [UInt8]
  let transformedLines: LineIndex
  /// Where each span's placeholder starts in `transformed`, in order.
  private let placeholderOffsets: [Int]
  private static let placeholderLength = 4

  /// Replaces `spans` (sorted, not overlapping) in `source`.
  init(source: [UInt8], lines: LineIndex, spans: [MathSpan]) {
    var output: [UInt8] = []
    output.reserveCapacity(source.count)
    var offsets: [Int] = []
    var copied = 0
    for (index, span) in spans.enumerated() {
      output.append(contentsOf: source[copied..<span.bytes.lowerBound])
      offsets.append(output.count)
      let scalar = Unicode.Scalar(Self.placeholderBase + UInt32(index)) ?? "?"
      output.append(contentsOf: String(Character(scalar)).utf8)
      copied = span.bytes.upperBound
    }
    output.append(contentsOf: source[copied...])
    self.spans = spans
    self.original = source
    self.originalLines = lines
    self.transformed = String(decoding: output, as: UTF8.self)
    self.transformedBytes = output
    self.transformedLines = LineIndex(output)
    self.placeholderOffsets = offsets
  }

  /// The span a placeholder scalar stands for, if it is one.
  func span(for scalar: Unicode.Scalar) -> MathSpan? {
    let value = scalar.value
    guard value >= Self.placeholderBase, value - Self.placeholderBase < spans.count else {
      return nil
    }
    return spans[Int(value - Self.placeholderBase)]
  }

  /// `text` with every placeholder replaced by the source text it stands for.
  func restoringPlaceholders(_ text: String) -> String {
    guard !spans.isEmpty, text.unicodeScalars.contains(where: { span(for: $0) != nil }) else {
      return text
    }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let span = span(for: scalar) {
        result.append(
          contentsOf: String(decoding: original[span.bytes], as: UTF8.self).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The original location of a location cmark reported in the replaced text. A location inside
  /// a placeholder maps to its span's first byte, or its last when `isEnd`.
  func originalLocation(_ location: SourceLocation, isEnd: Bool) -> SourceLocation {
    guard !spans.isEmpty else { return location }
    let offset = transformedLines.offset(of: location)
    // The last placeholder starting at or before `offset`.
    var low = 0
    var high = placeholderOffsets.count
    while low < high {
      let middle = (low + high) / 2
      if placeholderOffsets[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return originalLines.location(of: offset) }
    let index = low - 1
    let placeholderStart = placeholderOffsets[index]
    let span = spans[index].bytes
    let mapped: Int
    if offset < placeholderStart + Self.placeholderLength {
      mapped = isEnd ? span.upperBound - 1 : span.lowerBound
    } else {
      mapped = span.upperBound + offset - placeholderStart - Self.placeholderLength
    }
    return originalLines.location(of: mapped)
  }

  /// A range cmark reported in the replaced text, mapped to the original source.
  func originalRange(start: SourceLocation, end: SourceLocation) -> SourceRange {
    SourceRange(
      start: originalLocation(start, isEnd: false), end: originalLocation(end, isEnd: true))
  }
}
