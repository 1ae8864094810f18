extension Block {
  /// The blocks directly inside this one (a quote's, a list's items', an admonition's).
  package var childBlocks: [Block] {
    switch self {
    case .blockQuote(let blocks, _): blocks
    case .list(_, let items, _): items.flatMap(\.blocks)
    case .directive(let directive): directive.content
    case .paragraph, .heading, .thematicBreak, .codeBlock, .htmlBlock, .mathBlock, .table: []
    }
  }

  /// The runs of inline content directly in this block (a paragraph's, a table's cells').
  package var inlineRuns: [[Inline]] {
    switch self {
    case .paragraph(let inlines, _), .heading(_, let inlines, _): [inlines]
    case .table(let table): (table.header + table.rows.flatMap { $0 }).map(\.inlines)
    case .blockQuote, .list, .directive, .thematicBreak, .codeBlock, .htmlBlock, .mathBlock: []
    }
  }
}
