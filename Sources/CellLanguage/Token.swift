import SourcePositions

/// What a token is, as far as syntax highlighting and the parser care.
package enum TokenKind: Hashable, Sendable {
  /// A name: `x`, `push!`, `η`, `w̄`.
  case identifier
  /// A reserved word: `function`, `end`, `if`, …
  case keyword
  /// `true` or `false`.
  case bool
  /// An integer literal such as `1_000` or `0x1f`.
  case integer
  /// A floating-point literal such as `1.0`, `.1` or `1e-5`.
  case float
  /// A string literal with its quotes; interpolations are inside it.
  case string
  /// A character literal such as `'a'`.
  case char
  /// A macro name with its `@`: `@show`.
  case macro
  /// An operator: `+`, `.*`, `=`, `->`, `'`, …
  case `operator`
  /// Punctuation: brackets, parentheses, braces, `,` and `;`.
  case punctuation
  /// A comment, `# …` or `#= … =#`.
  case comment
  /// A line break (statements end there).
  case newline
  /// Text the lexer could not read.
  case invalid
  /// The end of the source.
  case endOfInput
}

/// One token of cell source, with its text and where it is.
package struct Token: Hashable, Sendable {
  package var kind: TokenKind
  /// The token's source text (for strings and chars, with quotes and escapes as written).
  package var text: String
  package var span: SourceSpan
  /// The token's position in the source's UTF-8 bytes, for highlighting.
  package var utf8Range: Range<Int>
  /// Whether white space or a comment comes right before the token.
  package var spaceBefore: Bool

  package init(
    kind: TokenKind, text: String, span: SourceSpan, utf8Range: Range<Int>, spaceBefore: Bool
  ) {
    self.kind = kind
    self.text = text
    self.span = span
    self.utf8Range = utf8Range
    self.spaceBefore = spaceBefore
  }
}
