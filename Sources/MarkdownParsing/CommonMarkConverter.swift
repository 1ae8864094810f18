import Ccmark
import SiteModel
import SourcePositions

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The only file that talks to libcmark: it parses and converts cmark's tree into `MarkupNode`
// values, and renders reference HTML for tests. No cmark pointer leaves this file.

/// Parses CommonMark with libcmark and converts the result into Swift values.
enum CommonMarkConverter {
  /// Containers nested deeper than this are flattened into their nearest kept ancestor, so
  /// that no later recursive pass over the tree runs out of stack.
  static let maximumDepth = 100

  /// Parses `markdown` with source positions and raw HTML kept.
  /// - Returns: the document node, and whether containers deeper than `maximumDepth` were
  ///   flattened.
  static func parse(_ markdown: String) -> (root: MarkupNode, flattened: Bool) {
    var text = markdown
    let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE
    let root: OpaquePointer? = text.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        cmark_parse_document(chars.baseAddress, chars.count, options)
      }
    }
    guard let root else {
      return (MarkupNode(kind: .document, children: [], start: nil, end: nil), false)
    }
    defer { cmark_node_free(root) }
    let bytes = Array(markdown.utf8)
    return convert(root, source: SourceLayout(bytes: bytes, lines: LineIndex(bytes)))
  }

  /// A container being converted: its node so far, or `nil` when it is flattened away.
  private struct OpenContainer {
    var node: MarkupNode?
  }

  /// Converts cmark's tree with its iterator (no recursion, so any depth is safe).
  private static func convert(_ root: OpaquePointer, source: SourceLayout) -> (
    root: MarkupNode, flattened: Bool
  ) {
    var open: [OpenContainer] = []
    // Indices in `open` of the containers that are kept.
    var kept: [Int] = []
    var flattened = false
    var result = MarkupNode(kind: .document, children: [], start: nil, end: nil)
    guard let iterator = cmark_iter_new(root) else { return (result, false) }
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      if event == CMARK_EVENT_EXIT {
        guard let finished = open.popLast() else { continue }
        guard var built = finished.node else { continue }
        clipBlockEnds(of: &built, source: source)
        kept.removeLast()
        if let parent = kept.last {
          open[parent].node?.children.append(built)
        } else {
          result = built
        }
        continue
      }
      let converted = markupNode(node, source: source)
      if isLeaf(converted.kind) {
        if let parent = kept.last { open[parent].node?.children.append(converted) }
        continue
      }
      if keeps(converted.kind, depth: kept.count, parentKept: kept.last == open.count - 1) {
        kept.append(open.count)
        open.append(OpenContainer(node: converted))
      } else {
        flattened = true
        open.append(OpenContainer(node: nil))
      }
    }
    return (result, flattened)
  }

  /// Ends each child block before its next sibling starts: cmark 0.30 gives a setext heading
  /// directly followed by a paragraph the paragraph's end.
  private static func clipBlockEnds(of node: inout MarkupNode, source: SourceLayout) {
    switch node.kind {
    case .document, .blockQuote, .list, .item:
      for index in node.children.indices.dropLast() {
        guard let end = node.children[index].end, let next = node.children[index + 1].start,
          end >= next
        else { continue }
        node.children[index].end = source.endLocation(line: next.line, column: 0)
      }
    case .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak, .text, .softBreak,
      .lineBreak, .code, .htmlInline, .emphasis, .strong, .link, .image, .other:
      break
    }
  }

  /// Whether a container entered at `depth` kept containers is kept: always for the document,
  /// paragraphs and headings (they hold only inlines) and the items of a kept list.
  private static func keeps(_ kind: MarkupNode.Kind, depth: Int, parentKept: Bool) -> Bool {
    switch kind {
    case .document, .paragraph, .heading: true
    case .item: parentKept
    case .blockQuote, .list, .emphasis, .strong, .link, .image, .other: depth < maximumDepth
    case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code,
      .htmlInline:
      true
    }
  }

  /// Whether cmark's iterator visits nodes of this kind once (no exit event).
  private static func isLeaf(_ kind: MarkupNode.Kind) -> Bool {
    switch kind {
    case .codeBlock, .htmlBlock, .thematicBreak, .text, .softBreak, .lineBreak, .code,
      .htmlInline:
      true
    case .document, .blockQuote, .list, .item, .paragraph, .heading, .emphasis, .strong, .link,
      .image, .other:
      false
    }
  }

  /// One cmark node as a `MarkupNode` without children.
  private static func markupNode(_ node: OpaquePointer, source: SourceLayout) -> MarkupNode {
    var kind = kind(of: node)
    if case .codeBlock(let info, let literal, _) = kind {
      let start = SourceLocation(
        line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
      kind = .codeBlock(
        info: info, literal: literal,
        fenced: !info.isEmpty || source.startsWithFence(at: start, literal: literal))
    }
    return MarkupNode(
      kind: kind, children: [],
      start: location(
        line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node)),
      end: source.endLocation(
        line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node))))
  }

  private static func location(line: Int32, column: Int32) -> SourceLocation? {
    line > 0 && column > 0 ? SourceLocation(line: Int(line), column: Int(column)) : nil
  }

  private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }

  // cmark's node types are a C enum; compare them one by one so no `default:` is needed for
  // values a later libcmark might add.
  private static func kind(of node: OpaquePointer) -> MarkupNode.Kind {
    let type = cmark_node_get_type(node)
    let literal = { string(cmark_node_get_literal(node)) }
    if type == CMARK_NODE_DOCUMENT { return .document }
    if type == CMARK_NODE_BLOCK_QUOTE { return .blockQuote }
    if type == CMARK_NODE_LIST { return .list(listStyle(node)) }
    if type == CMARK_NODE_ITEM { return .item }
    if type == CMARK_NODE_CODE_BLOCK {
      // Whether it is fenced is settled by `convert`, which sees the source.
      return .codeBlock(
        info: string(cmark_node_get_fence_info(node)), literal: literal(), fenced: false)
    }
    if type == CMARK_NODE_HTML_BLOCK { return .htmlBlock(literal()) }
    if type == CMARK_NODE_PARAGRAPH { return .paragraph }
    if type == CMARK_NODE_HEADING {
      return .heading(level: Int(cmark_node_get_heading_level(node)))
    }
    if type == CMARK_NODE_THEMATIC_BREAK { return .thematicBreak }
    if type == CMARK_NODE_TEXT { return .text(literal()) }
    if type == CMARK_NODE_SOFTBREAK { return .softBreak }
    if type == CMARK_NODE_LINEBREAK { return .lineBreak }
    if type == CMARK_NODE_CODE { return .code(literal()) }
    if type == CMARK_NODE_HTML_INLINE { return .htmlInline(literal()) }
    if type == CMARK_NODE_EMPH { return .emphasis }
    if type == CMARK_NODE_STRONG { return .strong }
    if type == CMARK_NODE_LINK {
      return .link(
        destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    }
    if type == CMARK_NODE_IMAGE {
      return .image(
        source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    }
    return .other
  }

  private static func listStyle(_ node: OpaquePointer) -> ListStyle {
    let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
    let delimiterType = cmark_node_get_list_delim(node)
    let delimiter: ListStyle.Delimiter =
      delimiterType == CMARK_PERIOD_DELIM
      ? .period : delimiterType == CMARK_PAREN_DELIM ? .parenthesis : .none
    return ListStyle(
      ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1,
      delimiter: delimiter, tight: cmark_node_get_list_tight(node) != 0)
  }
}

/// The HTML libcmark itself renders for `markdown` (`cmark_markdown_to_html` with raw HTML kept):
/// the reference the renderer's output is compared with.
package func cmarkReferenceHTML(_ markdown: String) -> String {
  var text = markdown
  let rendered: UnsafeMutablePointer<CChar>? = text.withUTF8 { bytes in
    bytes.withMemoryRebound(to: CChar.self) { chars in
      cmark_markdown_to_html(chars.baseAddress, chars.count, CMARK_OPT_UNSAFE)
    }
  }
  guard let rendered else { return "" }
  defer { free(rendered) }
  return String(cString: rendered)
}
