extension MathMLWriter {
  /// Escapes text for XML: `&`, `<`, `>` (and `"` in attributes); invisible and combining
  /// characters are written as character references so the markup shows them; control
  /// characters XML forbids even as references become U+FFFD.
  static func escaped(_ text: String, quote: Bool = false) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"" where quote: result += "&quot;"
      case "\u{A0}", "\u{2061}", "\u{2062}", "\u{2063}", "\u{2064}", "\u{200B}",
        "\u{0300}"..."\u{036F}", "\u{20D0}"..."\u{20FF}":
        result += "&#x" + String(scalar.value, radix: 16, uppercase: true) + ";"
      case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}": result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The source without the white space around it.
  static func trimmed(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(String.UnicodeScalarView(scalars[first...last]))
  }

  /// Text with leading and trailing spaces made non-breaking, which `<mtext>` would collapse.
  static func keepingOuterSpaces(_ text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count, scalars[index] == " " {
      scalars[index] = "\u{A0}"
      index += 1
    }
    index = scalars.count - 1
    while index >= 0, scalars[index] == " " {
      scalars[index] = "\u{A0}"
      index -= 1
    }
    return String(String.UnicodeScalarView(scalars))
  }

  /// A length in math units (1/18 em) as em.
  static func em(mu: Int) -> String {
    em(Double(mu) / 18)
  }

  /// A length in em with at most four decimals, without trailing zeros.
  static func em(_ value: Double) -> String {
    let scaled = Int((abs(value) * 10_000).rounded())
    var text = String(scaled / 10_000)
    let fraction = scaled % 10_000
    if fraction != 0 {
      var digits = String(fraction)
      digits = String(repeating: "0", count: 4 - digits.count) + digits
      while digits.hasSuffix("0") { digits.removeLast() }
      text += "." + digits
    }
    return (value < 0 && scaled != 0 ? "-" : "") + text + "em"
  }
}
