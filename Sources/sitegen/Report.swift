import Foundation
import SiteBuilder
import SiteModel

/// Everything sitegen prints: progress on standard output, problems on standard error.
enum Report {
  static func standardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  static func progress(_ timing: PageTiming) {
    print(String(format: "  %@  %7.1f ms", timing.outputPath.padded(to: 40), timing.seconds * 1000))
  }

  /// Prints every diagnostic, worded by `DiagnosticFormatter`; as GitHub annotations too when
  /// running in GitHub Actions.
  static func diagnostics(_ result: BuildResult) {
    let github = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
    for diagnostic in result.diagnostics {
      standardError(DiagnosticFormatter.format(diagnostic, source: result.sources[diagnostic.file]))
      if github {
        print(DiagnosticFormatter.githubAnnotation(diagnostic))
      }
    }
  }

  static func summary(_ result: BuildResult, verb: String, since started: Date) {
    let errors = result.diagnostics.filter { $0.severity == .error }.count
    let warnings = result.diagnostics.filter { $0.severity == .warning }.count
    let seconds = Date().timeIntervalSince(started)
    print(
      String(
        format: "%@: %d page(s), %d error(s), %d warning(s) in %.2f s", verb, result.timings.count,
        errors, warnings, seconds))
  }
}

extension String {
  fileprivate func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
