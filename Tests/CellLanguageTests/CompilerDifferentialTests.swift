import Foundation
import Testing

@testable import CellLanguage

/// Runs every script and every snippet of the corpus twice, compiled (`Compiler`) and through the
/// tree walker (`Interpreter.eval`), and requires the same bytes out of both: each cell's
/// outputs, its error (message, line and column) and the steps it took, so that compiling
/// changes no output and no cell stops at another step.
@Suite struct CompilerDifferentialTests {
  /// What one cell did: its output lines, its error and the steps it counted.
  struct CellRun: Equatable, Sendable {
    var lines: [String]
    var error: String?
    var steps: Int
  }

  /// Runs `cells` in one session, compiled or not, with each cell's operation budget.
  static func run(_ cells: [String], budgets: [Int?], compiles: Bool) -> [CellRun] {
    let session = Session(limits: .default)
    session.interpreter.compiles = compiles
    return zip(cells, budgets).map { cell, budget in
      let result = session.evaluate(cell, operationBudget: budget)
      return CellRun(
        lines: Script.lines(of: result), error: Script.errorText(of: result),
        steps: session.interpreter.steps)
    }
  }

  @Test(arguments: ScriptTests.scripts)
  func scriptRunsAlikeCompiledAndWalked(_ path: String) async throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Scripts")
    let source = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    let script = Script(source)
    let (compiled, walked) = await onOwnThread {
      (
        Self.run(script.cells, budgets: script.budgets, compiles: true),
        Self.run(script.cells, budgets: script.budgets, compiles: false)
      )
    }
    #expect(compiled.count == walked.count)
    for (index, (a, b)) in zip(compiled, walked).enumerated() {
      #expect(a == b, "\(path): cell \(index + 1) differs compiled and walked")
    }
  }

  @Test func snippetsRunAlikeCompiledAndWalked() async throws {
    let snippets = try SnippetCorpusTests.corpus()
    let differences = await onOwnThread {
      snippets.compactMap { snippet -> String? in
        let compiled = Self.run([snippet.source], budgets: [nil], compiles: true)
        let walked = Self.run([snippet.source], budgets: [nil], compiles: false)
        return compiled == walked ? nil : "\(snippet.file):\(snippet.line)"
      }
    }
    #expect(differences.isEmpty, "snippets that differ compiled and walked: \(differences)")
  }
}
