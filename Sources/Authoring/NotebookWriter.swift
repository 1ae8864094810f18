/// A page as a Jupyter notebook (nbformat 4.2 JSON): markdown cells for its prose, code cells
/// with the outputs of sitegen's run, numbered in order, and a Julia 1.0 kernel, so that
/// Jupyter opens it as a notebook that has run. The same cells give the same bytes.
package enum NotebookWriter {
  /// The kernel Julia 1.0's IJulia installs (its `kernel.json`: name `julia-1.0`).
  static let kernelspec: JSONOutput = .object([
    ("display_name", .string("Julia 1.0.0")),
    ("language", .string("julia")),
    ("name", .string("julia-1.0")),
  ])

  /// What IJulia 1.x reports as the kernel's language (its `kernel_info_reply`).
  static let languageInfo: JSONOutput = .object([
    ("file_extension", .string(".jl")),
    ("mimetype", .string("application/julia")),
    ("name", .string("julia")),
    ("version", .string("1.0.0")),
  ])

  /// The notebook of `cells`. Each code cell that ran (`executed`) gets the next execution
  /// count, 1, 2, …; one that did not run has none (`null`).
  package static func json(_ cells: [NotebookCell]) -> String {
    var count = 0
    var written: [JSONOutput] = []
    for cell in cells {
      switch cell.kind {
      case .markdown, .raw:
        written.append(
          .object([
            ("cell_type", .string(cell.kind.rawValue)),
            ("metadata", .object([])),
            ("source", lines(cell.source)),
          ]))
      case .code:
        var number: JSONOutput = .null
        if cell.executed {
          count += 1
          number = .integer(count)
        }
        written.append(
          .object([
            ("cell_type", .string("code")),
            ("execution_count", number),
            ("metadata", .object([])),
            ("outputs", .array(cell.outputs.map { output($0, count: number) })),
            ("source", lines(cell.source)),
          ]))
      }
    }
    return JSONWriter.text(
      .object([
        ("cells", .array(written)),
        ("metadata", .object([("kernelspec", kernelspec), ("language_info", languageInfo)])),
        ("nbformat", .integer(4)),
        ("nbformat_minor", .integer(2)),
      ]))
  }

  private static func output(_ output: NotebookOutput, count: JSONOutput) -> JSONOutput {
    switch output {
    case .stream(let name, let text):
      return .object([
        ("name", .string(name)), ("output_type", .string("stream")), ("text", lines(text)),
      ])
    case .result(let bundle):
      return .object([
        ("data", data(bundle)), ("execution_count", count), ("metadata", .object([])),
        ("output_type", .string("execute_result")),
      ])
    case .display(let bundle):
      return .object([
        ("data", data(bundle)), ("metadata", .object([])),
        ("output_type", .string("display_data")),
      ])
    case .error(let name, let value):
      return .object([
        ("ename", .string(name)), ("evalue", .string(value)),
        ("output_type", .string("error")), ("traceback", .array([.string(value)])),
      ])
    }
  }

  private static func data(_ bundle: MimeBundle) -> JSONOutput {
    var members: [(String, JSONOutput)] = []
    if let svg = bundle.svg { members.append(("image/svg+xml", lines(svg))) }
    if let text = bundle.plainText { members.append(("text/plain", lines(text))) }
    return .object(members)
  }

  /// A multiline string as nbformat stores it: its lines, each but the last with its `\n`.
  static func lines(_ text: String) -> JSONOutput {
    var result: [JSONOutput] = []
    var start = text.startIndex
    let bytes = text.utf8
    for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
      // Just after a line feed is always a character boundary.
      let next = bytes.index(after: index)
      result.append(.string(String(text[start..<next])))
      start = next
    }
    if start < text.endIndex { result.append(.string(String(text[start...]))) }
    return .array(result)
  }
}
