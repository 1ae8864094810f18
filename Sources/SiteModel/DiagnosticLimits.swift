import SourcePositions

/// Bounds on what a page reports, so that a formula or a cell with thousands of mistakes cannot
/// flood the output: a few problems of one kind per formula or cell, a few dozen per page, and a
/// line saying how many more there were.
///
/// Applied where the pipeline collects a page's diagnostics, so `build`, `check`, `serve`, `run`
/// and `render` all report the same bounded list.
package enum DiagnosticLimits {
  /// The most problems of one kind reported for one formula or cell.
  package static let perKindInSnippet = 3
  /// The most problems reported for one page (its last line counting the rest aside).
  package static let perPage = 50

  /// A page's diagnostics, in order, within the limits.
  ///
  /// Past ``perKindInSnippet`` problems of one kind in one snippet, the last one kept gets a
  /// note "… and N more like this"; past ``perPage`` problems, one more diagnostic, as severe as
  /// the most severe one left out (so a page with errors still fails), counts the rest.
  package static func limited(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    // Phase 1: a few of each kind per snippet.
    struct Key: Hashable {
      var snippet: SourceRange
      var kind: String
    }
    var kept: [Diagnostic] = []
    var seen: [Key: Int] = [:]
    var lastKept: [Key: Int] = [:]
    var omitted: [Key: Int] = [:]
    for diagnostic in diagnostics {
      guard let snippet = diagnostic.snippet else {
        kept.append(diagnostic)
        continue
      }
      let key = Key(snippet: snippet, kind: kind(of: diagnostic.message))
      seen[key, default: 0] += 1
      if seen[key, default: 0] <= perKindInSnippet {
        lastKept[key] = kept.count
        kept.append(diagnostic)
      } else {
        omitted[key, default: 0] += 1
      }
    }
    for (key, count) in omitted {
      guard let index = lastKept[key] else { continue }
      kept[index].notes.append("… and \(count) more like this")
    }

    // Phase 2: a few dozen per page.
    guard kept.count > perPage + 1 else { return kept }
    let rest = kept[perPage...]
    let severity = rest.map(\.severity).max() ?? .note
    let file = rest.first?.file ?? ""
    return Array(kept[..<perPage]) + [
      Diagnostic(
        severity, file: file, range: nil,
        message: "… and \(rest.count) more problems in this page",
        notes: ["fix the problems above and build again to see the others"])
    ]
  }

  /// What makes two problems "alike": their message with quoted text and numbers blanked out,
  /// so `missing argument for '\frac'` and `… for '\sqrt'` are one kind.
  static func kind(of message: String) -> String {
    var kind = ""
    var closing: Character?
    var previousWasDigit = false
    for character in message {
      if let quote = closing {
        if character == quote {
          kind.append(quote)
          closing = nil
        }
        continue
      }
      if character == "'" || character == "\"" || character == "`" {
        kind.append(character)
        closing = character
        continue
      }
      if character.isNumber {
        if !previousWasDigit { kind.append("#") }
        previousWasDigit = true
        continue
      }
      previousWasDigit = false
      kind.append(character)
    }
    return kind
  }
}
