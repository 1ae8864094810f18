/// A `@printf`/`@sprintf` format string, read as Julia 1.0's `Printf` reads it
/// (`base/printf.jl`: `parse`, `parse1!`): literal text and conversions.
struct PrintfFormat {
  /// A piece of the format: literal text, or a conversion taking one argument.
  enum Piece {
    case text(String)
    case conversion(PrintfSpec)
  }

  let pieces: [Piece]

  /// The conversions, in order (one argument each).
  var conversions: [PrintfSpec] {
    pieces.compactMap {
      if case .conversion(let spec) = $0 { return spec }
      return nil
    }
  }

  /// Why a format string is refused: Julia's exception and its message.
  enum Failure: Error {
    case argument(String)
    case error(String)
  }

  /// Parses `source`.
  /// - Throws: `Failure` with Julia 1.0's message for a malformed format.
  init(_ source: String) throws {
    var pieces: [Piece] = []
    var text = ""
    let characters = Array(source)
    var index = 0
    func invalid() -> Failure {
      .argument("ArgumentError: invalid printf format string: \(Self.quoted(source))")
    }
    func pop() throws -> Character {
      guard index < characters.count else { throw invalid() }
      defer { index += 1 }
      return characters[index]
    }
    while index < characters.count {
      let character = characters[index]
      index += 1
      guard character == "%" else {
        text.append(character)
        continue
      }
      // parse1!: %, flags, width, precision, length modifier, conversion.
      var c = try pop()
      if c == "%" {
        text.append("%")
        continue
      }
      var flags = ""
      while "#0- + '".contains(c) {
        flags.append(c)
        c = try pop()
      }
      var width = 0
      while let digit = c.wholeNumberValue, c.isASCII {
        width = 10 * width + digit
        c = try pop()
      }
      var precision = -1
      if c == "." {
        c = try pop()
        if c.isASCII, c.wholeNumberValue != nil {
          precision = 0
          while let digit = c.wholeNumberValue, c.isASCII {
            precision = 10 * precision + digit
            c = try pop()
          }
        }
      }
      if c == "h" || c == "l" {
        let previous = c
        c = try pop()
        if c == previous { c = try pop() }
      } else if "Ljqtz".contains(c) {
        c = try pop()
      }
      guard "diouxXDOUeEfFgGaAcCsSpn".contains(c) else { throw invalid() }
      if flags.contains("'") { throw Failure.error("printf format flag ' not yet supported") }
      if c == "n" { throw Failure.error("printf feature %n not supported") }
      if !text.isEmpty {
        pieces.append(.text(text))
        text = ""
      }
      pieces.append(
        .conversion(PrintfSpec(flags: flags, width: width, precision: precision, conversion: c)))
    }
    if !text.isEmpty { pieces.append(.text(text)) }
    self.pieces = pieces
  }

  /// `repr` of a string, as the error message quotes the format.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "$": result += "\\$"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

/// One conversion: its flags, width, precision (-1 when not given) and conversion character.
struct PrintfSpec {
  let flags: String
  let width: Int
  let precision: Int
  let conversion: Character

  func has(_ flag: Character) -> Bool { flags.contains(flag) }
}
