import SiteModel

extension Document {
  /// Every link and image of the document, with where it was written, in source order.
  var linkUses: [LinkUse] {
    var uses: [LinkUse] = []
    for block in blocks {
      block.collectLinks(into: &uses)
    }
    return uses
  }
}

extension Block {
  fileprivate func collectLinks(into uses: inout [LinkUse]) {
    switch self {
    case .paragraph(let inlines, _), .heading(_, let inlines, _):
      for inline in inlines { inline.collectLinks(into: &uses) }
    case .blockQuote(let blocks, _):
      for block in blocks { block.collectLinks(into: &uses) }
    case .list(_, let items, _):
      for item in items {
        for block in item.blocks { block.collectLinks(into: &uses) }
      }
    case .thematicBreak, .codeBlock, .htmlBlock, .directive, .mathBlock:
      break
    }
  }
}

extension Inline {
  fileprivate func collectLinks(into uses: inout [LinkUse]) {
    switch self {
    case .link(let destination, _, let children, let range):
      uses.append(LinkUse(destination: destination, range: range))
      for child in children { child.collectLinks(into: &uses) }
    case .image(let source, _, let children, let range):
      uses.append(LinkUse(destination: source, range: range))
      for child in children { child.collectLinks(into: &uses) }
    case .emphasis(let children, _), .strong(let children, _):
      for child in children { child.collectLinks(into: &uses) }
    case .text, .softBreak, .lineBreak, .code, .html, .math:
      break
    }
  }
}
