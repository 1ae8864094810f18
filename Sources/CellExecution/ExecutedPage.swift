import SiteModel

/// The execute stage's result for one page.
package struct ExecutedPage: Sendable, Codable {
  /// Every executed directive, by where its block starts.
  package var cells: [SourceLocation: ExecutedCell] = [:]
  package var diagnostics: [Diagnostic] = []
  package var timings: [CellTiming] = []
  /// Expectations that differ from the actual output, as rewrites.
  package var fixes: [ExpectationFix] = []

  package init() {}
}
