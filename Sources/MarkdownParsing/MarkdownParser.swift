import SiteModel
import SourcePositions

/// Turns a Markdown page into a `Document`: TeX math taken out first, then CommonMark parsed by
/// cmark, then fenced `{name}` blocks read as directives.
package struct MarkdownParser {
  /// Directives whose whole body is `key: value` lines rather than code with `#|` options.
  package static let yamlBodiedDirectives: Set<String> = ["train"]

  /// Parses one page.
  /// - Parameters:
  ///   - source: the page's Markdown (front matter blanked, so lines keep their numbers).
  ///   - file: the path diagnostics name.
  ///   - knownDirectives: directive names that become `.directive` blocks; any other `{name}`
  ///     block is a warning and stays a code block.
  ///   - extractMath: `false` parses plain CommonMark, with dollars as ordinary text.
  ///   - yamlBodied: directives whose body is read as `key: value` options.
  /// - Returns: the document and every problem found, in source order.
  package static func parse(
    _ source: String, file: String, knownDirectives: Set<String>, extractMath: Bool = true,
    yamlBodied: Set<String> = yamlBodiedDirectives
  ) -> (Document, [Diagnostic]) {
    let bytes = Array(source.utf8)
    let lines = LineIndex(bytes)
    var diagnostics: [Diagnostic] = []

    // Phase 1: find the math, in the paragraphs and headings of a first parse.
    var spans: [MathSpan] = []
    if extractMath, bytes.contains(ASCII.dollar) {
      if source.unicodeScalars.contains(where: isPlaceholderLike) {
        diagnostics.append(
          .warning(
            "math left as text: the page contains private-use characters of plane 15",
            file: file))
      } else {
        var scanner = MathScanner(bytes: bytes, lines: lines, file: file)
        for region in mathRegions(in: CommonMarkConverter.parse(source).root, lines: lines) {
          scanner.scan(region.bytes, quoteDepth: region.quoteDepth)
        }
        spans = Array(Self.nonOverlapping(scanner.spans).prefix(MathExtraction.placeholderCapacity))
        diagnostics += scanner.diagnostics
      }
    }

    // Phase 2: parse the text with placeholders, and convert cmark's tree.
    let extraction = MathExtraction(source: bytes, lines: lines, spans: spans)
    var builder = DocumentBuilder(
      extraction: extraction, source: bytes, lines: lines, file: file,
      knownDirectives: knownDirectives, yamlBodied: yamlBodied)
    let (root, flattened) = CommonMarkConverter.parse(extraction.transformed)
    let document = builder.document(from: root)
    diagnostics += builder.diagnostics
    if flattened {
      diagnostics.append(
        .warning(
          "quotes, lists or emphasis nested deeper than \(CommonMarkConverter.maximumDepth) "
            + "levels are flattened", file: file))
    }
    // Source order; problems at the same place keep the order they were found in.
    let ordered = diagnostics.enumerated().sorted {
      let left = $0.element.range?.start ?? SourceLocation(line: 0, column: 0)
      let right = $1.element.range?.start ?? SourceLocation(line: 0, column: 0)
      return (left.line, left.column, $0.offset) < (right.line, right.column, $1.offset)
    }
    return (document, ordered.map(\.element))
  }

  /// `spans` in source order without any that overlaps an earlier one.
  private static func nonOverlapping(_ spans: [MathSpan]) -> [MathSpan] {
    var result: [MathSpan] = []
    for span in spans.sorted(by: { $0.bytes.lowerBound < $1.bytes.lowerBound })
    where span.bytes.lowerBound >= (result.last?.bytes.upperBound ?? 0) {
      result.append(span)
    }
    return result
  }

  private static func isPlaceholderLike(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= MathExtraction.placeholderBase
      && scalar.value < MathExtraction.placeholderBase + UInt32(MathExtraction.placeholderCapacity)
  }

  /// The byte ranges of every paragraph and heading, with their block-quote depth.
  private static func mathRegions(in root: MarkupNode, lines: LineIndex) -> [(
    bytes: Range<Int>, quoteDepth: Int
  )] {
    var regions: [(bytes: Range<Int>, quoteDepth: Int)] = []
    func visit(_ node: MarkupNode, quoteDepth: Int) {
      switch node.kind {
      case .paragraph, .heading:
        if let start = node.start, let end = node.end {
          let lower = lines.offset(of: start)
          let upper = min(max(lines.offset(of: end) + 1, lower), lines.count)
          regions.append((lower..<upper, quoteDepth))
        }
      case .blockQuote:
        for child in node.children { visit(child, quoteDepth: quoteDepth + 1) }
      case .document, .list, .item:
        for child in node.children { visit(child, quoteDepth: quoteDepth) }
      case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code,
        .htmlInline, .emphasis, .strong, .link, .image, .other:
        break
      }
    }
    visit(root, quoteDepth: 0)
    // cmark's end positions are sometimes too generous (a setext heading after raw HTML may
    // claim the paragraph after it); a region ends where the next one starts.
    regions.sort { $0.bytes.lowerBound < $1.bytes.lowerBound }
    for index in regions.indices.dropLast() {
      let next = regions[index + 1].bytes.lowerBound
      let current = regions[index].bytes
      regions[index].bytes =
        current.lowerBound..<max(current.lowerBound, min(current.upperBound, next))
    }
    return regions
  }
}
