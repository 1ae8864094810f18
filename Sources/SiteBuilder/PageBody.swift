import HTMLRendering
import MarkdownParsing
import SiteModel

/// Stages 1 to 3 for one page: parse its Markdown and render its body.
enum PageBody {
  /// The directives this build knows; any other `{name}` block is a warning, shown as code.
  static let knownDirectives: Set<String> = ["julia", "train"]

  /// Parses and renders `page`, rewriting its links with `resolver`.
  static func render(_ page: Page, resolver: LinkResolver) -> RenderedBody {
    let (document, parseDiagnostics) = MarkdownParser.parse(
      page.body, file: page.file, knownDirectives: knownDirectives)
    let renderer = HTMLRenderer(
      headingIDs: true,
      rewriteLink: { resolver.rewrite($0, from: page) },
      rewriteImageSource: { resolver.rewrite($0, from: page) },
      renderMath: HTMLRenderer.mathML(file: page.file))
    let rendered = renderer.render(document)
    let toc = rendered.tableOfContents.map { TOCEntry(level: $0.level, title: $0.text, id: $0.id) }
    let anchors = Set(OutputLinkChecker.attributeValues("id", in: rendered.html))
    return RenderedBody(
      html: rendered.html, toc: toc, anchors: anchors, links: document.linkUses,
      diagnostics: parseDiagnostics + rendered.diagnostics)
  }
}
