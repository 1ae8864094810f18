/// A font command's alphabet, mapped onto Unicode's mathematical alphanumeric symbols.
///
/// MathML Core draws `\mathbf`, `\mathbb`, `\mathcal` and their siblings from these code points
/// rather than from `mathvariant`, which it only honours as `normal` on a single-letter `<mi>`.
enum MathAlphabet: Hashable, Sendable {
  case roman
  case bold
  case italic
  case boldItalic
  case script
  case fraktur
  case doubleStruck
  case sansSerif
  case monospace

  /// The alphabet a font command selects, if the command is one.
  static func named(_ command: String) -> MathAlphabet? {
    switch command {
    case "mathrm", "textrm", "text", "textnormal", "mbox", "textup": .roman
    case "mathbf", "textbf": .bold
    case "mathit", "textit": .italic
    case "boldsymbol", "bm": .boldItalic
    case "mathcal", "mathscr": .script
    case "mathfrak": .fraktur
    case "mathbb": .doubleStruck
    case "mathsf", "textsf": .sansSerif
    case "mathtt", "texttt": .monospace
    default: nil
    }
  }

  /// Whether the command sets prose (`<mtext>`) rather than math letters.
  static func isTextCommand(_ command: String) -> Bool {
    command.hasPrefix("text") || command == "mbox"
  }

  /// The character in this alphabet for a letter, digit or Greek letter; the character itself
  /// when the alphabet has no form of it.
  func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    let starts = self.starts
    // Letterlike Symbols take the places Unicode leaves empty in the alphanumeric block.
    if let hole = holes[scalar] { return hole }
    if (0x41...0x5A).contains(value), let base = starts.capital {
      return Unicode.Scalar(base + value - 0x41) ?? scalar
    }
    if (0x61...0x7A).contains(value), let base = starts.small {
      return Unicode.Scalar(base + value - 0x61) ?? scalar
    }
    if (0x30...0x39).contains(value), let base = starts.digit {
      return Unicode.Scalar(base + value - 0x30) ?? scalar
    }
    if (0x391...0x3A9).contains(value), value != 0x3A2, let base = starts.greekCapital {
      return Unicode.Scalar(base + value - 0x391) ?? scalar
    }
    if (0x3B1...0x3C9).contains(value), let base = starts.greekSmall {
      return Unicode.Scalar(base + value - 0x3B1) ?? scalar
    }
    return scalar
  }

  /// First code points of each range in Unicode's Mathematical Alphanumeric Symbols block
  /// (U+1D400–U+1D7FF), from the Unicode code charts.
  private var starts:
    (capital: UInt32?, small: UInt32?, digit: UInt32?, greekCapital: UInt32?, greekSmall: UInt32?)
  {
    switch self {
    case .roman: (nil, nil, nil, nil, nil)
    case .bold: (0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8, 0x1D6C2)
    case .italic: (0x1D434, 0x1D44E, nil, 0x1D6E2, 0x1D6FC)
    case .boldItalic: (0x1D468, 0x1D482, 0x1D7CE, 0x1D71C, 0x1D736)
    case .script: (0x1D49C, 0x1D4B6, nil, nil, nil)
    case .fraktur: (0x1D504, 0x1D51E, nil, nil, nil)
    case .doubleStruck: (0x1D538, 0x1D552, 0x1D7D8, nil, nil)
    case .sansSerif: (0x1D5A0, 0x1D5BA, 0x1D7E2, nil, nil)
    case .monospace: (0x1D670, 0x1D68A, 0x1D7F6, nil, nil)
    }
  }

  /// Letters whose mathematical forms were encoded earlier, in Letterlike Symbols (U+2100–).
  private var holes: [Unicode.Scalar: Unicode.Scalar] {
    switch self {
    case .roman, .bold, .boldItalic, .sansSerif, .monospace: [:]
    case .italic: ["h": "\u{210E}"]
    case .script:
      [
        "B": "\u{212C}", "E": "\u{2130}", "F": "\u{2131}", "H": "\u{210B}", "I": "\u{2110}",
        "L": "\u{2112}", "M": "\u{2133}", "R": "\u{211B}", "e": "\u{212F}", "g": "\u{210A}",
        "o": "\u{2134}",
      ]
    case .fraktur:
      ["C": "\u{212D}", "H": "\u{210C}", "I": "\u{2111}", "R": "\u{211C}", "Z": "\u{2128}"]
    case .doubleStruck:
      [
        "C": "\u{2102}", "H": "\u{210D}", "N": "\u{2115}", "P": "\u{2119}", "Q": "\u{211A}",
        "R": "\u{211D}", "Z": "\u{2124}",
      ]
    }
  }
}
