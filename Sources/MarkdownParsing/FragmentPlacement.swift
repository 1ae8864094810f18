import SiteModel
import SourcePositions

/// Where a fragment of the page, parsed on its own, sits in the page: line `i` of the fragment
/// (1-based) is page line `firstLine + i - 1`, its columns shifted by that line's indentation.
struct FragmentPlacement {
  let firstLine: Int
  /// For each fragment line, how many page bytes precede its first byte on the page line.
  let columnOffsets: [Int]

  func location(_ location: SourceLocation) -> SourceLocation {
    guard !columnOffsets.isEmpty else { return location }
    let index = min(max(location.line - 1, 0), columnOffsets.count - 1)
    return SourceLocation(
      line: firstLine + location.line - 1, column: location.column + columnOffsets[index])
  }

  func range(_ range: SourceRange) -> SourceRange {
    SourceRange(start: location(range.start), end: location(range.end))
  }

  func origin(_ origin: SnippetOrigin) -> SnippetOrigin {
    SnippetOrigin(lineStarts: origin.lineStarts.map(location))
  }

  func diagnostic(_ diagnostic: Diagnostic) -> Diagnostic {
    var moved = diagnostic
    moved.range = diagnostic.range.map(range)
    moved.snippet = diagnostic.snippet.map(range)
    return moved
  }

  /// `document`, parsed from the fragment, with its positions moved into the page.
  func document(_ document: Document) -> Document {
    let rewriter = DocumentRewriter(range: range)
    return Document(
      blocks: rewriter.blocks(document.blocks),
      mathOrigins: Dictionary(
        document.mathOrigins.map { (range($0.key), origin($0.value)) },
        uniquingKeysWith: { a, _ in a }),
      footnotes: document.footnotes.map(rewriter.footnote))
  }
}
