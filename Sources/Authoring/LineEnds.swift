/// Line ends as the page writer splits them: `\n` only.
enum LineEnds {
  /// `text` with each `\r\n` (one `Character` in Swift, which `split(separator: "\n")` would not
  /// cut) and each lone `\r` made a `\n`.
  static func normalized(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
    var result = String.UnicodeScalarView()
    var previousWasReturn = false
    for scalar in text.unicodeScalars {
      if scalar == "\r" {
        result.append("\n")
        previousWasReturn = true
        continue
      }
      if !(scalar == "\n" && previousWasReturn) { result.append(scalar) }
      previousWasReturn = false
    }
    return String(result)
  }
}
