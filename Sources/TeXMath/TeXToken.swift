/// One token of TeX math source.
struct TeXToken: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    /// A control word (`\alpha`, name `alpha`) or control symbol (`\,`, name `,`); a backslash
    /// at the very end has the empty name.
    case command(String)
    /// Any other character, including the special ones `{ } ^ _ & ' ~`.
    case character(Unicode.Scalar)
    /// The end of the source.
    case end
  }

  var kind: Kind
  /// The token's scalars in the source.
  var range: Range<Int>

  /// Whether the token is the given character.
  func isCharacter(_ scalar: Unicode.Scalar) -> Bool {
    kind == .character(scalar)
  }

  /// Whether the token is the given command.
  func isCommand(_ name: String) -> Bool {
    kind == .command(name)
  }
}
