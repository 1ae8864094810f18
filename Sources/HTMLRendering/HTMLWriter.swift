import SiteModel
import SourcePositions

/// Accumulates one page's HTML, following cmark's `html.c` layout rules: a block starts on a
/// fresh line (`cr`), and paragraphs of tight lists lose their `<p>`.
struct HTMLWriter {
  let renderer: HTMLRenderer
  /// The document's math origins, handed to the math hook with each formula.
  let mathOrigins: [SourceRange: SnippetOrigin]
  /// The page's labelled equations and sections, by the range of their block.
  var crossReferenceTargets: [SourceRange: CrossReferenceTarget] = [:]
  var html = ""
  private(set) var tableOfContents: [TableOfContentsEntry] = []
  private(set) var diagnostics: [Diagnostic] = []
  private var slugger = HeadingSlugger()
  /// The footnotes of the page, by key, and the numbers given so far, in order of first reference.
  var footnotes: [String: Footnote] = [:]
  var footnoteOrder: [String] = []
  /// How many times each footnote has been referenced so far.
  var footnoteReferenceCounts: [String: Int] = [:]

  init(renderer: HTMLRenderer, mathOrigins: [SourceRange: SnippetOrigin]) {
    self.renderer = renderer
    self.mathOrigins = mathOrigins
  }

  /// Starts a new line unless the output is empty or already at one.
  mutating func cr() {
    if let last = html.utf8.last, last != UInt8(ascii: "\n") { html += "\n" }
  }

  // MARK: Blocks

  /// Writes `block`; `tight` says whether its parent is an item of a tight list.
  mutating func write(_ block: Block, tight: Bool) {
    switch block {
    case .paragraph(let inlines, _):
      if !tight {
        cr()
        html += "<p>"
      }
      write(inlines)
      if !tight { html += "</p>\n" }
    case .heading(let level, let inlines, let range):
      writeHeading(level: level, inlines, label: crossReferenceTargets[range]?.label)
    case .thematicBreak:
      cr()
      html += "<hr />\n"
    case .blockQuote(let blocks, _):
      cr()
      html += "<blockquote>\n"
      for child in blocks { write(child, tight: false) }
      cr()
      html += "</blockquote>\n"
    case .list(let style, let items, _):
      writeList(style, items: items)
    case .codeBlock(let info, let literal, _, _):
      writeCodeBlock(info: info, literal: literal)
    case .htmlBlock(let raw, _):
      cr()
      html += raw
      cr()
    case .directive(let directive):
      cr()
      if case .admonition(let title) = renderer.directives[directive.name]?.rendering {
        writeAdmonition(directive, defaultTitle: title)
        return
      }
      let fragment =
        renderer.renderDirective?(directive) ?? HTMLRenderer.directiveAsCode(directive)
      append(fragment)
    case .mathBlock(let tex, let range):
      cr()
      let target = crossReferenceTargets[range]
      if let target {
        // Quarto's numbered equation: the formula, its number "(n)" at the right.
        html += "<div class=\"equation\" id=\"\(HTMLEscaping.escapeHTML(target.label))\">"
      }
      append(
        renderer.renderMath(
          Math(tex: tex, placement: .block, range: range, origin: mathOrigins[range])))
      if let target {
        cr()
        html += "<span class=\"equation-number\">(\(target.number))</span></div>\n"
      }
    case .table(let table):
      writeTable(table)
    }
  }

  private mutating func append(_ fragment: HTMLFragment) {
    html += fragment.html
    diagnostics += fragment.diagnostics
  }

  /// A heading, its id `label` when it has one (`{#sec-…}`), else its slug.
  private mutating func writeHeading(level: Int, _ inlines: [Inline], label: String?) {
    let text = inlines.plainText
    let id = label.map { slugger.claim($0) } ?? slugger.uniqueSlug(for: text)
    if level == 2 || level == 3 {
      tableOfContents.append(TableOfContentsEntry(level: level, text: text, id: id))
    }
    cr()
    html += "<h\(level)"
    if renderer.headingIDs { html += " id=\"\(HTMLEscaping.escapeHTML(id))\"" }
    html += ">"
    write(inlines)
    html += "</h\(level)>\n"
  }

  private mutating func writeList(_ style: ListStyle, items: [ListItem]) {
    cr()
    if !style.ordered {
      html += "<ul>\n"
    } else if style.start == 1 {
      html += "<ol>\n"
    } else {
      html += "<ol start=\"\(style.start)\">\n"
    }
    for item in items {
      cr()
      html += "<li>"
      for child in item.blocks { write(child, tight: style.tight) }
      html += "</li>\n"
    }
    html += style.ordered ? "</ol>\n" : "</ul>\n"
  }

  private mutating func writeCodeBlock(info: String, literal: String) {
    cr()
    // The language is the info string's first word (split at ASCII white space, as cmark does).
    let language = info.unicodeScalars.prefix { !Self.isCmarkSpace($0) }
    if language.isEmpty {
      html += "<pre><code>"
    } else {
      html += "<pre><code class=\"language-"
      html += HTMLEscaping.escapeHTML(String(String.UnicodeScalarView(language)))
      html += "\">"
    }
    let languageName = String(String.UnicodeScalarView(language))
    if let highlighted = renderer.highlightCode?(languageName, literal) {
      html += highlighted
    } else {
      html += HTMLEscaping.escapeHTML(literal)
    }
    html += "</code></pre>\n"
  }

  private static func isCmarkSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
      || scalar == "\u{0B}" || scalar == "\u{0C}"
  }

  // MARK: Inlines

  mutating func write(_ inlines: [Inline]) {
    for inline in inlines { write(inline) }
  }

  private mutating func write(_ inline: Inline) {
    switch inline {
    case .text(let text, _):
      html += HTMLEscaping.escapeHTML(text)
    case .softBreak:
      html += "\n"
    case .lineBreak:
      html += "<br />\n"
    case .code(let code, _):
      html += "<code>" + HTMLEscaping.escapeHTML(code) + "</code>"
    case .html(let raw, _):
      html += raw
    case .emphasis(let children, _):
      html += "<em>"
      write(children)
      html += "</em>"
    case .strong(let children, _):
      html += "<strong>"
      write(children)
      html += "</strong>"
    case .link(let destination, let title, let children, _):
      html += "<a href=\"" + HTMLEscaping.escapeHref(renderer.rewriteLink(destination)) + "\""
      if !title.isEmpty { html += " title=\"" + HTMLEscaping.escapeHTML(title) + "\"" }
      html += ">"
      write(children)
      html += "</a>"
    case .image(let source, let title, let children, _):
      html += "<img src=\""
      html += HTMLEscaping.escapeHref(renderer.rewriteImageSource(source))
      html += "\" alt=\""
      writeAltText(children)
      html += "\""
      if !title.isEmpty { html += " title=\"" + HTMLEscaping.escapeHTML(title) + "\"" }
      html += " />"
    case .math(let tex, let display, let range):
      append(
        renderer.renderMath(
          Math(
            tex: tex, placement: display ? .displayInline : .inline, range: range,
            origin: mathOrigins[range])))
    case .footnoteReference(let label, _):
      writeFootnoteReference(label)
    }
  }

  /// An image's alt text: only the literal text of its inlines, escaped, breaks as spaces
  /// (cmark's "plain" mode).
  private mutating func writeAltText(_ inlines: [Inline]) {
    for inline in inlines {
      switch inline {
      case .text(let text, _), .code(let text, _), .html(let text, _), .math(let text, _, _):
        html += HTMLEscaping.escapeHTML(text)
      case .softBreak, .lineBreak:
        html += " "
      case .emphasis(let children, _), .strong(let children, _), .link(_, _, let children, _),
        .image(_, _, let children, _):
        writeAltText(children)
      case .footnoteReference:
        break
      }
    }
  }
}
