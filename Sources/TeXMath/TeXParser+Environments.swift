extension TeXParser {
  /// The environments the parser knows: their layout and the fences around them.
  static let environments: [String: (layout: MathTable.Layout, open: String?, close: String?)] = [
    "matrix": (.matrix, nil, nil), "pmatrix": (.matrix, "(", ")"), "bmatrix": (.matrix, "[", "]"),
    "Bmatrix": (.matrix, "{", "}"), "vmatrix": (.matrix, "|", "|"),
    "Vmatrix": (.matrix, "‖", "‖"), "cases": (.cases, "{", nil), "aligned": (.aligned, nil, nil),
  ]

  /// Reads `{name}` after `\begin` or `\end`.
  ///
  /// - Returns: The name, or `nil` if no braced name follows.
  mutating func parseEnvironmentName() -> String? {
    guard peek().isCharacter("{") else { return nil }
    advance()
    let (raw, closed) = readRawGroup()
    guard closed else { return nil }
    return String(
      String.UnicodeScalarView(raw.unicodeScalars.filter { !$0.properties.isWhitespace }))
  }

  /// `\begin{name} … \end{name}`: cells separated by `&`, rows by `\\`.
  ///
  /// environment := "\begin{" name "}" row ( ("&" | "\\") row )* "\end{" name "}"
  mutating func parseEnvironment(_ begin: TeXToken) -> MathNode {
    guard let name = parseEnvironmentName() else {
      return failure(
        "missing environment name after '\\begin'", begin.range.lowerBound..<consumedEnd)
    }
    let beginRange = begin.range.lowerBound..<consumedEnd
    let known = TeXParser.environments[name]
    var prefix: [MathNode] = []
    if known == nil {
      prefix.append(failure("unknown environment '\(name)'", beginRange))
    }
    let (rows, ending) = parseRows(environment: name, beginRange: beginRange)
    let layout = known?.layout ?? .matrix
    var node = MathNode.table(MathTable(layout: layout, rows: rows))
    if let known, known.open != nil || known.close != nil {
      node = .fenced(
        open: TeXParser.fence(known.open, .prefix), body: [node],
        close: TeXParser.fence(known.close, .postfix))
    }
    switch ending {
    case .matched: break
    case .mismatched(let end): return .row(prefix + [node, end])
    case .missing(let begin): return .row([begin] + prefix + [node])
    }
    return prefix.isEmpty ? node : .row(prefix + [node])
  }

  /// How an environment's body ended.
  private enum Ending {
    /// With the right `\end`.
    case matched
    /// With an `\end` of another name, shown as an error after the table.
    case mismatched(MathNode)
    /// Without `\end`; the `\begin` is shown as an error before the table.
    case missing(MathNode)
  }

  /// Parses the cells of an environment up to its `\end`.
  private mutating func parseRows(environment name: String, beginRange: Range<Int>)
    -> (rows: [[[MathNode]]], ending: Ending)
  {
    let saved = (groupDepth, leftDepth, optionalDepth, alphabet)
    (groupDepth, leftDepth, optionalDepth) = (0, 0, 0)
    tableDepth += 1
    defer {
      tableDepth -= 1
      (groupDepth, leftDepth, optionalDepth, alphabet) = saved
    }
    var rows: [[[MathNode]]] = [[]]
    var ending = Ending.matched
    while true {
      let cell = parseRow()
      rows[rows.count - 1].append(cell)
      let token = advance()
      if token.isCharacter("&") { continue }
      if token.isCommand("\\") {
        skipRowSpacing()
        rows.append([])
        continue
      }
      if token.isCommand("end") {
        let endName = parseEnvironmentName()
        let endRange = token.range.lowerBound..<consumedEnd
        if endName != name {
          ending = .mismatched(
            failure("'\(lexer.text(endRange))' does not match '\\begin{\(name)}'", endRange))
        }
      } else {
        ending = .missing(
          failure("'\\begin{\(name)}' has no matching '\\end{\(name)}'", beginRange))
      }
      break
    }
    if let last = rows.last, last.count == 1, last[0].isEmpty, rows.count > 1 {
      rows.removeLast()
    }
    return (rows, ending)
  }

  /// Skips the optional `[length]` after `\\`, which MathML spacing does not need.
  private mutating func skipRowSpacing() {
    guard peek().isCharacter("[") else { return }
    while true {
      let token = advance()
      if token.isCharacter("]") || token.kind == .end { return }
    }
  }
}
