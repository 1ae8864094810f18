extension TeXParser {
  /// `\big` and its siblings: the delimiter height in em.
  ///
  /// Heights are KaTeX's (`sizeToMaxHeight`: 1.2, 1.8, 2.4 and 3.0 em), which follow the sizes
  /// of plain TeX's `\big` … `\Bigg` with Computer Modern.
  static let delimiterSizes: [String: (size: Double, form: MathSymbol.Form?)] = {
    var table: [String: (size: Double, form: MathSymbol.Form?)] = [:]
    let sizes = [("big", 1.2), ("Big", 1.8), ("bigg", 2.4), ("Bigg", 3.0)]
    for (name, size) in sizes {
      table[name] = (size, nil)
      table[name + "l"] = (size, .prefix)
      table[name + "r"] = (size, .postfix)
      table[name + "m"] = (size, .infix)
    }
    return table
  }()

  /// The delimiter after `\left`, `\right`, `\middle` or `\big`; `""` for the empty `.`.
  ///
  /// - Returns: `nil`, after reporting the problem, when no delimiter follows.
  mutating func parseDelimiter(after command: TeXToken) -> String? {
    let token = peek()
    if let delimiter = TeXSymbol.delimiter(for: token) {
      advance()
      return delimiter
    }
    let range =
      token.kind == .end ? command.range : command.range.lowerBound..<token.range.upperBound
    report("missing delimiter after '\(lexer.text(command.range))'", range)
    return nil
  }

  /// `\left( … \right)`: a row between fences that stretch to its height.
  ///
  /// fenced := "\left" delimiter row "\right" delimiter
  mutating func parseLeft(_ left: TeXToken) -> MathNode {
    let open = parseDelimiter(after: left)
    let leftRange = left.range.lowerBound..<consumedEnd
    leftDepth += 1
    let body = parseRow()
    leftDepth -= 1
    // A missing delimiter was reported already; show it and go on.
    let prefix: [MathNode] = open == nil ? [.error(lexer.text(leftRange))] : []
    guard peek().isCommand("right") else {
      let missing = failure("'\\left' has no matching '\\right'", leftRange)
      return .row((open == nil ? prefix : [missing]) + body)
    }
    let right = advance()
    let close = parseDelimiter(after: right)
    let suffix: [MathNode] = close == nil ? [.error(lexer.text(right.range))] : []
    let fenced = MathNode.fenced(
      open: TeXParser.fence(open, .prefix), body: body, close: TeXParser.fence(close, .postfix))
    if prefix.isEmpty, suffix.isEmpty { return fenced }
    return .row(prefix + [fenced] + suffix)
  }

  /// `\middle|` inside `\left … \right`.
  mutating func parseMiddle(_ middle: TeXToken) -> MathNode {
    let delimiter = parseDelimiter(after: middle)
    guard leftDepth > 0 else {
      return failure(
        "'\\middle' outside '\\left … \\right'", middle.range.lowerBound..<consumedEnd)
    }
    guard let delimiter else { return .error(lexer.text(middle.range)) }
    return TeXParser.fence(delimiter, .infix).map(MathNode.symbol) ?? .row([])
  }

  /// `\big(`, `\Bigl[`, `\bigg\|`: a delimiter of fixed height.
  mutating func parseSizedDelimiter(
    _ command: TeXToken, size: (size: Double, form: MathSymbol.Form?)
  ) -> MathNode {
    guard let delimiter = parseDelimiter(after: command) else {
      return .error(lexer.text(command.range))
    }
    guard !delimiter.isEmpty else { return .space(mu: 0) }
    let form = size.form ?? pairedForm(of: delimiter)
    return .symbol(
      MathSymbol(delimiter, form: form, stretchy: true, symmetric: true, size: size.size))
  }

  /// A stretchy fence, or `nil` for the empty delimiter `.`.
  static func fence(_ delimiter: String?, _ form: MathSymbol.Form) -> MathSymbol? {
    guard let delimiter, !delimiter.isEmpty else { return nil }
    return MathSymbol(delimiter, form: form, fence: true, stretchy: true)
  }
}
