/// The part of a cell after its `# output` line: what the cell's display must equal
/// (Documenter's convention).
struct ExpectedOutput: Equatable {
  /// The expected text, as written.
  var text: String
  /// Line of the `# output` marker inside the directive's body (0-based).
  var markerLine: Int
  /// How many lines the expected text spans in the body.
  var lineCount: Int
  /// Whether a blank line separates the marker from the text (kept by a rewrite).
  var hasSeparator = false

  /// Splits a cell's code at its `# output` line.
  /// - Returns: the code to run and the expectation, if the cell has one.
  static func split(_ body: String) -> (code: String, expected: ExpectedOutput?) {
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    guard
      let marker = lines.firstIndex(where: {
        $0.trimmingCharacters() == "# output"
      })
    else { return (body, nil) }
    var codeLines = Array(lines[..<marker])
    while let last = codeLines.last, last.trimmingCharacters().isEmpty { codeLines.removeLast() }
    var expectedLines = Array(lines[(marker + 1)...])
    if expectedLines.last == "" { expectedLines.removeLast() }
    let count = expectedLines.count
    // A blank line right after the marker is a separator, as in Documenter.
    let hasSeparator = expectedLines.first?.trimmingCharacters().isEmpty == true
    if hasSeparator { expectedLines.removeFirst() }
    return (
      codeLines.joined(separator: "\n"),
      ExpectedOutput(
        text: expectedLines.joined(separator: "\n"), markerLine: marker, lineCount: count,
        hasSeparator: hasSeparator)
    )
  }
}

/// Compares a cell's actual display with its expectation: numbers within a tolerance, the text
/// between them exactly (trailing white space of each line ignored).
enum OutputComparison {
  /// A difference found, worded for a diagnostic; `nil` when the texts agree.
  static func difference(actual: String, expected: String, rtol: Double, atol: Double) -> String? {
    let actualLines = normalizedLines(actual)
    let expectedLines = normalizedLines(expected)
    if actualLines.count != expectedLines.count {
      return
        "expected \(expectedLines.count) line(s), got \(actualLines.count)"
    }
    for (index, (a, e)) in zip(actualLines, expectedLines).enumerated() where a != e {
      let aParts = split(a)
      let eParts = split(e)
      guard aParts.count == eParts.count else {
        return "line \(index + 1): expected «\(e)», got «\(a)»"
      }
      for (ap, ep) in zip(aParts, eParts) {
        switch (ap, ep) {
        case (.number(let x, let shown), .number(let y, let text)):
          let tolerance = max(atol, rtol * max(abs(x), abs(y)))
          let same = x == y || (x.isNaN && y.isNaN) || abs(x - y) <= tolerance
          if !same {
            let diff = x - y
            // The actual number as the cell displays it (`2`, not the parsed `2.0`).
            return
              "line \(index + 1): expected \(text), got \(shown) (difference \(format(diff)), "
              + "relative \(format(abs(diff) / max(abs(y), .leastNormalMagnitude))))"
          }
        case (.text(let x), .text(let y)) where x == y:
          continue
        default:
          return "line \(index + 1): expected «\(e)», got «\(a)»"
        }
      }
    }
    return nil
  }

  enum Part: Equatable {
    case number(Double, String)
    case text(String)
  }

  /// Splits a line into numbers (Julia's float and integer forms) and the text between them.
  static func split(_ line: String) -> [Part] {
    var parts: [Part] = []
    var text = ""
    let scalars = Array(line.unicodeScalars)
    var index = 0
    func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
    while index < scalars.count {
      func isScalar(_ i: Int, _ c: Unicode.Scalar) -> Bool { i < scalars.count && scalars[i] == c }
      let isSign = isScalar(index, "-") || isScalar(index, "+")
      let startsNumber =
        isDigit(index) || (isScalar(index, ".") && isDigit(index + 1))
        || (isSign && (isDigit(index + 1) || (isScalar(index + 1, ".") && isDigit(index + 2))))
      let previousIsWord =
        index > 0
        && (scalars[index - 1].properties.isAlphabetic || scalars[index - 1] == "_"
          || isDigit(index - 1))
      if startsNumber && !previousIsWord {
        var end = index
        if scalars[end] == "-" || scalars[end] == "+" { end += 1 }
        while isDigit(end) { end += 1 }
        if end < scalars.count && scalars[end] == "." {
          end += 1
          while isDigit(end) { end += 1 }
        }
        if end < scalars.count && (scalars[end] == "e" || scalars[end] == "E") {
          var exponent = end + 1
          if exponent < scalars.count && (scalars[exponent] == "-" || scalars[exponent] == "+") {
            exponent += 1
          }
          if isDigit(exponent) {
            while isDigit(exponent) { exponent += 1 }
            end = exponent
          }
        }
        let literal = String(String.UnicodeScalarView(scalars[index..<end]))
        if let value = Double(literal) {
          if !text.isEmpty {
            parts.append(.text(text))
            text = ""
          }
          parts.append(.number(value, literal))
          index = end
          continue
        }
      }
      text.unicodeScalars.append(scalars[index])
      index += 1
    }
    if !text.isEmpty { parts.append(.text(text)) }
    return parts
  }

  private static func normalizedLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      var line = Substring($0)
      while let last = line.last, last == " " || last == "\t" || last == "\r" {
        line = line.dropLast()
      }
      return String(line)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    return lines
  }

  private static func format(_ value: Double) -> String {
    "\(value)"
  }
}
