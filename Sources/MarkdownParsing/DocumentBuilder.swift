import SiteModel
import SourcePositions

/// Converts cmark's tree (of the text with math placeholders) into a `Document`, mapping
/// positions back to the original source.
struct DocumentBuilder {
  let extraction: MathExtraction
  let source: [UInt8]
  let lines: LineIndex
  let file: String
  let directives: DirectiveRegistry
  /// How many Markdown-bodied directives (admonitions) enclose the text being read.
  let depth: Int
  private(set) var diagnostics: [Diagnostic] = []
  /// Math origins and footnotes found in the Markdown bodies of directives.
  private(set) var nestedMathOrigins: [SourceRange: SnippetOrigin] = [:]
  private(set) var nestedFootnotes: [Footnote] = []

  /// Markdown-bodied directives nested deeper than this are shown as code.
  static let maximumDirectiveDepth = 16

  init(
    extraction: MathExtraction, source: [UInt8], lines: LineIndex, file: String,
    directives: DirectiveRegistry, depth: Int = 0
  ) {
    self.extraction = extraction
    self.source = source
    self.lines = lines
    self.file = file
    self.directives = directives
    self.depth = depth
  }

  /// The document for cmark's document node.
  mutating func document(from root: MarkupNode) -> Document {
    let whole = SourceRange(
      start: SourceLocation(line: 1, column: 1), end: lines.location(of: max(lines.count - 1, 0)))
    let origins = extraction.spans.map { ($0.range, $0.origin) }
    let content = blocks(root.children, enclosing: whole)
    return Document(
      blocks: content,
      mathOrigins: Dictionary(origins) { first, _ in first }.merging(nestedMathOrigins) { a, _ in a
      },
      footnotes: nestedFootnotes)
  }

  /// The range of `node` in the original source, or `enclosing` when cmark records none.
  func range(of node: MarkupNode, enclosing: SourceRange) -> SourceRange {
    guard let start = node.start, let end = node.end else { return enclosing }
    return extraction.originalRange(start: start, end: end)
  }

  // MARK: Blocks

  private mutating func blocks(_ nodes: [MarkupNode], enclosing: SourceRange) -> [Block] {
    nodes.flatMap { node -> [Block] in
      if let table = tableBlocks(node, enclosing: enclosing) { return table }
      return block(node, enclosing: enclosing).map { [$0] } ?? []
    }
  }

  private mutating func block(_ node: MarkupNode, enclosing: SourceRange) -> Block? {
    let range = range(of: node, enclosing: enclosing)
    switch node.kind {
    case .paragraph:
      let content = inlines(node.children, enclosing: range)
      if let math = Self.soleDisplayMath(content) {
        return .mathBlock(tex: math.tex, range: math.range)
      }
      return .paragraph(content, range: range)
    case .heading(let level):
      return .heading(level: level, inlines(node.children, enclosing: range), range: range)
    case .thematicBreak:
      return .thematicBreak(range: range)
    case .blockQuote:
      return .blockQuote(blocks(node.children, enclosing: range), range: range)
    case .list(let style):
      let items = node.children.map { item in
        let itemRange = self.range(of: item, enclosing: range)
        return ListItem(blocks: blocks(item.children, enclosing: itemRange), range: itemRange)
      }
      return .list(style, items: items, range: range)
    case .codeBlock(let info, let literal, let fenced):
      return codeBlock(
        info: extraction.restoringPlaceholders(info),
        literal: extraction.restoringPlaceholders(literal), fenced: fenced, range: range,
        start: node.start)
    case .htmlBlock(let html):
      return .htmlBlock(extraction.restoringPlaceholders(html), range: range)
    case .document, .item, .text, .softBreak, .lineBreak, .code, .htmlInline, .emphasis, .strong,
      .link, .image,
      .other:
      return nil
    }
  }

  /// The TeX and range of a paragraph made only of one `$$…$$` span (and white space), if it is
  /// one.
  private static func soleDisplayMath(_ content: [Inline]) -> (tex: String, range: SourceRange)? {
    var found: (tex: String, range: SourceRange)?
    for inline in content {
      switch inline {
      case .math(let tex, let display, let range):
        guard display, found == nil else { return nil }
        found = (tex, range)
      case .text(let text, _):
        guard text.trimmingSpaces().isEmpty else { return nil }
      case .softBreak, .lineBreak:
        continue
      case .code, .html, .emphasis, .strong, .link, .image, .footnoteReference:
        return nil
      }
    }
    return found
  }

  /// A fenced block as a directive when its info string names one; `start` is where cmark saw
  /// the block start.
  private mutating func codeBlock(
    info: String, literal: String, fenced: Bool, range: SourceRange, start: SourceLocation?
  ) -> Block {
    guard fenced, let (name, arguments) = DirectiveReader.nameAndArguments(inInfo: info) else {
      return .codeBlock(info: info, literal: literal, fenced: fenced, range: range)
    }
    guard let kind = directives[name] else {
      diagnostics.append(
        .warning(
          "unknown directive `{\(name)}`; the block is shown as code", file: file,
          at: SourceRange(range.start),
          notes: [
            "known directives: "
              + directives.names.sorted().map { "{\($0)}" }.joined(separator: ", ")
          ]))
      return .codeBlock(info: info, literal: literal, fenced: fenced, range: range)
    }
    var reader = DirectiveReader(source: source, lines: lines, file: file)
    var directive = reader.directive(
      name: name, arguments: arguments, literal: literal, range: range, body: kind.body)
    diagnostics += reader.diagnostics
    switch kind.body {
    case .code, .options:
      break
    case .markdown:
      guard depth < Self.maximumDirectiveDepth else {
        diagnostics.append(
          .warning(
            "directives nested deeper than \(Self.maximumDirectiveDepth) levels are shown as code",
            file: file, at: SourceRange(range.start)))
        return .codeBlock(info: info, literal: literal, fenced: fenced, range: range)
      }
      directive.content = markdownBody(literal, firstLine: range.start.line + 1)
      if !arguments.isEmpty, let start {
        directive.title = infoStringArguments(at: start, enclosing: range)
      }
    }
    return .directive(directive)
  }

  /// A directive's body parsed as Markdown on its own, placed where its lines sit in the page.
  private mutating func markdownBody(_ literal: String, firstLine: Int) -> [Block] {
    let bodyLines = literal.split(separator: "\n", omittingEmptySubsequences: false)
    let offsets = bodyLines.indices.map { index -> Int in
      let line = firstLine + index
      guard line <= lines.lineCount else { return 0 }
      let sourceBytes = source[lines.lineRange(line)]
      let lineBytes = Array(bodyLines[index].utf8)
      let prefix = sourceBytes.count - lineBytes.count
      return prefix >= 0 && sourceBytes.dropFirst(prefix).elementsEqual(lineBytes) ? prefix : 0
    }
    let placement = FragmentPlacement(firstLine: firstLine, columnOffsets: offsets)
    let (fragment, problems) = MarkdownParser.parseFragment(
      literal, file: file, directives: directives, depth: depth + 1)
    let placed = placement.document(fragment)
    diagnostics += problems.map(placement.diagnostic)
    nestedMathOrigins.merge(placed.mathOrigins) { a, _ in a }
    nestedFootnotes += placed.footnotes
    return placed.blocks
  }

  // MARK: Inlines

  func inlines(_ nodes: [MarkupNode], enclosing: SourceRange) -> [Inline] {
    nodes.flatMap { inline($0, enclosing: enclosing) }
  }

  private func inline(_ node: MarkupNode, enclosing: SourceRange) -> [Inline] {
    let range = range(of: node, enclosing: enclosing)
    let restore = extraction.restoringPlaceholders
    switch node.kind {
    case .text(let text):
      return splitMath(text, range: range)
    case .softBreak:
      return [.softBreak(range: range)]
    case .lineBreak:
      return [.lineBreak(range: range)]
    case .code(let code):
      return [.code(restore(code), range: range)]
    case .htmlInline(let html):
      return [.html(restore(html), range: range)]
    case .emphasis:
      return [.emphasis(inlines(node.children, enclosing: range), range: range)]
    case .strong:
      return [.strong(inlines(node.children, enclosing: range), range: range)]
    case .link(let destination, let title):
      return [
        .link(
          destination: restore(destination), title: restore(title),
          inlines(node.children, enclosing: range), range: range)
      ]
    case .image(let source, let title):
      return [
        .image(
          source: restore(source), title: restore(title), inlines(node.children, enclosing: range),
          range: range)
      ]
    case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading,
      .thematicBreak, .other:
      return inlines(node.children, enclosing: range)
    }
  }

  /// A text node's text split at math placeholders.
  private func splitMath(_ text: String, range: SourceRange) -> [Inline] {
    guard !extraction.spans.isEmpty else { return [.text(text, range: range)] }
    var result: [Inline] = []
    var pending = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard let span = extraction.span(for: scalar) else {
        pending.append(scalar)
        continue
      }
      if !pending.isEmpty {
        result.append(.text(String(pending), range: range))
        pending = String.UnicodeScalarView()
      }
      result.append(.math(tex: span.tex, display: span.display, range: span.range))
    }
    if !pending.isEmpty || result.isEmpty { result.append(.text(String(pending), range: range)) }
    return result
  }
}
