import Plotting

/// One output of a cell, in the order the cell produced it.
package enum Output: Sendable {
  /// Text written by `println`, `print`, `@show`, or `display` of a non-figure value.
  case printed(String)
  /// The cell's displayed result (absent when the cell ends in `;` or the result is `nothing`).
  case value(String)
  /// A plot (PlotlyJS's `plot`).
  case figure(Figure)
  /// A text plot (UnicodePlots' braille `lineplot`), as text.
  case textFigure(String)
  /// A computation graph (`graph(x)`).
  case graph(GraphFigure)
  /// A file a cell saved (Plots' `savefig`): its name in the page's folder and its text.
  case savedFile(name: String, contents: String)
}

/// What running a cell produced: its outputs and, if it failed, the error.
package struct CellResult: Sendable {
  package var outputs: [Output]
  /// The first error (parse errors: the first of `parseErrors`).
  package var error: LanguageError?
  /// Every syntax error of the cell, when it did not parse.
  package var parseErrors: [LanguageError]

  package init(outputs: [Output], error: LanguageError?, parseErrors: [LanguageError] = []) {
    self.outputs = outputs
    self.error = error
    self.parseErrors = parseErrors
  }
}
