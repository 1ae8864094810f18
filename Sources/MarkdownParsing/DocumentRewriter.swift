import SiteModel
import SourcePositions

/// Rebuilds blocks with every source range mapped and every run of inlines rewritten: used to
/// move a fragment parsed on its own (an admonition's body, a footnote, a table cell) to where it
/// sits in the page, and to find footnote references once every definition is known.
struct DocumentRewriter {
  /// Maps each source range.
  var range: (SourceRange) -> SourceRange = { $0 }
  /// Rewrites each run of inlines (after its ranges are mapped), innermost runs first.
  var inlines: ([Inline]) -> [Inline] = { $0 }
  /// Whether `inlines` also rewrites the text of links and images (cross-references must not,
  /// or a link would hold a link).
  var rewritesLinkText = true
  /// Rewrites each block once its children are rewritten, in source order.
  var transform: (Block) -> Block = { $0 }

  func blocks(_ blocks: [Block]) -> [Block] {
    blocks.map(block)
  }

  func block(_ block: Block) -> Block {
    transform(rewritten(block))
  }

  private func rewritten(_ block: Block) -> Block {
    switch block {
    case .paragraph(let content, let range):
      return .paragraph(run(content), range: self.range(range))
    case .heading(let level, let content, let range):
      return .heading(level: level, run(content), range: self.range(range))
    case .thematicBreak(let range):
      return .thematicBreak(range: self.range(range))
    case .blockQuote(let children, let range):
      return .blockQuote(blocks(children), range: self.range(range))
    case .list(let style, let items, let range):
      return .list(
        style,
        items: items.map { ListItem(blocks: blocks($0.blocks), range: self.range($0.range)) },
        range: self.range(range))
    case .codeBlock(let info, let literal, let fenced, let range):
      return .codeBlock(info: info, literal: literal, fenced: fenced, range: self.range(range))
    case .htmlBlock(let html, let range):
      return .htmlBlock(html, range: self.range(range))
    case .directive(var directive):
      directive.range = range(directive.range)
      directive.bodyRange = directive.bodyRange.map(range)
      for index in directive.options.indices {
        directive.options[index].range = range(directive.options[index].range)
      }
      directive.content = blocks(directive.content)
      directive.title = run(directive.title)
      return .directive(directive)
    case .mathBlock(let tex, let range):
      return .mathBlock(tex: tex, range: self.range(range))
    case .table(var table):
      table.range = range(table.range)
      table.header = table.header.map(cell)
      table.rows = table.rows.map { $0.map(cell) }
      return .table(table)
    }
  }

  func footnote(_ footnote: Footnote) -> Footnote {
    Footnote(label: footnote.label, blocks: blocks(footnote.blocks), range: range(footnote.range))
  }

  private func cell(_ cell: TableCell) -> TableCell {
    TableCell(inlines: run(cell.inlines), range: range(cell.range))
  }

  func run(_ content: [Inline]) -> [Inline] {
    inlines(content.map(inline))
  }

  private func linkText(_ content: [Inline]) -> [Inline] {
    rewritesLinkText ? run(content) : content.map(inline)
  }

  private func inline(_ inline: Inline) -> Inline {
    switch inline {
    case .text(let text, let range): .text(text, range: self.range(range))
    case .softBreak(let range): .softBreak(range: self.range(range))
    case .lineBreak(let range): .lineBreak(range: self.range(range))
    case .code(let code, let range): .code(code, range: self.range(range))
    case .html(let html, let range): .html(html, range: self.range(range))
    case .emphasis(let children, let range): .emphasis(run(children), range: self.range(range))
    case .strong(let children, let range): .strong(run(children), range: self.range(range))
    case .link(let destination, let title, let children, let range):
      .link(destination: destination, title: title, linkText(children), range: self.range(range))
    case .image(let source, let title, let children, let range):
      .image(source: source, title: title, linkText(children), range: self.range(range))
    case .math(let tex, let display, let range):
      .math(tex: tex, display: display, range: self.range(range))
    case .footnoteReference(let label, let range):
      .footnoteReference(label: label, range: self.range(range))
    }
  }
}
