/// What a cell showed when it ran, in the order it showed it.
package enum CellOutput: Hashable, Sendable, Codable {
  /// Text the cell printed (`println`, `@show`, `display` of text).
  case printed(String)
  /// The cell's result, displayed as Julia's REPL shows it.
  case value(String)
  /// A figure rendered to inline SVG (its alt text is the SVG's title), with its caption.
  case svgFigure(String, caption: String?)
  /// A figure drawn in braille characters, with its caption and alt text.
  case textFigure(String, caption: String?, alt: String?)
  /// The error that stopped the cell, in Julia's words; `line` is the page's line.
  case error(message: String, line: Int?)
}

/// The syntax class of a piece of highlighted code.
package enum TokenClass: String, Hashable, Sendable, Codable {
  case keyword
  case string
  case number
  case comment
  case macro
  case function
  case `operator`
}

/// A highlighted piece of code: a UTF-8 byte range of the code and its class.
package struct CodeToken: Hashable, Sendable, Codable {
  package var start: Int
  package var end: Int
  package var kind: TokenClass

  package init(start: Int, end: Int, kind: TokenClass) {
    self.start = start
    self.end = end
    self.kind = kind
  }
}

/// Code with its highlighting.
package struct HighlightedCode: Hashable, Sendable, Codable {
  package var code: String
  /// Non-overlapping tokens in order; text between them is plain.
  package var tokens: [CodeToken]

  package init(code: String, tokens: [CodeToken]) {
    self.code = code
    self.tokens = tokens
  }
}

/// A cell or directive after the execute stage: what the page shows of it.
package struct ExecutedCell: Hashable, Sendable, Codable {
  /// The execution count shown as `In [n]` / `Out [n]`; `nil` for a cell that did not run.
  package var number: Int?
  /// The code shown (above any `# output` line), or `nil` when `echo` is off.
  package var input: HighlightedCode?
  /// The outputs shown (empty when `output` is off).
  package var outputs: [CellOutput]
  /// Extra HTML for a directive that renders more than outputs (a `{train}` table).
  package var extraHTML: String?
  /// The line of the shown code (1-based) where the cell's error was raised.
  package var errorLine: Int?
  /// Whether the code is shown folded, opened by the reader (`hide-input`).
  package var foldsInput: Bool
  /// Whether the outputs are shown folded, opened by the reader (`hide-output`).
  package var foldsOutput: Bool
  /// The files the cell saved (Plots' `savefig`), by name, written beside the page.
  package var savedFiles: [String: String] = [:]

  package init(
    number: Int?, input: HighlightedCode?, outputs: [CellOutput], extraHTML: String? = nil,
    errorLine: Int? = nil, foldsInput: Bool = false, foldsOutput: Bool = false
  ) {
    self.number = number
    self.input = input
    self.outputs = outputs
    self.extraHTML = extraHTML
    self.errorLine = errorLine
    self.foldsInput = foldsInput
    self.foldsOutput = foldsOutput
  }
}
