import SourcePositions

/// A parsed Markdown page: its blocks in source order.
package struct Document: Hashable, Sendable {
  package var blocks: [Block]
  /// For each math span or block, keyed by its range: where its TeX's lines start in the page.
  package var mathOrigins: [SourceRange: SnippetOrigin]
  /// The footnote definitions (`[^label]: text`), in source order, each label once.
  package var footnotes: [Footnote]
  /// The labelled figures, equations and sections, keyed by the range of the block they label
  /// (a cell's directive, a `.mathBlock`, a `.heading`).
  package var crossReferenceTargets: [SourceRange: CrossReferenceTarget]

  package init(
    blocks: [Block], mathOrigins: [SourceRange: SnippetOrigin] = [:], footnotes: [Footnote] = [],
    crossReferenceTargets: [SourceRange: CrossReferenceTarget] = [:]
  ) {
    self.blocks = blocks
    self.mathOrigins = mathOrigins
    self.footnotes = footnotes
    self.crossReferenceTargets = crossReferenceTargets
  }
}

/// A block-level element of a page, with the source range it came from.
package indirect enum Block: Hashable, Sendable {
  /// A paragraph of inline content.
  case paragraph([Inline], range: SourceRange)
  /// An ATX or setext heading; `level` is 1...6.
  case heading(level: Int, [Inline], range: SourceRange)
  /// `***`, `---` or `___`.
  case thematicBreak(range: SourceRange)
  /// A `>` block quote.
  case blockQuote([Block], range: SourceRange)
  /// A bullet or ordered list.
  case list(ListStyle, items: [ListItem], range: SourceRange)
  /// Fenced or indented code that is shown, never run. `info` is the fence's info string.
  case codeBlock(info: String, literal: String, fenced: Bool, range: SourceRange)
  /// Raw HTML, kept as written.
  case htmlBlock(String, range: SourceRange)
  /// A fenced block whose info string starts with `{name}`, such as `{julia}` or `{train}`.
  case directive(Directive)
  /// A paragraph made of one `$$…$$` display formula; `tex` is the raw TeX between the dollars.
  case mathBlock(tex: String, range: SourceRange)
  /// A GitHub-flavoured pipe table.
  case table(Table)
}

/// How a list is numbered and spaced.
package struct ListStyle: Hashable, Sendable {
  /// The punctuation after an ordered list's numbers.
  package enum Delimiter: Hashable, Sendable {
    case none
    case period
    case parenthesis
  }

  package var ordered: Bool
  /// The first number of an ordered list (1 for bullet lists).
  package var start: Int
  package var delimiter: Delimiter
  /// A tight list renders its items' paragraphs without `<p>`.
  package var tight: Bool

  package init(ordered: Bool, start: Int = 1, delimiter: Delimiter = .none, tight: Bool) {
    self.ordered = ordered
    self.start = start
    self.delimiter = delimiter
    self.tight = tight
  }
}

/// One item of a list: its blocks and its source range.
package struct ListItem: Hashable, Sendable {
  package var blocks: [Block]
  package var range: SourceRange

  package init(blocks: [Block], range: SourceRange) {
    self.blocks = blocks
    self.range = range
  }
}
