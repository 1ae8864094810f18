import SiteModel
import SourcePositions

/// Converts cmark's tree (of the text with math placeholders) into a `Document`, mapping
/// positions back to the original source.
struct DocumentBuilder {
  let extraction: MathExtraction
  let source: [UInt8]
  let lines: LineIndex
  let file: String
  let knownDirectives: Set<String>
  let yamlBodied: Set<String>
  private(set) var diagnostics: [Diagnostic] = []

  init(
    extraction: MathExtraction, source: [UInt8], lines: LineIndex, file: String,
    knownDirectives: Set<String>, yamlBodied: Set<String>
  ) {
    self.extraction = extraction
    self.source = source
    self.lines = lines
    self.file = file
    self.knownDirectives = knownDirectives
    self.yamlBodied = yamlBodied
  }

  /// The document for cmark's document node.
  mutating func document(from root: MarkupNode) -> Document {
    let whole = SourceRange(
      start: SourceLocation(line: 1, column: 1), end: lines.location(of: max(lines.count - 1, 0)))
    let origins = extraction.spans.map { ($0.range, $0.origin) }
    return Document(
      blocks: blocks(root.children, enclosing: whole),
      mathOrigins: Dictionary(origins) { first, _ in first })
  }

  /// The range of `node` in the original source, or `enclosing` when cmark records none.
  func range(of node: MarkupNode, enclosing: SourceRange) -> SourceRange {
    guard let start = node.start, let end = node.end else { return enclosing }
    return extraction.originalRange(start: start, end: end)
  }

  // MARK: Blocks

  private mutating func blocks(_ nodes: [MarkupNode], enclosing: SourceRange) -> [Block] {
    nodes.compactMap { block($0, enclosing: enclosing) }
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
        literal: extraction.restoringPlaceholders(literal), fenced: fenced, range: range)
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
      case .code, .html, .emphasis, .strong, .link, .image:
        return nil
      }
    }
    return found
  }

  private mutating func codeBlock(info: String, literal: String, fenced: Bool, range: SourceRange)
    -> Block
  {
    guard fenced, let (name, arguments) = DirectiveReader.nameAndArguments(inInfo: info) else {
      return .codeBlock(info: info, literal: literal, fenced: fenced, range: range)
    }
    guard knownDirectives.contains(name) else {
      diagnostics.append(
        .warning(
          "unknown directive `{\(name)}`; the block is shown as code", file: file,
          at: SourceRange(range.start),
          notes: [
            "known directives: "
              + knownDirectives.sorted().map { "{\($0)}" }.joined(separator: ", ")
          ]))
      return .codeBlock(info: info, literal: literal, fenced: fenced, range: range)
    }
    var reader = DirectiveReader(source: source, lines: lines, file: file)
    let directive = reader.directive(
      name: name, arguments: arguments, literal: literal, range: range,
      yamlBodied: yamlBodied.contains(name))
    diagnostics += reader.diagnostics
    return .directive(directive)
  }

  // MARK: Inlines

  private func inlines(_ nodes: [MarkupNode], enclosing: SourceRange) -> [Inline] {
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
