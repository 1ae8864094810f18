import SiteModel
import SourcePositions

/// The execute stage's result for one page.
package struct ExecutedPage: Sendable, Codable {
  /// Every executed directive, by where its block starts.
  package var cells: [SourceLocation: ExecutedCell] = [:]
  package var diagnostics: [Diagnostic] = []
  package var timings: [CellTiming] = []
  /// Expectations that differ from the actual output, as rewrites.
  package var fixes: [ExpectationFix] = []
  /// The first line of each directive that failed unexpectedly (a cell's error without
  /// `error: true`, a training run that could not run, failed or diverged), in page order.
  package var failures: [Int] = []

  package init() {}

  /// The files the page's cells saved (Plots' `savefig`), by name, to be written in the page's
  /// folder; a later cell's file replaces an earlier one of the same name.
  package var files: [String: String] {
    var files: [String: String] = [:]
    for location in cells.keys.sorted(by: { ($0.line, $0.column) < ($1.line, $1.column) }) {
      files.merge(cells[location]?.savedFiles ?? [:]) { _, new in new }
    }
    return files
  }

  /// The page with each rewrite blocked by the first failure at or above its cell (see
  /// `ExpectationFix.blockedBy`), from the failures' lines as they are now: a resumed run moves
  /// what each directive produced by its own distance, so a stored line may be stale.
  func blockingFixesAfterFailures() -> ExecutedPage {
    var page = self
    let first = failures.min()
    page.fixes = fixes.map { fix in
      var fix = fix
      fix.blockedBy = first.flatMap { $0 < fix.firstLine ? $0 : nil }
      return fix
    }
    return page
  }
}
