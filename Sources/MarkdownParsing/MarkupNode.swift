import SiteModel
import SourcePositions

/// cmark's node tree as plain Swift values, before math placeholders and positions are resolved.
struct MarkupNode {
  /// What a node is, with the data cmark keeps for that kind.
  enum Kind {
    case document
    case blockQuote
    case list(ListStyle)
    case item
    case codeBlock(info: String, literal: String, fenced: Bool)
    case htmlBlock(String)
    case paragraph
    case heading(level: Int)
    case thematicBreak
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case htmlInline(String)
    case emphasis
    case strong
    case link(destination: String, title: String)
    case image(source: String, title: String)
    /// A node kind cmark's parser never produces (custom nodes); dropped.
    case other
  }

  var kind: Kind
  var children: [MarkupNode]
  /// cmark's start position, `nil` when cmark records none (e.g. soft breaks).
  var start: SourceLocation?
  /// cmark's end position (inclusive), `nil` when cmark records none.
  var end: SourceLocation?
}
