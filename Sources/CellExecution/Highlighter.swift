import CellLanguage
import SiteModel

/// Syntax highlighting of tutorial-language code, from the language's own lexer.
package enum Highlighter {
  /// `code` with the classes of its tokens.
  package static func highlight(_ code: String) -> HighlightedCode {
    let tokens = Lexer.tokenize(code, keepComments: true)
    var result: [CodeToken] = []
    for (index, token) in tokens.enumerated() {
      let kind: TokenClass?
      switch token.kind {
      case .keyword, .bool: kind = .keyword
      case .string, .char: kind = .string
      case .integer, .float: kind = .number
      case .comment: kind = .comment
      case .macro: kind = .macro
      case .operator: kind = token.text == "." ? nil : .operator
      case .identifier:
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let isCall =
          next.map { $0.kind == .punctuation && $0.text == "(" && !$0.spaceBefore } ?? false
        kind = isCall ? .function : nil
      case .punctuation, .newline, .invalid, .endOfInput: kind = nil
      }
      guard let kind, !token.utf8Range.isEmpty else { continue }
      if let last = result.last, last.end > token.utf8Range.lowerBound { continue }
      result.append(
        CodeToken(start: token.utf8Range.lowerBound, end: token.utf8Range.upperBound, kind: kind))
    }
    return HighlightedCode(code: code, tokens: result)
  }
}
