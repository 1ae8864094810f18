import SourcePositions

/// A footnote definition, `[^label]: text` with its indented continuation (GitHub's footnotes).
package struct Footnote: Hashable, Sendable {
  /// The label as written between `[^` and `]`.
  package var label: String
  package var blocks: [Block]
  package var range: SourceRange

  package init(label: String, blocks: [Block], range: SourceRange) {
    self.label = label
    self.blocks = blocks
    self.range = range
  }

  /// The key labels are matched by: case-folded, inner white space collapsed (as link labels).
  package static func key(_ label: String) -> String {
    label.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
      .joined(separator: " ")
  }
}
