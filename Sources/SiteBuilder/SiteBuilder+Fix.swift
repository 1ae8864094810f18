import Foundation
import SiteModel

extension SiteBuilder {
  /// Rewrites every expectation that differs from its cell's actual output (`check --fix`), each
  /// page written to a temporary file and renamed over the old one, so no page is ever half
  /// written. A page changed on disk since it was read is left alone. A rewrite blocked by a
  /// failure at or above its cell (`ExpectationFix.blockedBy`) is not applied: a page with
  /// nothing else to rewrite stays byte for byte as it was.
  /// - Parameters:
  ///   - fixes: the rewrites a run found.
  ///   - sources: each page's text as the run read it.
  /// - Returns: the files rewritten.
  /// - Throws: `EnvironmentError` when a page cannot be written.
  package static func apply(_ fixes: [ExpectationFix], sources: [String: String])
    throws(EnvironmentError) -> [String]
  {
    var rewritten: [String] = []
    let byFile = Dictionary(grouping: fixes.filter { $0.blockedBy == nil }, by: \.file)
    for file in byFile.keys.sorted() {
      guard let original = sources[file], let edits = byFile[file] else { continue }
      guard let current = FileManager.default.contents(atPath: file),
        String(decoding: current, as: UTF8.self) == original
      else {
        throw EnvironmentError(
          "\(file) changed while it was checked; run `sitegen check --fix` again")
      }
      let updated = applying(edits, to: original)
      let url = URL(fileURLWithPath: file)
      let temporary = url.deletingLastPathComponent().appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).fix")
      do {
        try Data(updated.utf8).write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
          throw EnvironmentError("cannot replace \(file): \(String(cString: strerror(errno)))")
        }
      } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw EnvironmentError("cannot write \(file): \(error)")
      }
      rewritten.append(file)
    }
    return rewritten
  }

  /// `text` with each fix's lines replaced, the last first so earlier line numbers hold.
  static func applying(_ fixes: [ExpectationFix], to text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for fix in fixes.sorted(by: { $0.firstLine > $1.firstLine }) {
      let first = max(0, min(fix.firstLine - 1, lines.count))
      let last = max(first, min(fix.lastLine, lines.count))
      let replacement = fix.text.split(separator: "\n", omittingEmptySubsequences: false).map(
        String.init)
      lines.replaceSubrange(first..<last, with: replacement)
    }
    return lines.joined(separator: "\n")
  }
}
