import SiteModel
import SourcePositions

/// Renders a `Document` to HTML: byte for byte what libcmark's HTML renderer (raw HTML kept)
/// gives for plain CommonMark, plus heading ids, rewritten links, math and directives.
package struct HTMLRenderer {
  /// Whether headings get GitHub-style `id` attributes (unique per page).
  package var headingIDs: Bool
  /// Maps a link's destination to the `href` written, e.g. `other.md#x` → `../other/index.html#x`.
  package var rewriteLink: (String) -> String
  /// Maps an image's source to the `src` written.
  package var rewriteImageSource: (String) -> String
  /// Renders one math span or block; its HTML is written as is.
  package var renderMath: (Math) -> HTMLFragment
  /// Renders a directive block; its HTML is written as is. `nil` shows it as an escaped code block.
  package var renderDirective: ((Directive) -> HTMLFragment)?
  /// Highlights a code block: given its language (the info string's first word, possibly
  /// empty) and its text, returns the HTML inside `<code>`, or `nil` to write the text escaped.
  package var highlightCode: ((String, String) -> String?)?
  /// The directive kinds: an admonition's body is rendered here, as Markdown; other directives
  /// go to `renderDirective`.
  package var directives: DirectiveRegistry

  /// A renderer with cmark's output plus heading ids, and the given hooks.
  package init(
    headingIDs: Bool = true,
    rewriteLink: @escaping (String) -> String = { $0 },
    rewriteImageSource: @escaping (String) -> String = { $0 },
    renderMath: @escaping (Math) -> HTMLFragment = HTMLRenderer.escapedMath,
    renderDirective: ((Directive) -> HTMLFragment)? = nil,
    highlightCode: ((String, String) -> String?)? = nil,
    directives: DirectiveRegistry = .standard
  ) {
    self.headingIDs = headingIDs
    self.rewriteLink = rewriteLink
    self.rewriteImageSource = rewriteImageSource
    self.renderMath = renderMath
    self.renderDirective = renderDirective
    self.highlightCode = highlightCode
    self.directives = directives
  }

  /// A renderer whose output for plain CommonMark is exactly cmark's (no heading ids).
  package static var commonMark: HTMLRenderer { HTMLRenderer(headingIDs: false) }

  /// Renders `document`, collecting its table of contents and the hooks' diagnostics.
  package func render(_ document: Document) -> RenderedPage {
    var writer = HTMLWriter(renderer: self, mathOrigins: document.mathOrigins)
    writer.crossReferenceTargets = document.crossReferenceTargets
    for footnote in document.footnotes {
      writer.footnotes[Footnote.key(footnote.label)] = footnote
    }
    for block in document.blocks {
      writer.write(block, tight: false)
    }
    writer.writeFootnotes()
    return RenderedPage(
      html: writer.html, tableOfContents: writer.tableOfContents, diagnostics: writer.diagnostics)
  }
}

/// One piece of TeX math handed to `HTMLRenderer.renderMath`.
package struct Math: Hashable, Sendable {
  /// Where the math sits on the page.
  package enum Placement: Hashable, Sendable {
    /// `$…$` in running text.
    case inline
    /// `$$…$$` inside a paragraph with other content.
    case displayInline
    /// A paragraph made of one `$$…$$`.
    case block
  }

  package var tex: String
  package var placement: Placement
  /// The span, dollars included.
  package var range: SourceRange
  /// Where the TeX's lines start in the page: maps a problem's TeX line:column to the page's.
  package var origin: SnippetOrigin?

  package init(tex: String, placement: Placement, range: SourceRange, origin: SnippetOrigin? = nil)
  {
    self.tex = tex
    self.placement = placement
    self.range = range
    self.origin = origin
  }
}

/// HTML produced by a hook, with the problems it found.
package struct HTMLFragment: Hashable, Sendable {
  package var html: String
  package var diagnostics: [Diagnostic]

  package init(html: String, diagnostics: [Diagnostic] = []) {
    self.html = html
    self.diagnostics = diagnostics
  }
}

/// A rendered page body.
package struct RenderedPage: Hashable, Sendable {
  package var html: String
  /// The page's `h2` and `h3` headings in order.
  package var tableOfContents: [TableOfContentsEntry]
  /// Problems reported by the math and directive hooks.
  package var diagnostics: [Diagnostic]
}

/// One heading of a page's table of contents.
package struct TableOfContentsEntry: Hashable, Sendable {
  package var level: Int
  /// The heading's plain text (not escaped).
  package var text: String
  /// The heading's id, unique on the page.
  package var id: String

  package init(level: Int, text: String, id: String) {
    self.level = level
    self.text = text
    self.id = id
  }
}
