import SiteBuilder

/// One build of the preview, as its caller reports it.
package struct BuildReport: Sendable {
  /// What the pipeline produced, diagnostics and sources included (for the terminal).
  package var result: BuildResult
  /// Whether the build's files are served now; false when it had errors and the last good files
  /// stay.
  package var served: Bool
  /// Whether this is the build made on start.
  package var initial: Bool
  /// The site paths whose served bytes changed, sorted; open pages showing one of them reload.
  package var changedPaths: [String]
  /// Seconds from noticing the edit to serving the result.
  package var seconds: Double
}
