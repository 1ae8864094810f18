import SiteModel

// Footnotes as GitHub's cmark-gfm writes them: numbered in the order of first reference, each
// reference a superscript link, the referenced footnotes in a closing section with a back-link to
// every reference.

extension HTMLWriter {
  /// `<sup class="footnote-ref"><a href="#fn-LABEL" id="fnref-LABEL" …>N</a></sup>`; the k-th
  /// reference to the same footnote (k ≥ 2) gets the id `fnref-LABEL-k`.
  mutating func writeFootnoteReference(_ label: String) {
    let key = Footnote.key(label)
    guard let footnote = footnotes[key] else {
      html += HTMLEscaping.escapeHTML("[^\(label)]")
      return
    }
    if footnoteReferenceCounts[key] == nil { footnoteOrder.append(key) }
    let count = (footnoteReferenceCounts[key] ?? 0) + 1
    footnoteReferenceCounts[key] = count
    let number = (footnoteOrder.firstIndex(of: key) ?? 0) + 1
    let id = Self.footnoteID(footnote.label)
    let referenceID = count == 1 ? "fnref-\(id)" : "fnref-\(id)-\(count)"
    html += "<sup class=\"footnote-ref\"><a href=\"#fn-\(id)\" id=\"\(referenceID)\""
    html += " data-footnote-ref=\"\">\(number)</a></sup>"
  }

  /// The closing `<section class="footnotes">`, when the page referenced any footnote. A
  /// footnote's own references number footnotes after it.
  mutating func writeFootnotes() {
    guard !footnoteOrder.isEmpty else { return }
    cr()
    html += "<section class=\"footnotes\" data-footnotes=\"\">\n<ol>\n"
    var index = 0
    while index < footnoteOrder.count {
      let key = footnoteOrder[index]
      index += 1
      guard let footnote = footnotes[key] else { continue }
      let id = Self.footnoteID(footnote.label)
      html += "<li id=\"fn-\(id)\">\n"
      var blocks = footnote.blocks
      var trailingParagraph: [Inline]?
      if case .paragraph(let inlines, _) = blocks.last {
        trailingParagraph = inlines
        blocks.removeLast()
      }
      for block in blocks { write(block, tight: false) }
      // References inside the footnote may add back-links to it; count them first.
      var backLinks = ""
      func links(count: Int) -> String {
        (1...max(count, 1)).map { k in
          let suffix = k == 1 ? "" : "-\(k)"
          let mark = k == 1 ? "" : "<sup class=\"footnote-ref\">\(k)</sup>"
          return "<a href=\"#fnref-\(id)\(suffix)\" class=\"footnote-backref\""
            + " data-footnote-backref=\"\" data-footnote-backref-idx=\"\(index)\(suffix)\""
            + " aria-label=\"Back to reference \(index)\(suffix)\">↩\(mark)</a>"
        }.joined(separator: " ")
      }
      if let trailingParagraph {
        cr()
        html += "<p>"
        write(trailingParagraph)
        backLinks = links(count: footnoteReferenceCounts[key] ?? 1)
        html += " " + backLinks + "</p>\n"
      } else {
        backLinks = links(count: footnoteReferenceCounts[key] ?? 1)
        cr()
        html += backLinks + "\n"
      }
      html += "</li>\n"
    }
    html += "</ol>\n</section>\n"
  }

  /// A label as it appears in ids and fragments: escaped as an `href` is.
  private static func footnoteID(_ label: String) -> String {
    HTMLEscaping.escapeHref(label)
  }
}
