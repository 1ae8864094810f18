@testable import CellLanguage

/// A test script: cells separated by `# ---` lines, with the outputs they must produce.
///
/// - `# expect: text` gives the next line of output (printed text and displayed values, in
///   order over the whole script; figures appear as `[figure: N traces]`, braille plots as
///   `[text figure]`, graphs as `[graph]`, files saved by `savefig` as `[saved: name]`).
/// - `# error: message` says the cell it is in fails with this message (its first line);
///   `# error: 3:7 message` also gives the line and column within the cell.
/// - `# budget: n` sets the cell's operation budget.
struct Script {
  var cells: [String] = []
  var budgets: [Int?] = []
  var expected: [String] = []
  /// Per cell: the expected error text (nil when the cell must succeed).
  var expectedErrors: [String?] = []

  init(_ source: String) {
    var cell: [String] = []
    var error: String?
    var budget: Int?
    func flush() {
      cells.append(cell.joined(separator: "\n"))
      expectedErrors.append(error)
      budgets.append(budget)
      cell = []
      error = nil
      budget = nil
    }
    for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingPrefix(while: { $0 == " " })
      if trimmed == "# ---" {
        flush()
        continue
      }
      if let range = line.range(of: "# expect: ") {
        expected.append(String(line[range.upperBound...]))
      } else if let range = line.range(of: "# expect:"), line[range.upperBound...].isEmpty {
        expected.append("")
      } else if let range = line.range(of: "# error: ") {
        error = String(line[range.upperBound...])
      } else if let range = line.range(of: "# budget: ") {
        budget = Int(line[range.upperBound...])
      }
      cell.append(String(line))
    }
    flush()
  }

  /// Runs the cells in one session: the output lines and each cell's error text.
  func run(limits: Limits = .default) -> (actual: [String], errors: [String?]) {
    let session = Session(limits: limits)
    var lines: [String] = []
    var errors: [String?] = []
    for (cell, budget) in zip(cells, budgets) {
      let result = session.evaluate(cell, operationBudget: budget)
      lines += Self.lines(of: result)
      errors.append(Self.errorText(of: result))
    }
    return (lines, errors)
  }
}

extension Script {
  /// The output lines of one cell's result (see `Script` for how figures are written).
  static func lines(of result: CellResult) -> [String] {
    var lines: [String] = []
    for output in result.outputs {
      switch output {
      case .printed(let text):
        var body = text
        if body.hasSuffix("\n") { body.removeLast() }
        lines.append(
          contentsOf: body.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init))
      case .value(let text):
        lines.append(
          contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init))
      case .figure(let figure):
        lines.append("[figure: \(figure.traces.count) traces]")
      case .textFigure:
        lines.append("[text figure]")
      case .graph:
        lines.append("[graph]")
      case .savedFile(let name, _):
        lines.append("[saved: \(name)]")
      }
    }
    return lines
  }

  /// A cell's error as `line:column message` (its first line), `nil` when it ran without one.
  static func errorText(of result: CellResult) -> String? {
    guard let error = result.error else { return nil }
    let first = error.message.split(separator: "\n").first.map(String.init) ?? ""
    return "\(error.line):\(error.column) \(first)"
  }

  /// Compares an expected error (`message` or `line:column message`) with an actual one.
  static func matches(_ expected: String?, _ actual: String?) -> Bool {
    guard let expected else { return actual == nil }
    guard let actual else { return false }
    if let first = expected.first, first.isNumber { return actual == expected }
    return actual.split(separator: " ", maxSplits: 1).last.map(String.init) == expected
  }
}
