import SiteModel

/// An executed cell as HTML: an `In [n]` row with the highlighted code, an `Out [n]` row with
/// what it printed, returned and drew. No script is needed to read it.
package enum CellHTML {
  /// The cell's HTML block.
  /// - Parameters:
  ///   - language: the code's language, for its `language-…` class.
  ///   - figure: the cell's figure label (`#| label: fig-…`): its first figure gets the label as
  ///     its id and "Figure n: " before its caption, as Quarto numbers them.
  package static func render(
    _ cell: ExecutedCell, language: String, figure: CrossReferenceTarget? = nil
  ) -> String {
    var html = "<div class=\"cell\">\n"
    let label = cell.number.map { "[\($0)]" } ?? "[ ]"
    if let input = cell.input, !input.code.isEmpty {
      if cell.foldsInput { html += foldOpening("input", summary: "Show code") }
      html += "<div class=\"cell-input\"><span class=\"cell-label\">In \(label):</span>"
      html += "<pre><code class=\"language-\(HTMLEscaping.escapeHTML(language))\">"
      html += highlighted(input, errorLine: cell.errorLine)
      html += "</code></pre></div>\n"
      if cell.foldsInput { html += "</details>\n" }
    }
    if !cell.outputs.isEmpty || cell.extraHTML != nil {
      if cell.foldsOutput { html += foldOpening("output", summary: "Show output") }
      html += "<div class=\"cell-output\"><span class=\"cell-label\">Out \(label):</span>"
      html += "<div class=\"cell-outputs\">\n"
      var figure = figure
      for output in cell.outputs {
        html += render(output, figure: figure)
        if output.isFigure { figure = nil }
      }
      if let extra = cell.extraHTML { html += extra }
      html += "</div></div>\n"
      if cell.foldsOutput { html += "</details>\n" }
    }
    return html + "</div>\n"
  }

  /// The start of a folded part (`hide-input`, `hide-output`): a `<details>` element, closed
  /// until the reader opens it, with no script.
  private static func foldOpening(_ part: String, summary: String) -> String {
    "<details class=\"cell-fold cell-fold-\(part)\"><summary>\(summary)</summary>\n"
  }

  private static func render(_ output: CellOutput, figure: CrossReferenceTarget?) -> String {
    let id = figure.map { " id=\"\(HTMLEscaping.escapeHTML($0.label))\"" } ?? ""
    let numbered: (String?) -> String? = { caption in
      guard let figure else { return caption }
      return "Figure \(figure.number)" + (caption.map { ": " + $0 } ?? "")
    }
    switch output {
    case .printed(let text):
      return "<pre class=\"cell-stdout\"><samp>\(HTMLEscaping.escapeHTML(text))</samp></pre>\n"
    case .value(let text):
      return "<pre class=\"cell-value\"><samp>\(HTMLEscaping.escapeHTML(text))</samp></pre>\n"
    case .svgFigure(let svg, let caption):
      return "<figure class=\"cell-figure\"\(id)>\(svg)\(figcaption(numbered(caption)))</figure>\n"
    case .textFigure(let text, let caption, let alt):
      let svg = TerminalFigureSVG.render(text, label: alt ?? caption)
      return "<figure class=\"cell-figure cell-text-figure\"\(id)>\(svg)"
        + "\(figcaption(numbered(caption)))</figure>\n"
    case .error(let message, _):
      return "<pre class=\"cell-error\"><samp>\(HTMLEscaping.escapeHTML(message))</samp></pre>\n"
    }
  }

  private static func figcaption(_ caption: String?) -> String {
    caption.map { "<figcaption>\(HTMLEscaping.escapeHTML($0))</figcaption>" } ?? ""
  }

  /// The code with each token in a `<span class="hl-…">`, line by line so that a token never
  /// spans a line break; the error's line in a `<mark class="error-line">`.
  package static func highlighted(_ input: HighlightedCode, errorLine: Int? = nil) -> String {
    let bytes = Array(input.code.utf8)
    var html = ""
    var tokenIndex = 0
    var lineStart = 0
    var lineNumber = 1
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      var line = ""
      var position = lineStart
      while tokenIndex < input.tokens.count && input.tokens[tokenIndex].end <= lineStart {
        tokenIndex += 1
      }
      var index = tokenIndex
      while index < input.tokens.count && input.tokens[index].start < lineEnd {
        let token = input.tokens[index]
        let start = max(token.start, lineStart)
        let end = min(token.end, lineEnd)
        if start > position { line += text(bytes[position..<start]) }
        if end > start {
          line += "<span class=\"hl-\(token.kind.rawValue)\">\(text(bytes[start..<end]))</span>"
        }
        position = max(position, end)
        if token.end > lineEnd { break }
        index += 1
      }
      tokenIndex = index
      if position < lineEnd { line += text(bytes[position..<lineEnd]) }
      html += lineNumber == errorLine ? "<mark class=\"error-line\">\(line)</mark>" : line
      if lineEnd < bytes.count { html += "\n" }
      lineStart = lineEnd + 1
      lineNumber += 1
    }
    return html + (bytes.last == UInt8(ascii: "\n") ? "" : "\n")
  }

  private static func text(_ bytes: ArraySlice<UInt8>) -> String {
    HTMLEscaping.escapeHTML(String(decoding: bytes, as: UTF8.self))
  }
}

extension CellOutput {
  /// Whether the output is a figure (SVG or braille).
  fileprivate var isFigure: Bool {
    switch self {
    case .svgFigure, .textFigure: true
    case .printed, .value, .error: false
    }
  }
}
