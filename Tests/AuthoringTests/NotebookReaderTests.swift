import SourcePositions
import Testing

@testable import Authoring

/// nbformat 4 notebooks are read cell by cell; what is not a notebook is reported at its place.
@Suite struct NotebookReaderTests {
  static let notebook = """
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Fitting a line\\n", "\\n", "Some prose."]
      },
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {"tags": ["hide-input", "my-own-tag"]},
       "outputs": [
        {"name": "stdout", "output_type": "stream", "text": ["a\\n", "b\\n"]},
        {"data": {"text/plain": ["2-element Array{Int64,1}:\\n", " 1\\n", " 2"]},
         "execution_count": 1, "metadata": {}, "output_type": "execute_result"}
       ],
       "source": "println(\\"a\\")\\nprintln(\\"b\\")\\n[1, 2]"
      },
      {
       "cell_type": "code",
       "execution_count": null,
       "metadata": {"jupyter": {"source_hidden": true}},
       "outputs": [],
       "source": []
      },
      {
       "cell_type": "raw",
       "metadata": {},
       "source": "raw text"
      }
     ],
     "metadata": {
      "kernelspec": {"display_name": "Julia 1.0.5", "language": "julia", "name": "julia-1.0"},
      "language_info": {"name": "julia", "version": "1.0.5"}
     },
     "nbformat": 4,
     "nbformat_minor": 2
    }
    """

  @Test func aNotebookIsReadCellByCell() throws {
    let notebook = try NotebookReader.read(Array(Self.notebook.utf8))
    #expect(notebook.language == "julia")
    #expect(notebook.languageLocation == SourceLocation(line: 34, column: 29))
    #expect(notebook.cells.map(\.kind) == [.markdown, .code, .code, .raw])
    #expect(notebook.cells[0].source == "# Fitting a line\n\nSome prose.")
    #expect(notebook.cells[0].location == SourceLocation(line: 3, column: 3))
    let code = notebook.cells[1]
    #expect(code.executed)
    #expect(code.tags == ["hide-input", "my-own-tag"])
    #expect(code.source == "println(\"a\")\nprintln(\"b\")\n[1, 2]")
    #expect(
      code.outputs == [
        .stream(name: "stdout", text: "a\nb\n"),
        .result(
          MimeBundle(types: ["text/plain"], plainText: "2-element Array{Int64,1}:\n 1\n 2")),
      ])
    #expect(!notebook.cells[2].executed)
    #expect(notebook.cells[2].sourceHidden)
    #expect(notebook.cells[2].source == "")
  }

  /// Documents that are not nbformat 4 notebooks, where, and a part of the message.
  static let notNotebooks: [(String, [String], String)] = [
    ("[1, 2]", ["1:1"], "a Jupyter notebook is a JSON object, not an array"),
    ("{\"cells\": []}", ["1:1"], "its object has no \"nbformat\" key"),
    (
      "{\"nbformat\": 3, \"worksheets\": []}", ["1:14"],
      "sitegen imports nbformat 4 notebooks; this one is nbformat 3"
    ),
    ("{\"nbformat\": \"4\"}", ["1:14"], "\"nbformat\" must be a whole number, not a string"),
    ("{\"nbformat\": 4}", ["1:1"], "the notebook has no \"cells\" array"),
    ("{\"nbformat\": 4, \"cells\": {}}", ["1:26"], "\"cells\" must be an array, not an object"),
    (
      """
      {"nbformat": 4, "cells": [
        {"cell_type": "markdown", "source": 12},
        {"cell_type": "heading", "source": ""},
        {"cell_type": "code", "source": ["x = 1", 2], "outputs": []},
        {"cell_type": "code", "source": "", "outputs": [{"output_type": "plot"}]},
        "text"
      ]}
      """, ["2:39", "3:17", "4:45", "5:67", "6:3"],
      "\"source\" must be a string or an array of strings, not a number"
    ),
  ]

  @Test(arguments: notNotebooks)
  func aDocumentThatIsNoNotebookIsReportedAtItsPlaces(
    _ text: String, _ places: [String], _ message: String
  ) {
    #expect {
      try NotebookReader.read(Array(text.utf8))
    } throws: { error in
      guard let problems = error as? NotebookProblems else { return false }
      #expect(problems.errors.map { "\($0.location)" } == places)
      #expect(problems.errors.first?.message.contains(message) == true, "\(problems.errors)")
      return true
    }
  }

  @Test func everyStructuralProblemIsWorded() throws {
    let text = """
      {"nbformat": 4, "cells": [
        {"cell_type": "heading", "source": ""},
        {"cell_type": "code", "source": ["x = 1", 2], "outputs": []},
        {"cell_type": "code", "source": "", "outputs": [{"output_type": "plot"}]},
        "text"
      ]}
      """
    #expect {
      try NotebookReader.read(Array(text.utf8))
    } throws: { error in
      guard let problems = error as? NotebookProblems else { return false }
      #expect(
        problems.errors.map(\.message) == [
          "\"cell_type\" must be \"markdown\", \"code\" or \"raw\"",
          "the lines of \"source\" must be strings, not a number",
          "unknown output type \"plot\" (nbformat 4 has stream, execute_result, display_data "
            + "and error)",
          "a cell must be an object, not a string",
        ])
      return true
    }
  }
}
