import Foundation
import Testing

@testable import CellLanguage

/// Measures how much ordinary Julia 1.0 tutorial code sitegen runs exactly.
///
/// `Snippets/<area>.jl` holds snippets written as tutorial authors write them (the Julia manual,
/// Flux 0.8's documentation, introductory courses), each a cell in the format of `Script`, with
/// the output Julia 1.0 prints for it. Unlike the script tests it does not require every snippet
/// to pass: it reports the pass rate per area and the failing snippets, and fails when the
/// overall rate drops below the floor recorded in `Snippets/FLOOR`.
@Suite struct SnippetCorpusTests {
  /// The folder of the corpus.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snippets")

  @Test func corpusPassRateStaysAboveFloor() async throws {
    let snippets = try Self.corpus()
    #expect(snippets.count >= 150, "the corpus has only \(snippets.count) snippets")
    let floorText = try String(
      contentsOf: Self.root.appendingPathComponent("FLOOR"), encoding: .utf8)
    let floor = try #require(Double(floorText.trimmingCharacters(in: .whitespacesAndNewlines)))
    // On a thread of its own, as `ScriptTests` runs its scripts.
    let outcomes = await onOwnThread { snippets.map { $0.run() } }
    let report = SnippetReport(snippets: snippets, outcomes: outcomes)
    print(report.text)
    #expect(
      report.overallRate >= floor,
      "pass rate \(report.overallRate) fell below the floor \(floor)\n\(report.table)")
  }

  /// Every snippet of every `Snippets/*.jl` file, in file order.
  static func corpus() throws -> [Snippet] {
    let files = try FileManager.default.contentsOfDirectory(atPath: root.path)
      .filter { $0.hasSuffix(".jl") }.sorted()
    return try files.flatMap { file in
      let source = try String(
        contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      return Snippet.split(source, file: file)
    }
  }
}

/// One snippet of the corpus: a cell and what Julia 1.0 prints for it.
struct Snippet: Sendable {
  /// The file's name without `.jl`.
  var area: String
  var file: String
  /// The line of the file where the cell starts (1-based).
  var line: Int
  var source: String
  var expected: [String]
  var expectedError: String?

  /// The cells of a snippet file (separated by `# ---` lines, as in `Script`).
  static func split(_ source: String, file: String) -> [Snippet] {
    var snippets: [Snippet] = []
    var cell: [Substring] = []
    var start = 1
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    func flush(nextStart: Int) {
      let text = cell.joined(separator: "\n")
      let script = Script(text)
      let hasCode = cell.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      if hasCode {
        snippets.append(
          Snippet(
            area: String(file.dropLast(3)), file: file, line: start, source: text,
            expected: script.expected, expectedError: script.expectedErrors.first ?? nil))
      }
      cell = []
      start = nextStart
    }
    for (index, line) in lines.enumerated() {
      if line.trimmingPrefix(while: { $0 == " " }) == "# ---" {
        flush(nextStart: index + 2)
      } else {
        cell.append(line)
      }
    }
    flush(nextStart: lines.count + 1)
    return snippets
  }

  /// Runs the snippet in a session of its own (snippets are self-contained).
  func run() -> SnippetOutcome {
    let result = Session(limits: .default).evaluate(source)
    let error = Script.errorText(of: result)
    let lines = Self.lines(of: result)
    let passed = lines == expected && Script.matches(expectedError, error)
    // Julia that sitegen declines to run: an `.unsupported` error, a parse error naming
    // unsupported syntax, or such a message caught by the snippet and printed.
    let says = { (text: String) in
      text.contains("not supported") || text.contains("unsupported syntax")
    }
    let unsupported =
      result.error?.kind == .unsupported || error.map(says) == true || lines.contains(where: says)
    return SnippetOutcome(lines: lines, error: error, unsupported: unsupported, passed: passed)
  }

  /// The output lines of a cell, with consecutive printed texts joined first (a line printed
  /// by several `print` calls is one line, as in a terminal).
  static func lines(of result: CellResult) -> [String] {
    var merged: [Output] = []
    for output in result.outputs {
      if case .printed(let text) = output, case .printed(let previous)? = merged.last {
        merged[merged.count - 1] = .printed(previous + text)
      } else {
        merged.append(output)
      }
    }
    return Script.lines(of: CellResult(outputs: merged, error: result.error))
  }
}

/// What a snippet did when run.
struct SnippetOutcome: Sendable {
  var lines: [String]
  /// `line:column message`, as `Script.errorText` writes it.
  var error: String?
  /// Whether the error says the snippet uses Julia that sitegen does not run.
  var unsupported: Bool
  var passed: Bool

  /// Why a failing snippet failed.
  func category(expecting snippet: Snippet) -> String {
    if unsupported { return "unsupported" }
    if snippet.expectedError != nil && !Script.matches(snippet.expectedError, error) {
      return "wrong error"
    }
    if snippet.expectedError == nil && error != nil { return "unexpected error" }
    return "wrong output"
  }
}

/// The pass rates per area and overall, and the failures.
struct SnippetReport {
  var snippets: [Snippet]
  var outcomes: [SnippetOutcome]

  var overallRate: Double {
    snippets.isEmpty ? 0 : Double(outcomes.filter(\.passed).count) / Double(snippets.count)
  }

  /// The per-area table: area, passed, total, rate.
  var table: String {
    var rows: [(String, Int, Int)] = []
    for (snippet, outcome) in zip(snippets, outcomes) {
      if rows.last?.0 != snippet.area { rows.append((snippet.area, 0, 0)) }
      rows[rows.count - 1].1 += outcome.passed ? 1 : 0
      rows[rows.count - 1].2 += 1
    }
    let passed = outcomes.filter(\.passed).count
    rows.append(("overall", passed, snippets.count))
    var text = "area          passed  total   rate\n"
    for (area, passed, total) in rows {
      let rate = total == 0 ? 0 : Double(passed) / Double(total)
      text += area.padding(toLength: 12, withPad: " ", startingAt: 0)
      text += String(format: "%8d%7d%7.2f\n", passed, total, rate)
    }
    return text
  }

  /// The table, the count of failures per category, then each failure with its first lines.
  var text: String {
    var text = "Snippet corpus: Julia 1.0 tutorial snippets run exactly\n" + table
    let failures = zip(snippets, outcomes).filter { !$0.1.passed }
    var categories: [String: Int] = [:]
    for (snippet, outcome) in failures {
      categories[outcome.category(expecting: snippet), default: 0] += 1
    }
    for (category, count) in categories.sorted(by: { $0.key < $1.key }) {
      text += "\(category): \(count)\n"
    }
    for (snippet, outcome) in failures {
      text += "\nFAIL \(snippet.file):\(snippet.line) [\(outcome.category(expecting: snippet))]\n"
      text += "  expected: \(Self.summary(snippet.expected, snippet.expectedError))\n"
      text += "  actual:   \(Self.summary(outcome.lines, outcome.error))\n"
    }
    return text
  }

  /// The first three lines of an output and its error, on one line.
  static func summary(_ lines: [String], _ error: String?) -> String {
    var parts = lines.prefix(3).map { "\"\($0)\"" }
    if lines.count > 3 { parts.append("… (\(lines.count) lines)") }
    if let error { parts.append("error: \(error)") }
    return parts.isEmpty ? "(nothing)" : parts.joined(separator: " | ")
  }
}
