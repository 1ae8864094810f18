import Foundation
import SiteBuilder
import SiteModel

/// Everything sitegen prints: progress on standard output, problems on standard error.
enum Report {
  static func standardError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// A built page and how long it took; a page whose cells were not run says so.
  static func progress(_ timing: PageTiming) {
    print(
      String(format: "  %@  %7.1f ms", timing.outputPath.padded(to: 40), timing.seconds * 1000)
        + (timing.cellsFromCache ? "  cached" : ""))
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

  /// Prints the problems found in one file; whether any of them is an error.
  static func diagnostics(_ diagnostics: [Diagnostic], file: String, source: String) -> Bool {
    var result = BuildResult()
    result.diagnostics = diagnostics
    result.sources[file] = source
    Report.diagnostics(result)
    return result.hasErrors
  }

  /// The ten slowest cells, slowest first (`build --timings`). A cell that did not run in this
  /// build shows the time of the build that cached it, marked `from cache`.
  static func slowestCells(_ result: BuildResult) {
    let slowest = result.cellTimings.sorted { $0.seconds > $1.seconds }.prefix(10)
    guard !slowest.isEmpty else { return }
    if slowest.contains(where: \.fromCache) {
      print("slowest cells (\"from cache\": not run now; the time of the build that cached it):")
    } else {
      print("slowest cells:")
    }
    for timing in slowest {
      print(
        "  \(formatMilliseconds(timing.seconds))  \(timing.file):\(timing.line)"
          + (timing.fromCache ? "  from cache" : ""))
    }
  }

  /// A cell as `sitegen run` shows it: `In [n]:` with the code, then its outputs.
  /// Whether figures keep their ANSI colors: only when standard output is a terminal and
  /// `NO_COLOR` is unset or empty (https://no-color.org).
  static let terminalColors: Bool = {
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
    return isatty(STDOUT_FILENO) == 1 && noColor.isEmpty
  }()

  static func terminalCell(_ run: RunCell) {
    let label = run.cell.number.map { "[\($0)]" } ?? "[ ]"
    if let input = run.cell.input {
      print("In \(label): (line \(run.range.line))")
      for line in input.code.split(separator: "\n", omittingEmptySubsequences: false) {
        print("    " + line)
      }
    }
    guard !run.cell.outputs.isEmpty else { return }
    print("Out \(label):")
    for output in run.cell.outputs {
      switch output {
      case .printed(let text): print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
      case .value(let text): print(text)
      case .textFigure(let text, _, _): print(terminalColors ? text : ANSIText.plain(text))
      case .svgFigure: print("(a figure: open the page in a browser)")
      case .error(let message, let line):
        print("ERROR" + (line.map { " at line \($0)" } ?? "") + ": " + message)
      }
    }
    print()
  }

  /// `path` as a shell reads it back: as it is when it holds only safe characters, in single
  /// quotes otherwise.
  static func shellQuoted(_ path: String) -> String {
    let safe = path.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "-_./+,:@%".contains($0))
    }
    return safe && !path.isEmpty ? path : "'" + path.replacing("'", with: "'\\''") + "'"
  }

  static func formatMilliseconds(_ seconds: Double) -> String {
    String(format: "%8.1f ms", seconds * 1000)
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
