import SourcePositions

/// A notebook written as a sitegen page: front matter with a title, markdown cells as prose,
/// code cells as `{julia}` cells whose text outputs become their `# output` expectations, so
/// that `sitegen check` names every cell sitegen does not run as the notebook did.
///
/// What a page cannot hold is left out and named in an HTML comment after its cell (invisible
/// on the page, seen in the source): figures (sitegen draws a cell's figures itself), outputs
/// only a browser shows (`text/html` without `text/plain`), raw cells. A cell that stopped at an
/// error is marked `#| error: true`, its error named in the comment.
package struct NotebookPage: Sendable, Equatable {
  /// The page's Markdown, front matter first.
  package var markdown: String
  /// Things the author should know, at their place in the notebook (nothing here stops the
  /// import).
  package var warnings: [LocatedError]

  /// The page of `notebook`; `fileName` (`fit.ipynb`) gives the title when no cell has a heading.
  package init(_ notebook: Notebook, fileName: String) {
    var warnings: [LocatedError] = []
    if let language = notebook.language, language.lowercased() != "julia" {
      warnings.append(
        LocatedError(
          "the notebook's kernel runs \(language); sitegen runs its cells as Julia",
          at: notebook.languageLocation ?? SourceLocation(line: 1, column: 1)))
    }
    let title = PageTitle.find(in: notebook, fileName: fileName)
    var blocks: [String] = []
    for (index, cell) in notebook.cells.enumerated() {
      switch cell.kind {
      case .markdown:
        var source = LineEnds.normalized(cell.source)
        if index == title.cellIndex, let line = title.lineToDrop {
          source = Self.removingLines(line, from: source)
        }
        let text = Self.trimmingBlankLines(source)
        if !text.isEmpty { blocks.append(text) }
        if !cell.attachments.isEmpty {
          let names = cell.attachments.map { "attachment:\($0)" }.joined(separator: ", ")
          warnings.append(
            LocatedError(
              "the images attached to this cell are not imported (\(names)); save them into "
                + "content/ and link them by name",
              at: cell.attachmentsLocation ?? cell.location))
        }
      case .code:
        let writer = CodeCellWriter(cell)
        blocks += writer.blocks
        warnings += writer.warnings
      case .raw:
        guard !cell.source.allSatisfy(\.isWhitespace) else { continue }
        blocks.append("<!-- a raw cell of the notebook is not imported -->")
        warnings.append(LocatedError("a raw cell is not imported", at: cell.location))
      }
    }
    let frontMatter = "---\ntitle: \(YAMLText.scalar(title.text))\n---\n"
    markdown = frontMatter + blocks.map { "\n" + $0 + "\n" }.joined()
    self.warnings = warnings
  }

  /// `text` without the lines `lines` (0-based).
  static func removingLines(_ lines: ClosedRange<Int>, from text: String) -> String {
    var all = text.split(separator: "\n", omittingEmptySubsequences: false)
    all.removeSubrange(lines.clamped(to: 0...(all.count - 1)))
    return all.joined(separator: "\n")
  }

  /// `text` without its blank first and last lines and its trailing white space.
  static func trimmingBlankLines(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
