import SourcePositions

extension Block {
  /// The source range of this block.
  package var range: SourceRange {
    switch self {
    case .paragraph(_, let range): range
    case .heading(_, _, let range): range
    case .thematicBreak(let range): range
    case .blockQuote(_, let range): range
    case .list(_, _, let range): range
    case .codeBlock(_, _, _, let range): range
    case .htmlBlock(_, let range): range
    case .directive(let directive): directive.range
    case .mathBlock(_, let range): range
    case .table(let table): table.range
    }
  }
}

extension Inline {
  /// The source range of this inline.
  package var range: SourceRange {
    switch self {
    case .text(_, let range): range
    case .softBreak(let range): range
    case .lineBreak(let range): range
    case .code(_, let range): range
    case .html(_, let range): range
    case .emphasis(_, let range): range
    case .strong(_, let range): range
    case .link(_, _, _, let range): range
    case .image(_, _, _, let range): range
    case .math(_, _, let range): range
    case .footnoteReference(_, let range): range
    }
  }

  /// The text a reader sees, without markup: text, code and TeX as written, breaks as spaces.
  package var plainText: String {
    switch self {
    case .text(let text, _): text
    case .softBreak, .lineBreak: " "
    case .code(let code, _): code
    case .html: ""
    case .emphasis(let children, _), .strong(let children, _): children.plainText
    case .link(_, _, let children, _), .image(_, _, let children, _): children.plainText
    case .math(let tex, _, _): tex
    case .footnoteReference: ""
    }
  }
}

extension Array where Element == Inline {
  /// The concatenated plain text of these inlines.
  package var plainText: String {
    map(\.plainText).joined()
  }
}
