import SiteModel
import SourcePositions

/// A link written in a page, where it was written.
struct LinkUse {
  var destination: String
  var range: SourceRange?
}

/// One entry of a page's table of contents.
struct TOCEntry {
  var level: Int
  var title: String
  var id: String
}

/// A page's body rendered to HTML, with what the later phases need to know of it.
struct RenderedBody {
  var html: String
  var toc: [TOCEntry]
  /// Every `id` a link may target on this page.
  var anchors: Set<String>
  /// Every link of the page's content, as written.
  var links: [LinkUse]
  var diagnostics: [Diagnostic]
  /// How long each cell took.
  var cellTimings: [CellTiming]
  /// Rewrites of expectations that differ from the actual output.
  var fixes: [ExpectationFix]
  /// Whether the page's cells were not run but taken from the execution cache.
  var cellsFromCache = false
  /// The page as a notebook and a script, written beside its `index.html`; `nil` when the page
  /// offers no downloads.
  var downloads: PageDownloads?
  /// The files the page's cells saved (Plots' `savefig`), by name, written beside its
  /// `index.html`.
  var savedFiles: [String: String] = [:]
}
