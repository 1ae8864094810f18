import SourcePositions
import Testing

@testable import Authoring

/// A notebook becomes a page: prose, `{julia}` cells with their text outputs as expectations,
/// and comments for what a page cannot compare.
@Suite struct NotebookPageTests {
  func page(_ json: String, fileName: String = "fit.ipynb") throws -> NotebookPage {
    NotebookPage(try NotebookReader.read(Array(json.utf8)), fileName: fileName)
  }

  /// A notebook of the given cells (JSON objects).
  func notebook(_ cells: String...) -> String {
    """
    {"nbformat": 4, "nbformat_minor": 4, "metadata": {"language_info": {"name": "julia"}},
     "cells": [\(cells.joined(separator: ",\n"))]}
    """
  }

  @Test func cellsBecomeProseAndJuliaCellsWithTheirOutputs() throws {
    let page = try page(
      notebook(
        ##"{"cell_type": "markdown", "metadata": {}, "source": ["# Fitting |x|\n", "\n", "We fit $|x|$."]}"##,
        #"""
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["x = 1\n", "println(x)\n", "x + 1"],
         "outputs": [
          {"output_type": "stream", "name": "stdout", "text": ["1\n"]},
          {"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"text/plain": ["2"]}}]}
        """#,
        ###"{"cell_type": "markdown", "metadata": {}, "source": "## Next\n\nMore prose.\n\n"}"###,
        #"{"cell_type": "code", "execution_count": 2, "metadata": {}, "source": "f(x) = 2x;", "outputs": []}"#,
        #"{"cell_type": "code", "execution_count": null, "metadata": {}, "source": "g(x) = 3x", "outputs": []}"#,
        #"{"cell_type": "code", "execution_count": null, "metadata": {}, "source": "\n\n", "outputs": []}"#
      ))
    #expect(
      page.markdown == """
        ---
        title: "Fitting |x|"
        ---

        We fit $|x|$.

        ```{julia}
        x = 1
        println(x)
        x + 1

        # output
        1
        2
        ```

        ## Next

        More prose.

        ```{julia}
        f(x) = 2x;

        # output
        ```

        ```{julia}
        g(x) = 3x
        ```

        """)
    #expect(page.warnings.isEmpty)
  }

  @Test func streamsJoinAndDisplaysFollowInOrder() throws {
    let page = try page(
      notebook(
        #"""
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": "show(1); print(\"a\"); display(2); println(\"b\")",
         "outputs": [
          {"output_type": "stream", "name": "stdout", "text": "1a"},
          {"output_type": "display_data", "metadata": {}, "data": {"text/plain": "2"}},
          {"output_type": "stream", "name": "stderr", "text": "\u001b[36m\u001b[1m[ \u001b[22m\u001b[39m\u001b[36m\u001b[1mInfo: \u001b[22m\u001b[39mhi\n"},
          {"output_type": "stream", "name": "stdout", "text": "b\n"}]}
        """#))
    #expect(
      page.markdown == """
        ---
        title: Fit
        ---

        ```{julia}
        show(1); print("a"); display(2); println("b")

        # output
        1a
        2
        [ Info: hi
        b
        ```

        """)
  }

  @Test func figuresAndErrorsAreNamedInAComment() throws {
    let page = try page(
      notebook(
        #"""
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "source": "println(\"plotting\")\nplot(x, y)",
         "outputs": [
          {"output_type": "stream", "name": "stdout", "text": "plotting\n"},
          {"output_type": "display_data", "metadata": {}, "data": {"image/png": "iVBORw0KGgo=", "text/plain": "Plot{Plots.GRBackend() n=1}"}},
          {"output_type": "execute_result", "execution_count": 4, "metadata": {}, "data": {"text/html": "<table></table>"}}]}
        """#,
        #"""
        {"cell_type": "code", "execution_count": 5, "metadata": {}, "source": "sqrt(-1)",
         "outputs": [
          {"output_type": "error", "ename": "DomainError", "evalue": "DomainError with -1.0:\nsqrt will only return a complex result if called with a complex argument. Try sqrt(Complex(x)).",
           "traceback": ["\u001b[91mDomainError with -1.0:\u001b[39m", "Stacktrace: ..."]}]}
        """#,
        #"""
        {"cell_type": "code", "execution_count": 6, "metadata": {"tags": ["raises-exception", "no-such-tag"]}, "source": "error(\"x -- y\")",
         "outputs": [{"output_type": "error", "ename": "ErrorException", "evalue": "x -- y", "traceback": []}]}
        """#),
      fileName: "my_first-notebook.ipynb")
    #expect(
      page.markdown == """
        ---
        title: My first notebook
        ---

        ```{julia}
        println("plotting")
        plot(x, y)

        # output
        plotting
        ```

        <!-- the notebook's run of this cell also showed a figure (image/png) and an output only a browser shows (text/html) -->

        ```{julia}
        #| error: true
        sqrt(-1)

        # output
        DomainError with -1.0:
        sqrt will only return a complex result if called with a complex argument. Try sqrt(Complex(x)).
        ```

        <!-- the notebook's run of this cell also showed an error (DomainError); the cell is marked 'error: true' -->

        ```{julia}
        #| tags: [raises-exception]
        error("x -- y")

        # output
        x -- y
        ```

        <!-- the notebook's run of this cell also showed an error (ErrorException); the cell is marked 'error: true' -->

        """)
  }

  @Test func aFenceInACellMakesTheCellsFenceLonger() throws {
    let page = try page(
      notebook(
        #"{"cell_type": "code", "execution_count": 1, "metadata": {}, "source": "s = \"\"\"\n```\n\"\"\"", "outputs": [{"output_type": "execute_result", "metadata": {}, "data": {"text/plain": "\"```\\n\""}}]}"#
      ))
    #expect(
      page.markdown.hasSuffix(
        """
        ````{julia}
        s = \"\"\"
        ```
        \"\"\"

        # output
        "```\\n"
        ````

        """))
  }

  @Test(arguments: [
    ("# Title", "Title", ""),
    ("#   Spaced title   #####", "Spaced title", ""),
    ("Setext title\n============\n\nText.", "Setext title", "Text."),
    ("## Second level\n\nText.", "Second level", "## Second level\n\nText."),
    ("Setext two\n---\n\nText.", "Setext two", "Setext two\n---\n\nText."),
    ("```\n# not a heading\n```\n# Real", "Real", "```\n# not a heading\n```"),
    ("    # indented code\n\n#hashtag\n\n# Real", "Real", "    # indented code\n\n#hashtag"),
    ("Intro\r\n\r\n# Windows\r\n\r\nText", "Windows", "Intro\n\n\nText"),
    (
      "# Training with `Flux.train!` and [ADAM](https://arxiv.org/abs/1412.6980)",
      "Training with Flux.train! and ADAM", ""
    ),
  ])
  func theFirstHeadingIsTheTitleAndAnH1LeavesTheBody(
    _ source: String, _ title: String, _ body: String
  ) throws {
    let cell = #"{"cell_type": "markdown", "metadata": {}, "source": \#(jsonString(source))}"#
    let page = try page(notebook(cell))
    let expectedBody = body.isEmpty ? "" : "\n" + body + "\n"
    #expect(page.markdown == "---\ntitle: \(YAMLText.scalar(title))\n---\n" + expectedBody)
  }

  @Test func titlesAreQuotedWhenYAMLWouldReadThemOtherwise() {
    #expect(YAMLText.scalar("Fitting a line, again (2)") == "Fitting a line, again (2)")
    #expect(YAMLText.scalar("Fit: |x|") == "\"Fit: |x|\"")
    #expect(YAMLText.scalar("- dash") == "\"- dash\"")
    #expect(YAMLText.scalar("say \"hi\" \\ bye") == #""say \"hi\" \\ bye""#)
    #expect(YAMLText.scalar("Ünïcode title") == "Ünïcode title")
  }

  @Test func aBraillePlotInTextIsAFigure() throws {
    let plot = "      ┌──────┐\n   10 │⠀⠀⠀⠀⡠⠊│\n    0 │⣀⠤⠊⠁⠀⠀│\n      └──────┘\n      0      1"
    let page = try page(
      notebook(
        #"""
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": "display(lineplot(1:10))",
         "outputs": [{"output_type": "display_data", "metadata": {}, "data": {"text/plain": \#(jsonString(plot))}}]}
        """#))
    #expect(
      page.markdown.hasSuffix(
        """
        # output
        ```

        <!-- the notebook's run of this cell also showed a figure (text/plain, drawn in braille) -->

        """))
  }

  @Test func anOutputMarkerInTheCodeIsWarnedAbout() throws {
    let page = try page(
      notebook(
        #"{"cell_type": "code", "execution_count": null, "metadata": {}, "source": "x = 1\n  # output\n2", "outputs": []}"#
      ))
    #expect(
      page.warnings.map(\.message) == [
        "the cell's code has a line '# output': sitegen reads the lines after it as the output "
          + "the cell must show, not as code"
      ])
  }

  @Test func attachedImagesAreWarnedAbout() throws {
    let page = try page(
      notebook(
        #"""
        {"cell_type": "markdown", "metadata": {}, "source": "![plot](attachment:plot.png)",
         "attachments": {"plot.png": {"image/png": "iVBORw0KGgo="}}}
        """#))
    #expect(page.markdown.hasSuffix("\n![plot](attachment:plot.png)\n"))
    #expect(
      page.warnings == [
        LocatedError(
          "the images attached to this cell are not imported (attachment:plot.png); save them "
            + "into content/ and link them by name", at: SourceLocation(line: 3, column: 17))
      ])
  }

  @Test func anotherKernelsLanguageAndRawCellsAreWarnedAbout() throws {
    let page = try page(
      """
      {"nbformat": 4, "nbformat_minor": 4,
       "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
       "cells": [{"cell_type": "raw", "metadata": {}, "source": "raw"}]}
      """)
    #expect(
      page.warnings == [
        LocatedError(
          "the notebook's kernel runs python; sitegen runs its cells as Julia",
          at: SourceLocation(line: 2, column: 42)),
        LocatedError("a raw cell is not imported", at: SourceLocation(line: 3, column: 12)),
      ])
    #expect(page.markdown.hasSuffix("\n<!-- a raw cell of the notebook is not imported -->\n"))
  }
}

/// `text` as a JSON string literal.
func jsonString(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    default: result.unicodeScalars.append(scalar)
    }
  }
  return result + "\""
}
