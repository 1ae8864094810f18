import SourcePositions

/// A notebook's code cell as a `{julia}` cell: its tags as a `#| tags:` line, its code, and
/// after `# output` what its last run showed as text; then, in an HTML comment, what it showed
/// that a page cannot compare.
struct CodeCellWriter {
  /// The Markdown blocks of the cell: the fenced cell, then the comment if there is one.
  var blocks: [String] = []
  /// What the author should know about the cell.
  var warnings: [LocatedError] = []

  /// MyST's tags that sitegen's cells accept (CellExecution's `CellOptions` reads them); the
  /// notebook's other tags are not carried over.
  static let knownTags: Set<String> = [
    "remove-input", "hide-input", "remove-output", "hide-output", "remove-cell", "hide-cell",
    "raises-exception", "skip-execution",
  ]

  init(_ cell: NotebookCell) {
    let code = NotebookPage.trimmingBlankLines(LineEnds.normalized(cell.source))
    guard !code.isEmpty || !cell.outputs.isEmpty else { return }
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.contains(where: { $0.trimmingWhiteSpace() == "# output" }) {
      warnings.append(
        LocatedError(
          "the cell's code has a line '# output': sitegen reads the lines after it as the "
            + "output the cell must show, not as code", at: cell.location))
    }

    // Phase 1: the outputs, in order: text joins the expectation, the rest is named.
    var parts: [String] = []
    var printed: String?
    var leftOut: [String] = []
    var failure: String?
    func flushPrinted() {
      guard let text = printed else { return }
      parts.append(text.hasSuffix("\n") ? String(text.dropLast()) : text)
      printed = nil
    }
    for output in cell.outputs {
      switch output {
      case .stream(_, let text):
        printed = (printed ?? "") + Terminal.plain(LineEnds.normalized(text))
      case .result(let bundle), .display(let bundle):
        if let figure = bundle.figureType {
          leftOut.append("a figure (\(figure))")
        } else if let text = bundle.plainText {
          flushPrinted()
          parts.append(Terminal.plain(LineEnds.normalized(text)))
        } else {
          leftOut.append("an output only a browser shows (\(bundle.types.joined(separator: ", ")))")
        }
      case .error(let name, let value):
        flushPrinted()
        let message = Terminal.plain(LineEnds.normalized(value))
        parts.append(message)
        failure = name.isEmpty ? message : name
      }
    }
    flushPrinted()

    // Phase 2: options, code, expectation.
    var tags = cell.tags.filter(Self.knownTags.contains)
    if cell.sourceHidden && !tags.contains("hide-input") { tags.append("hide-input") }
    if cell.outputsHidden && !tags.contains("hide-output") { tags.append("hide-output") }
    var body: [String] = []
    if !tags.isEmpty { body.append("#| tags: [\(tags.joined(separator: ", "))]") }
    let marksError = lines.contains { $0.trimmingWhiteSpace() == "#| error: true" }
    if failure != nil && !tags.contains("raises-exception") && !marksError {
      body.append("#| error: true")
    }
    if !code.isEmpty { body.append(code) }
    let expectation = parts.joined(separator: "\n")
    // A cell whose code says `#| output: false`, or tags it `remove-output` or `remove-cell`,
    // shows nothing to compare (sitegen's own notebooks keep their cells' options), so it gets
    // no expectation.
    let hidesOutput = lines.contains { line in
      let option = line.trimmingWhiteSpace()
      return option == "#| output: false"
        || (option.hasPrefix("#| tags:")
          && (option.contains("remove-output") || option.contains("remove-cell")))
    }
    if (cell.executed || !cell.outputs.isEmpty) && !hidesOutput {
      body.append("")
      body.append("# output")
      if !expectation.isEmpty { body.append(expectation) }
    }
    let text = body.joined(separator: "\n")
    let fence = String(repeating: "`", count: max(3, Self.longestFenceRun(in: text) + 1))
    blocks.append(fence + "{julia}\n" + text + "\n" + fence)

    if let failure {
      leftOut.insert("an error (\(failure)); the cell is marked 'error: true'", at: 0)
    }
    if !leftOut.isEmpty {
      blocks.append(
        HTMLComment.text("the notebook's run of this cell also showed " + Self.list(leftOut)))
    }
  }

  /// The longest run of backticks that starts a line (after at most three spaces): a fence
  /// that long or longer would close the cell early.
  static func longestFenceRun(in text: String) -> Int {
    var longest = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indent = line.prefix { $0 == " " }.count
      guard indent < 4 else { continue }
      longest = max(longest, line.dropFirst(indent).prefix { $0 == "`" }.count)
    }
    return longest
  }

  /// `a`, `a and b`, `a, b and c`.
  static func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}

/// An HTML comment in a page: seen in its source, not on the page.
enum HTMLComment {
  /// `<!-- text -->`, with every `--` in `text` broken up, as XML (the theme writes XHTML)
  /// and HTML both forbid it inside a comment.
  static func text(_ text: String) -> String {
    var body = text
    while body.contains("--") { body = body.replacing("--", with: "- -") }
    if body.hasSuffix("-") { body += " " }
    return "<!-- " + body + " -->"
  }
}

/// Text as a terminal would show it, without its colours.
enum Terminal {
  /// `text` without ANSI escape sequences (`ESC [ … m` and the like), which IJulia keeps in
  /// coloured outputs and tracebacks.
  static func plain(_ text: String) -> String {
    guard text.unicodeScalars.contains("\u{1B}") else { return text }
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\u{1B}" else {
        result.append(scalar)
        continue
      }
      // CSI: ESC [ parameters… final byte in @…~; other escapes are two characters.
      guard let next = scalars.next(), next == "[" else { continue }
      while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
    }
    return String(result)
  }
}
