/// Text written into YAML front matter.
enum YAMLText {
  /// `text` as a YAML scalar on one line: plain when it is plainly a string
  /// (`Fitting a line`), double-quoted with escapes otherwise (`"Fit: |x|"`).
  static func scalar(_ text: String) -> String {
    let plainPunctuation: Set<Character> = [".", ",", "(", ")", "!", "?", "'", "-", "/", "+", " "]
    if let first = text.first, first.isLetter || first.isNumber, text.last != " ",
      text.allSatisfy({ $0.isLetter || $0.isNumber || plainPunctuation.contains($0) })
    {
      return text
    }
    var quoted = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": quoted += "\\\""
      case "\\": quoted += "\\\\"
      case "\n": quoted += "\\n"
      case "\t": quoted += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
          let digits = String(scalar.value, radix: 16, uppercase: true)
          quoted += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        } else {
          quoted.unicodeScalars.append(scalar)
        }
      }
    }
    return quoted + "\""
  }
}
