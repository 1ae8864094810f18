import SiteModel
import SourcePositions

/// Turns a Markdown page into a `Document`: footnote definitions and TeX math taken out first,
/// then CommonMark parsed by cmark, then pipe tables found in its paragraphs, fenced `{name}`
/// blocks read as the registry's directives, footnote references and cross-references resolved.
package struct MarkdownParser {
  /// Parses one page.
  /// - Parameters:
  ///   - source: the page's Markdown (front matter blanked, so lines keep their numbers).
  ///   - file: the path diagnostics name.
  ///   - directives: the directive kinds that become `.directive` blocks, read as each kind
  ///     says; any other `{name}` block is a warning and stays a code block.
  ///   - extractMath: `false` parses plain CommonMark, with dollars as ordinary text.
  /// - Returns: the document and every problem found, in source order.
  package static func parse(
    _ source: String, file: String, directives: DirectiveRegistry = .standard,
    extractMath: Bool = true
  ) -> (Document, [Diagnostic]) {
    var (document, diagnostics) = parseFragment(
      source, file: file, directives: directives, extractMath: extractMath, depth: 0)

    // Phase 4: footnote references, now that every definition (nested ones too) is known.
    var footnotes: [Footnote] = []
    var seen = Set<String>()
    for footnote in document.footnotes {
      guard seen.insert(Footnote.key(footnote.label)).inserted else {
        diagnostics.append(
          .warning(
            "footnote `[^\(footnote.label)]` is defined again; the first definition is used",
            file: file, at: SourceRange(footnote.range.start)))
        continue
      }
      footnotes.append(footnote)
    }
    let bytes = Array(source.utf8)
    if !footnotes.isEmpty || FootnoteDefinitions.mayHoldFootnotes(bytes) {
      let references = FootnoteReferences(
        defined: seen, source: bytes, lines: LineIndex(bytes), file: file)
      let rewriter = DocumentRewriter(inlines: references.rewrite)
      document.blocks = rewriter.blocks(document.blocks)
      document.footnotes = footnotes.map(rewriter.footnote)
      diagnostics += references.diagnostics
    }

    // Phase 5: cross-references, numbered in order of appearance once every label is known.
    if CrossReferences.mayHoldCrossReferences(bytes) {
      let crossReferences = CrossReferences(source: bytes, lines: LineIndex(bytes), file: file)
      document = crossReferences.resolve(document)
      diagnostics += crossReferences.diagnostics
    }

    // Source order; problems at the same place keep the order they were found in.
    let ordered = diagnostics.enumerated().sorted {
      let left = $0.element.range?.start ?? SourceLocation(line: 0, column: 0)
      let right = $1.element.range?.start ?? SourceLocation(line: 0, column: 0)
      return (left.line, left.column, $0.offset) < (right.line, right.column, $1.offset)
    }
    return (document, ordered.map(\.element))
  }

  /// Parses one page with only the directives named in `knownDirectives` (of the standard ones).
  package static func parse(
    _ source: String, file: String, knownDirectives: Set<String>, extractMath: Bool = true
  ) -> (Document, [Diagnostic]) {
    parse(
      source, file: file, directives: DirectiveRegistry.standard.restricted(to: knownDirectives),
      extractMath: extractMath)
  }

  /// Parses a page or a part of one read on its own (an admonition's body, a footnote), with
  /// positions relative to `source`, footnote references left as text and problems unsorted.
  static func parseFragment(
    _ source: String, file: String, directives: DirectiveRegistry, extractMath: Bool = true,
    depth: Int
  ) -> (Document, [Diagnostic]) {
    let original = Array(source.utf8)
    var diagnostics: [Diagnostic] = []

    // Phase 0: footnote definitions, each parsed on its own; their lines are emptied.
    let definitions = FootnoteDefinitions(source: original, lines: LineIndex(original))
    var footnotes: [Footnote] = []
    for definition in definitions.definitions {
      let (content, problems) = parseFragment(
        definition.content, file: file, directives: directives, extractMath: extractMath,
        depth: depth + 1)
      let placed = definition.placement.document(content)
      footnotes.append(
        Footnote(label: definition.label, blocks: placed.blocks, range: definition.range))
      footnotes += placed.footnotes
      diagnostics += problems.map(definition.placement.diagnostic)
    }
    let bytes = definitions.blanked
    let lines = LineIndex(bytes)
    let source = definitions.definitions.isEmpty ? source : String(decoding: bytes, as: UTF8.self)

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
      extraction: extraction, source: bytes, lines: lines, file: file, directives: directives,
      depth: depth)
    let (root, flattened) = CommonMarkConverter.parse(extraction.transformed)
    var document = builder.document(from: root)
    document.footnotes = footnotes + document.footnotes
    diagnostics += builder.diagnostics
    if flattened {
      diagnostics.append(
        .warning(
          "quotes, lists or emphasis nested deeper than \(CommonMarkConverter.maximumDepth) "
            + "levels are flattened", file: file))
    }
    return (document, diagnostics)
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
