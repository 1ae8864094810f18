import SiteModel
import SourcePositions

/// The runs of adjacent text inlines of a paragraph's content: cmark splits text at brackets
/// and other punctuation, so a reference written in one piece of source (`[^note]`, `@fig-x`)
/// can stand in several text inlines.
enum TextRuns {
  /// `content` with each run of adjacent text inlines replaced by what `transform` makes of its
  /// pieces (text and source range, in order), or kept as it is when `transform` gives `nil`.
  static func rewriting(
    _ content: [Inline], _ transform: ([(text: String, range: SourceRange)]) -> [Inline]?
  ) -> [Inline] {
    var result: [Inline] = []
    var index = 0
    while index < content.count {
      guard case .text(let first, let range) = content[index] else {
        result.append(content[index])
        index += 1
        continue
      }
      var pieces: [(text: String, range: SourceRange)] = [(first, range)]
      var next = index + 1
      while next < content.count, case .text(let more, let moreRange) = content[next] {
        pieces.append((more, moreRange))
        next += 1
      }
      result += transform(pieces) ?? Array(content[index..<next])
      index = next
    }
    return result
  }
}
