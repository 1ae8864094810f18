/// Splits TeX math source into tokens, skipping white space and `%` comments.
struct TeXLexer {
  let scalars: [Unicode.Scalar]
  /// The index of the next scalar to read.
  private(set) var position = 0

  init(source: String) {
    scalars = Array(source.unicodeScalars)
  }

  /// The source text of a range of scalars.
  func text(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
    return String(view)
  }

  /// Reads the next token.
  ///
  /// token := "\" letter+ | "\" any | any
  mutating func next() -> TeXToken {
    skipSpaceAndComments()
    let start = position
    guard position < scalars.count else { return TeXToken(kind: .end, range: start..<start) }
    let scalar = scalars[position]
    position += 1
    guard scalar == "\\" else { return TeXToken(kind: .character(scalar), range: start..<position) }
    guard position < scalars.count else {
      return TeXToken(kind: .command(""), range: start..<position)
    }
    if TeXLexer.isLetter(scalars[position]) {
      while position < scalars.count, TeXLexer.isLetter(scalars[position]) { position += 1 }
    } else if scalars[position].properties.isWhitespace {
      // A backslash before a tab or line break is a control space, as before a space.
      position += 1
      return TeXToken(kind: .command(" "), range: start..<position)
    } else {
      position += 1
    }
    return TeXToken(kind: .command(text(start + 1..<position)), range: start..<position)
  }

  /// Reads the raw text of a group whose `{` was just read, up to its matching `}`.
  ///
  /// Backslash escapes are kept as written, so `\}` does not close the group.
  /// - Returns: The text between the braces and whether the closing brace was found.
  mutating func readRawGroup() -> (text: String, closed: Bool) {
    let start = position
    var depth = 1
    while position < scalars.count {
      let scalar = scalars[position]
      position += 1
      switch scalar {
      case "\\":
        if position < scalars.count { position += 1 }
      case "{":
        depth += 1
      case "}":
        depth -= 1
        if depth == 0 { return (text(start..<position - 1), true) }
      default:
        break
      }
    }
    return (text(start..<position), false)
  }

  private mutating func skipSpaceAndComments() {
    while position < scalars.count {
      let scalar = scalars[position]
      if scalar == "%" {
        while position < scalars.count, scalars[position] != "\n" { position += 1 }
      } else if scalar.properties.isWhitespace {
        position += 1
      } else {
        return
      }
    }
  }

  /// Whether a scalar can continue a control word (TeX: letters of category 11, ASCII only).
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }
}
