import MarkdownParsing
import SiteModel
import SourcePositions
import Testing

@testable import CellExecution

/// Runs the cells of a Markdown page given as text.
func execute(_ markdown: String, textFigures: Bool = false) -> ExecutedPage {
  let (document, _) = MarkdownParser.parse(
    markdown, file: "page.md", knownDirectives: PageExecutor.directives)
  return PageExecutor.execute(document, file: "page.md", textFigures: textFigures)
}

/// The cells of an executed page in page order.
func cells(_ page: ExecutedPage) -> [ExecutedCell] {
  page.cells.keys.sorted().compactMap { page.cells[$0] }
}

@Suite struct PageExecutorTests {
  @Test func cellsShareStateWithinAPageAndAreNumberedInOrder() {
    let page = execute(
      """
      ```{julia}
      x = 40
      ```

      Text between.

      ```{julia}
      x + 2
      ```
      """)
    #expect(page.diagnostics.isEmpty)
    let run = cells(page)
    #expect(run.map(\.number) == [1, 2])
    #expect(run[0].outputs == [.value("40")])
    #expect(run[1].outputs == [.value("42")])
  }

  @Test func pagesDoNotShareState() {
    _ = execute("```{julia}\nsecret = 1\n```\n")
    let other = execute("```{julia}\nsecret\n```\n")
    #expect(other.diagnostics.map(\.message) == ["UndefVarError: secret not defined"])
  }

  @Test func aCellErrorIsReportedAtThePagesLineAndColumn() {
    let page = execute(
      """
      # Title

      ```{julia}
      #| echo: true
      a = 1
      b = a + undefined_name
      ```
      """)
    let error = page.diagnostics.first
    #expect(error?.message == "UndefVarError: undefined_name not defined")
    #expect(error?.range?.start == SourceLocation(line: 6, column: 9))
    #expect(cells(page).first?.errorLine == 2)
  }

  @Test func oneBadCellDoesNotStopTheRest() {
    let page = execute(
      """
      ```{julia}
      x = (1 +
      ```

      ```{julia}
      y = 2
      ```
      """)
    #expect(page.diagnostics.count >= 1)
    #expect(page.diagnostics.allSatisfy { $0.range?.start.line == 2 }, "\(page.diagnostics)")
    #expect(cells(page).last?.outputs == [.value("2")])
  }

  @Test func aMismatchQuotesTheActualNumberAsTheCellDisplaysIt() {
    let page = execute(
      """
      ```{julia}
      1 + 1

      # output

      2.5
      ```
      """)
    #expect(
      page.diagnostics.map(\.message) == [
        "the cell's output differs from its expectation: line 1: expected 2.5, got 2 "
          + "(difference -0.5, relative 0.2)"
      ])
  }

  @Test func expectationsAreComparedAndFixesRecorded() {
    let page = execute(
      """
      ```{julia}
      1 + 1

      # output

      3
      ```
      """)
    #expect(page.diagnostics.count == 1)
    #expect(page.diagnostics.first?.message.hasPrefix("the cell's output differs") == true)
    #expect(page.diagnostics.first?.range?.start.line == 4)
    #expect(
      page.fixes == [
        ExpectationFix(
          file: "page.md", firstLine: 5, lastLine: 6, text: "\n2",
          diagnostic: page.diagnostics.first)
      ])
    // The page shows the actual output, and the code above the marker only.
    #expect(cells(page).first?.outputs == [.value("2")])
    #expect(cells(page).first?.input?.code == "1 + 1")
  }

  @Test func matchingExpectationsPassIncludingPrintedText() {
    let page = execute(
      """
      ```{julia}
      x = 1
      @show x
      x + 0.5

      # output

      x = 1
      1.5
      ```
      """)
    #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
  }

  @Test func cellOptionsHideInputOutputAndSkipEvaluation() {
    let page = execute(
      """
      ```{julia}
      #| echo: false
      1 + 1
      ```

      ```{julia}
      #| output: false
      2 + 2
      ```

      ```{julia}
      #| eval: false
      error_if_run()
      ```

      ```{julia}
      #| tags: [remove-input, raises-exception]
      sqrt(-1.0)
      ```
      """)
    #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
    let run = cells(page)
    #expect(run[0].input == nil)
    #expect(run[0].outputs == [.value("2")])
    #expect(run[1].outputs.isEmpty)
    #expect(run[2].number == nil)
    #expect(run[2].outputs.isEmpty)
    #expect(run[3].input == nil)
    guard case .error = run[3].outputs.last else {
      Issue.record("the raising cell must show its error")
      return
    }
  }

  @Test func hideTagsFoldThePartsTheyNameAndRemoveTagsDropThem() {
    let page = execute(
      """
      ```{julia}
      #| tags: [hide-input]
      1 + 1
      ```

      ```{julia}
      #| tags: [hide-output]
      2 + 2
      ```

      ```{julia}
      #| tags: [hide-cell]
      3 + 3
      ```

      ```{julia}
      #| tags: [remove-input, remove-output]
      4 + 4
      ```
      """)
    #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
    let run = cells(page)
    #expect(run.map(\.foldsInput) == [true, false, true, false])
    #expect(run.map(\.foldsOutput) == [false, true, true, false])
    #expect(run.map { $0.input?.code } == ["1 + 1\n", "2 + 2\n", "3 + 3\n", nil])
    #expect(run.map(\.outputs) == [[.value("2")], [.value("4")], [.value("6")], []])
  }

  @Test func aCellThatShouldThrowButDoesNotIsAnError() {
    let page = execute("```{julia}\n#| error: true\n1 + 1\n```\n")
    #expect(page.diagnostics.first?.message.contains("expected to throw") == true)
  }

  @Test func unknownOptionsAreWarningsAtTheirLine() {
    let page = execute("```{julia}\n#| colour: red\n1\n```\n")
    #expect(page.diagnostics.first?.severity == .warning)
    #expect(page.diagnostics.first?.range?.start.line == 2)
  }

  @Test func anExpectationWithOutputFalseIsAnError() {
    let page = execute("```{julia}\n#| output: false\n1\n# output\n1\n```\n")
    #expect(page.diagnostics.contains { $0.message.contains("'output: false'") })
  }

  @Test func theOperationBudgetStopsAnInfiniteLoopDeterministically() {
    let markdown = "```{julia}\n#| budget: 10000\nwhile true\nend\n```\n"
    let first = execute(markdown).diagnostics
    let second = execute(markdown).diagnostics
    #expect(first.count == 1)
    #expect(first == second)
    #expect(first.first?.message.contains("operation budget") == true)
  }

  @Test func figuresWithoutAltTextAreReported() {
    let page = execute("```{julia}\nusing PlotlyJS\nplot([1.0, 2.0, 3.0])\n```\n")
    #expect(page.diagnostics.contains { $0.message.contains("without alt text") })
    let described = execute(
      "```{julia}\n#| alt: A rising line\nusing PlotlyJS\nplot([1.0, 2.0, 3.0])\n```\n")
    #expect(described.diagnostics.isEmpty, "\(described.diagnostics)")
    guard case .svgFigure(let svg, _) = cells(described).first?.outputs.first else {
      Issue.record("the plot must be an SVG figure")
      return
    }
    #expect(svg.contains("A rising line"))
  }

  @Test func eachFigureTakesItsOwnCaptionAndAltFromALists() {
    let page = execute(
      """
      ```{julia}
      #| caption: ["First, with a comma", "Second"]
      #| alt: ["A line", 'Another line']
      using PlotlyJS
      display(plot([1.0, 2.0]))
      plot([2.0, 1.0])
      ```
      """)
    #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
    let captions = cells(page).first?.outputs.compactMap { output -> String? in
      guard case .svgFigure(_, let caption) = output else { return nil }
      return caption
    }
    #expect(captions == ["First, with a comma", "Second"])
    let missing = execute(
      "```{julia}\n#| alt: [\"Only one\", \"\"]\nusing PlotlyJS\ndisplay(plot([1.0]))\nplot([2.0])\n```\n"
    )
    #expect(missing.diagnostics.isEmpty, "an empty alt in the list still counts as written")
  }

  @Test func textPlotsDrawBraille() {
    let page = execute(
      "```{julia}\n#| plot: text\n#| alt: A line\nusing PlotlyJS\nplot([1.0, 2.0, 3.0])\n```\n")
    guard case .textFigure(let text, _, _) = cells(page).first?.outputs.first else {
      Issue.record("the plot must be braille text")
      return
    }
    #expect(text.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) })
  }

  @Test func hugeOutputIsTruncatedWithANote() {
    let page = execute("```{julia}\nfor i in 1:30000\nprintln(\"line \", i)\nend\n```\n")
    guard case .printed(let text) = cells(page).first?.outputs.first else {
      Issue.record("the cell must print")
      return
    }
    #expect(text.utf8.count < 101_000)
    #expect(text.hasSuffix("more bytes not shown"))
  }
}
