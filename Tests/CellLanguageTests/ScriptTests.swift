import Foundation
import Testing

@testable import CellLanguage

/// Runs every `Scripts/<topic>/*.jl` file and compares its outputs with its `# expect:` and
/// `# error:` lines (see `Script`).
@Suite struct ScriptTests {
  static let scripts: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Scripts")
    guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    else {
      return []
    }
    var paths: [String] = []
    for case let url as URL in enumerator where url.pathExtension == "jl" {
      paths.append(String(url.path.dropFirst(root.path.count + 1)))
    }
    return paths.sorted()
  }()

  @Test func scriptsAreFound() {
    #expect(Self.scripts.count > 10)
  }

  @Test(arguments: scripts)
  func scriptPrintsWhatItExpects(_ path: String) async throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Scripts")
    let source = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    let script = Script(source)
    // On a thread of its own: the notebook's training loops take seconds, and must not hold
    // one of the few threads the other suites' asynchronous tests share.
    let outcome = await onOwnThread { script.run() }
    #expect(outcome.actual == script.expected, "\(path): outputs differ")
    for (index, expected) in script.expectedErrors.enumerated() {
      let actual = index < outcome.errors.count ? outcome.errors[index] : nil
      #expect(
        Script.matches(expected, actual), "\(path): cell \(index + 1) error: \(actual ?? "none")")
    }
  }
}
