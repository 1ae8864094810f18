import SiteModel

/// How long one page took to build.
package struct PageTiming: Sendable, Equatable {
  package var file: String
  package var outputPath: String
  package var seconds: Double
  /// Whether the page's cells were not run but taken from the execution cache (their times are
  /// then an earlier build's).
  package var cellsFromCache = false
}

/// What a run of the pipeline produced: the site's files in memory and every problem found.
package struct BuildResult: Sendable {
  /// Every problem found, in page order.
  package var diagnostics: [Diagnostic] = []
  /// The text of every file a diagnostic may quote, by the name diagnostics use.
  package var sources: [String: String] = [:]
  /// Per-page build times, in page order.
  package var timings: [PageTiming] = []
  /// The built site: relative path → bytes.
  package var files: [String: [UInt8]] = [:]
  /// How long each cell took, in page order.
  package var cellTimings: [CellTiming] = []
  /// Rewrites that would make every expectation match its cell's actual output.
  package var fixes: [ExpectationFix] = []
  /// Whether the site was written to the output folder.
  package var wrote = false

  package init() {}

  /// Whether any diagnostic is an error.
  package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
