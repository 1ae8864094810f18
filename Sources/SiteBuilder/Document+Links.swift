import SiteModel

extension Document {
  /// Every link and image of the document, with where it was written, in source order (the
  /// footnotes' last).
  var linkUses: [LinkUse] {
    var uses: [LinkUse] = []
    for block in blocks {
      block.collectLinks(into: &uses)
    }
    for footnote in footnotes {
      for block in footnote.blocks { block.collectLinks(into: &uses) }
    }
    return uses
  }
}

extension Block {
  fileprivate func collectLinks(into uses: inout [LinkUse]) {
    for inlines in inlineRuns {
      for inline in inlines { inline.collectLinks(into: &uses) }
    }
    for block in childBlocks { block.collectLinks(into: &uses) }
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
    case .text, .softBreak, .lineBreak, .code, .html, .math, .footnoteReference:
      break
    }
  }
}
