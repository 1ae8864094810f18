import Foundation
import Testing

@testable import Authoring

/// sitegen writes notebooks as Jupyter does, and reads back what it writes.
@Suite struct NotebookWriterTests {
  @Test func jsonIsWrittenAsJupyterWritesIt() {
    let value = JSONOutput.object([
      ("b", .array([.integer(1), .null, .bool(true)])),
      ("a", .string("é \"q\" \\ \n\t\u{01}😀")),
      ("c", .object([])),
      ("d", .array([])),
    ])
    #expect(
      JSONWriter.text(value) == #"""
        {
         "a": "é \"q\" \\ \n\t\u0001😀",
         "b": [
          1,
          null,
          true
         ],
         "c": {},
         "d": []
        }

        """#)
  }

  @Test func stringsReadBackAsWritten() throws {
    let pieces = [
      "a", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}",
      "\u{1F}", "é", "中", "😀", "\u{7F}", "\u{2028}",
    ]
    for (index, piece) in pieces.enumerated() {
      let text = piece + pieces[(index + 3) % pieces.count] + piece
      let read = try JSONReader.read(JSONWriter.text(.array([.string(text)])))
      #expect(read.array?.first?.string == text)
    }
  }

  @Test func aNotebookReadsBackCellForCell() throws {
    var code = NotebookCell(
      kind: .code, source: "println(1)\nx = 2", location: .init(line: 1, column: 1))
    code.executed = true
    var figure = MimeBundle(types: ["image/svg+xml"], plainText: nil)
    figure.svg = "<svg>\n</svg>"
    code.outputs = [
      .stream(name: "stdout", text: "1\n"),
      .result(MimeBundle(types: ["text/plain"], plainText: "2")),
      .display(figure),
      .error(name: "DomainError", value: "DomainError with -1.0:"),
    ]
    let unrun = NotebookCell(kind: .code, source: "f(3)", location: .init(line: 1, column: 1))
    let prose = NotebookCell(
      kind: .markdown, source: "# Title\n\nText.", location: .init(line: 1, column: 1))
    let text = NotebookWriter.json([prose, code, unrun])
    let notebook = try NotebookReader.read(Array(text.utf8))
    #expect(notebook.language == "julia")
    #expect(notebook.cells.map(\.kind) == [.markdown, .code, .code])
    #expect(notebook.cells.map(\.source) == ["# Title\n\nText.", "println(1)\nx = 2", "f(3)"])
    #expect(notebook.cells.map(\.executed) == [false, true, false])
    #expect(
      notebook.cells[1].outputs == [
        .stream(name: "stdout", text: "1\n"),
        .result(MimeBundle(types: ["text/plain"], plainText: "2")),
        .display(MimeBundle(types: ["image/svg+xml"], plainText: nil)),
        .error(name: "DomainError", value: "DomainError with -1.0:"),
      ])
    #expect(text.contains("\"execution_count\": 1,"))
    #expect(NotebookWriter.json([prose, code, unrun]) == text)
  }

  @Test func multilineStringsAreListsOfLines() {
    #expect(NotebookWriter.lines("a\nb\n") == .array([.string("a\n"), .string("b\n")]))
    #expect(
      NotebookWriter.lines("a\n\nb") == .array([.string("a\n"), .string("\n"), .string("b")]))
    #expect(NotebookWriter.lines("") == .array([]))
  }

  @Test func literateScriptsKeepCodeCommentsAsCode() {
    let cells = [
      NotebookCell(kind: .markdown, source: "Prose.\n\nMore.", location: .init(line: 1, column: 1)),
      NotebookCell(
        kind: .code, source: "# a comment\n  ## two\n#| alt: x\nx = 1 # trailing\n#",
        location: .init(line: 1, column: 1)),
    ]
    #expect(
      LiterateScript.text(cells) == """
        # Prose.
        #
        # More.

        ## a comment
          ### two
        #| alt: x
        x = 1 # trailing
        ##

        """)
  }
}
