/// Julia's `Char` as sitegen holds it: one Unicode scalar. Its show and REPL display and the
/// character predicates follow Julia 1.0 (`base/char.jl`, `base/strings/unicode.jl`).
enum JuliaChar {
  /// The character's code point (its first scalar).
  static func scalar(_ c: Character) -> Unicode.Scalar {
    c.unicodeScalars.first ?? "\0"
  }

  /// `show(io, c::Char)`: `'a'`, `'\n'`, `'\x01'`, `'\u200b'`.
  static func show(_ c: Character) -> String {
    let u = scalar(c)
    let escapes: [Unicode.Scalar: String] = [
      "\0": "0", "\u{07}": "a", "\u{08}": "b", "\t": "t", "\n": "n", "\u{0B}": "v", "\u{0C}": "f",
      "\r": "r", "\u{1B}": "e", "'": "'", "\\": "\\",
    ]
    if let escape = escapes[u] { return "'\\" + escape + "'" }
    if isPrintable(u) { return "'" + String(c) + "'" }
    let hex = String(u.value, radix: 16)
    let digits = max(2, (32 - u.value.leadingZeroBitCount + 3) / 4)
    let mark = u.value <= 0x7f ? "x" : u.value <= 0xffff ? "u" : "U"
    return "'\\" + mark + String(repeating: "0", count: digits - hex.count) + hex + "'"
  }

  /// The REPL's display: `'a': ASCII/Unicode U+0061 (category Ll: Letter, lowercase)`
  /// (`show(io, ::MIME"text/plain", c::Char)` in `base/char.jl`).
  static func display(_ c: Character) -> String {
    let u = scalar(c)
    // 1.0 writes the code point with `string(u, base = 16, pad = …)`: lower-case digits (the
    // manual's `'\x7f': ASCII/Unicode U+007f`); later versions upper-case them.
    let hex = String(u.value, radix: 16)
    let padded =
      String(repeating: "0", count: max(0, (u.value <= 0xffff ? 4 : 6) - hex.count)) + hex
    let (abbreviation, description) = category(u)
    return show(c) + ": " + (u.isASCII ? "ASCII/" : "") + "Unicode U+" + padded + " (category "
      + abbreviation + ": " + description + ")"
  }

  /// The general category's abbreviation and name as Julia spells them
  /// (`Unicode.category_abbrev`, `category_string`).
  static func category(_ u: Unicode.Scalar) -> (String, String) {
    switch u.properties.generalCategory {
    case .uppercaseLetter: ("Lu", "Letter, uppercase")
    case .lowercaseLetter: ("Ll", "Letter, lowercase")
    case .titlecaseLetter: ("Lt", "Letter, titlecase")
    case .modifierLetter: ("Lm", "Letter, modifier")
    case .otherLetter: ("Lo", "Letter, other")
    case .nonspacingMark: ("Mn", "Mark, nonspacing")
    case .spacingMark: ("Mc", "Mark, spacing combining")
    case .enclosingMark: ("Me", "Mark, enclosing")
    case .decimalNumber: ("Nd", "Number, decimal digit")
    case .letterNumber: ("Nl", "Number, letter")
    case .otherNumber: ("No", "Number, other")
    case .connectorPunctuation: ("Pc", "Punctuation, connector")
    case .dashPunctuation: ("Pd", "Punctuation, dash")
    case .openPunctuation: ("Ps", "Punctuation, open")
    case .closePunctuation: ("Pe", "Punctuation, close")
    case .initialPunctuation: ("Pi", "Punctuation, initial quote")
    case .finalPunctuation: ("Pf", "Punctuation, final quote")
    case .otherPunctuation: ("Po", "Punctuation, other")
    case .mathSymbol: ("Sm", "Symbol, math")
    case .currencySymbol: ("Sc", "Symbol, currency")
    case .modifierSymbol: ("Sk", "Symbol, modifier")
    case .otherSymbol: ("So", "Symbol, other")
    case .spaceSeparator: ("Zs", "Separator, space")
    case .lineSeparator: ("Zl", "Separator, line")
    case .paragraphSeparator: ("Zp", "Separator, paragraph")
    case .control: ("Cc", "Other, control")
    case .format: ("Cf", "Other, format")
    case .surrogate: ("Cs", "Other, surrogate")
    case .privateUse: ("Co", "Other, private use")
    case .unassigned: ("Cn", "Other, not assigned")
    @unknown default: ("Cn", "Other, not assigned")
    }
  }

  /// `isprint`: a letter, mark, number, punctuation, symbol or space separator (the categories
  /// from Lu to Zs in utf8proc's order), not a line or paragraph separator, control, format,
  /// surrogate, private-use or unassigned character.
  static func isPrintable(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .unassigned, .lineSeparator, .paragraphSeparator,
      .privateUse:
      return false
    default: return true
    }
  }

  /// `isspace`: ' ', '\t' through '\r', U+85, and the space separators from U+A0 on.
  static func isSpace(_ u: Unicode.Scalar) -> Bool {
    u == " " || (0x09...0x0D).contains(u.value) || u.value == 0x85
      || (u.value >= 0xA0 && u.properties.generalCategory == .spaceSeparator)
  }

  /// `isletter`: the general category is a letter (L*).
  static func isLetter(_ u: Unicode.Scalar) -> Bool {
    switch u.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
      return true
    default: return false
    }
  }

  /// Julia's one-character case mappings (utf8proc's simple mappings): a scalar whose full
  /// mapping is several characters (ß → SS) keeps itself.
  static func mapped(_ u: Unicode.Scalar, _ mapping: String) -> Unicode.Scalar {
    let scalars = mapping.unicodeScalars
    return scalars.count == 1 ? scalars.first ?? u : u
  }

  static func uppercase(_ u: Unicode.Scalar) -> Unicode.Scalar {
    mapped(u, u.properties.uppercaseMapping)
  }

  static func lowercase(_ u: Unicode.Scalar) -> Unicode.Scalar {
    mapped(u, u.properties.lowercaseMapping)
  }

  static func titlecase(_ u: Unicode.Scalar) -> Unicode.Scalar {
    mapped(u, u.properties.titlecaseMapping)
  }
}
