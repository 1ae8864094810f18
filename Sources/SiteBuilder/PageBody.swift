import CellExecution
import HTMLRendering
import MarkdownParsing
import SiteModel

/// Stages 1 to 3 for one page: parse its Markdown, run its cells, render its body.
enum PageBody {
  /// The directive kinds this build knows; any other `{name}` block is a warning, shown as code.
  static let directives = PageExecutor.registry

  /// Parses `page` and runs its cells, through `cache` when one is given; with `memory`, from
  /// the first cell changed since the page's last run (the cache is then only written).
  static func execute(
    _ page: Page, cache: ExecutionCache?, memory: BuildMemory? = nil,
    textFigures: Bool = false
  ) -> (Document, [Diagnostic], ExecutedPage) {
    let (document, diagnostics) = MarkdownParser.parse(
      page.body, file: page.file, directives: directives)
    if let memory {
      let (executed, kept) = PageExecutor.execute(
        document, file: page.file, textFigures: textFigures,
        includes: page.includableFiles, resumingFrom: memory.checkpoints(of: page.file),
        directives: directives)
      memory.keep(kept, of: page.file)
      if kept.directivesRun > 0 && !executed.cells.isEmpty {
        cache?.store(
          executed,
          key: ExecutionCache.key(
            file: page.file, body: page.body, textFigures: textFigures,
            includes: page.includableFiles))
      }
      return (document, diagnostics, executed)
    }
    let key = ExecutionCache.key(
      file: page.file, body: page.body, textFigures: textFigures, includes: page.includableFiles)
    if var cached = cache?.load(key) {
      for index in cached.timings.indices { cached.timings[index].fromCache = true }
      return (document, diagnostics, cached)
    }
    let executed = PageExecutor.execute(
      document, file: page.file, textFigures: textFigures, includes: page.includableFiles,
      directives: directives)
    if !executed.cells.isEmpty {
      cache?.store(executed, key: key)
    }
    return (document, diagnostics, executed)
  }

  /// Parses, runs and renders `page`, rewriting its links with `resolver`.
  static func render(
    _ page: Page, resolver: LinkResolver, cache: ExecutionCache?,
    memory: BuildMemory? = nil
  ) -> RenderedBody {
    let (document, parseDiagnostics, executed) = execute(page, cache: cache, memory: memory)
    let renderer = HTMLRenderer(
      headingIDs: true,
      rewriteLink: { resolver.rewrite($0, from: page) },
      rewriteImageSource: { resolver.rewrite($0, from: page) },
      renderMath: HTMLRenderer.mathML(file: page.file),
      renderDirective: { directive in
        guard directives[directive.name]?.rendering == .executed,
          let cell = executed.cells[directive.range.start]
        else {
          return HTMLRenderer.directiveAsCode(directive)
        }
        return HTMLFragment(
          html: CellHTML.render(
            cell, language: directive.name,
            figure: document.crossReferenceTargets[directive.range]))
      },
      highlightCode: { language, code in
        if directives.highlighting(language: language)?.execution == .cell {
          return CellHTML.highlighted(Highlighter.highlight(code))
        }
        return Highlighter.highlight(code, language: language).map { CellHTML.highlighted($0) }
      },
      directives: directives)
    let rendered = renderer.render(document)
    let toc = rendered.tableOfContents.map { TOCEntry(level: $0.level, title: $0.text, id: $0.id) }
    let anchors = Set(HTMLAttributes.values(of: "id", in: rendered.html))
    let downloads = PageDownloads(
      page: page, document: document, executed: executed, directives: directives)
    return RenderedBody(
      html: rendered.html, toc: toc, anchors: anchors, links: document.linkUses,
      diagnostics: parseDiagnostics + executed.diagnostics + rendered.diagnostics
        + figurelessLabels(document, anchors: anchors, file: page.file),
      cellTimings: executed.timings, fixes: executed.fixes,
      cellsFromCache: executed.timings.contains { $0.fromCache },
      downloads: downloads, savedFiles: executed.files)
  }

  /// An error at each `fig-` label whose cell shows no figure (it drew none, or its outputs are
  /// hidden), in source order: references to it would lead nowhere.
  private static func figurelessLabels(
    _ document: Document, anchors: Set<String>, file: String
  ) -> [Diagnostic] {
    document.crossReferenceTargets.values
      .filter { $0.kind == .figure && !anchors.contains($0.label) }
      .sorted {
        ($0.range.start.line, $0.range.start.column) < ($1.range.start.line, $1.range.start.column)
      }
      .map {
        .error(
          "the cell labelled `\($0.label)` shows no figure; a `fig-` label names a cell's figure",
          file: file, at: $0.range)
      }
  }
}
