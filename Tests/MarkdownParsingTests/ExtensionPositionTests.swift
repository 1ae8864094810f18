import MarkdownParsing
import SiteModel
import SourcePositions
import Testing

/// `markdown` parsed with every standard directive.
private func parseExtended(_ markdown: String) -> (Document, [Diagnostic]) {
  MarkdownParser.parse(markdown, file: "page.md")
}

/// Where tables, footnotes and admonitions come from: their ranges are page positions, so that a
/// problem inside one is reported at its file:line:col.
@Suite struct ExtensionPositionTests {
  @Test func tableCellsKnowTheirColumns() throws {
    let (document, _) = parseExtended("| a | bb |\n|---|:--|\n| c |\n")
    guard case .table(let table) = try #require(document.blocks.first) else {
      Issue.record("not a table: \(document.blocks)")
      return
    }
    #expect(table.alignments == [.none, .left])
    #expect(table.header.map(\.range) == [range(1, 3, 1, 3), range(1, 7, 1, 8)])
    #expect(table.rows.map { $0.map(\.range) } == [[range(3, 3, 3, 3)]])
    #expect(table.range == range(1, 1, 3, 5))
  }

  @Test func mathInACellIsLocatedInThePage() throws {
    let (document, _) = parseExtended("| f |\n|---|\n| $|x|$ |\n")
    guard case .table(let table) = try #require(document.blocks.first) else {
      Issue.record("not a table: \(document.blocks)")
      return
    }
    let cell = try #require(table.rows.first?.first)
    #expect(cell.inlines == [.math(tex: "|x|", display: false, range: range(3, 3, 3, 7))])
    #expect(document.mathOrigins[range(3, 3, 3, 7)] != nil)
  }

  @Test func anUndefinedFootnoteIsAnErrorAtItsPlace() {
    let (_, diagnostics) = parseExtended("Text[^a] and *more[^missing]*.\n\n[^a]: Defined.\n")
    #expect(
      diagnostics.map(\.message) == [
        "footnote `[^missing]` is not defined; define it with a line `[^missing]: text`"
      ])
    #expect(diagnostics.map(\.severity) == [.error])
    #expect(diagnostics.first?.range == range(1, 19, 1, 28))
  }

  @Test func undefinedFootnotesInCellsAdmonitionsAndFootnotesAreLocated() {
    let markdown = """
      | a |
      |---|
      | x[^one] |

      ```{note}
      See[^two].
      ```

      Cite[^ok].

      [^ok]: Also[^three].

      """
    let (_, diagnostics) = parseExtended(markdown)
    #expect(
      diagnostics.compactMap(\.range?.start) == [
        SourceLocation(line: 3, column: 4), SourceLocation(line: 6, column: 4),
        SourceLocation(line: 11, column: 12),
      ])
  }

  @Test func aFootnoteDefinedTwiceKeepsTheFirstWithAWarning() throws {
    let (document, diagnostics) = parseExtended("A[^n].\n\n[^n]: One.\n\n[^n]: Two.\n")
    #expect(document.footnotes.map(\.label) == ["n"])
    #expect(diagnostics.map(\.severity) == [.warning])
    #expect(diagnostics.first?.range?.start == SourceLocation(line: 5, column: 1))
    let footnote = try #require(document.footnotes.first)
    #expect(footnote.blocks.map(\.range) == [range(3, 7, 3, 10)])
  }

  @Test func anAdmonitionsBlocksHaveTheirPagePositions() throws {
    let markdown = """
      - item

        ````{note} Title
        Para *x*.

        ```{julia}
        1 + 1
        ```
        ````

      """
    let (document, diagnostics) = parseExtended(markdown)
    #expect(diagnostics.isEmpty)
    guard case .list(_, let items, _) = try #require(document.blocks.first),
      case .directive(let note) = try #require(items.first?.blocks.last)
    else {
      Issue.record("no admonition in a list: \(document.blocks)")
      return
    }
    #expect(note.name == "note")
    #expect(note.arguments == "Title")
    #expect(note.title == [.text("Title", range: range(3, 14, 3, 18))])
    #expect(note.content.map(\.range) == [range(4, 3, 4, 11), range(6, 3, 8, 5)])
    guard case .directive(let cell) = note.content.last else {
      Issue.record("no cell inside the note: \(note.content)")
      return
    }
    #expect(cell.name == "julia")
    #expect(cell.bodyRange == range(7, 3, 7, 7))
  }

  @Test func aProblemInsideAnAdmonitionIsReportedAtItsPageLine() {
    let (_, diagnostics) = parseExtended(
      "Intro.\n\n```{tip}\nA ```{bogus}?\n\n```{bogus}\nx\n```\n```\n")
    #expect(diagnostics.map(\.range?.start) == [SourceLocation(line: 6, column: 1)])
  }

  @Test func theUnknownDirectiveWarningListsTheRegistry() {
    let (_, diagnostics) = parseExtended("```{nope}\n```\n")
    #expect(
      diagnostics.first?.notes == [
        "known directives: {important}, {julia}, {note}, {tip}, {train}, {warning}"
      ])
  }
}
