/// A page as a Julia script in Literate.jl's convention: each markdown cell's lines as comment
/// lines (`# text`, a blank line as `#`), each code cell's code as it is (its comment lines
/// `# …` written `## …`, which Literate keeps as code), cells separated by a
/// blank line; outputs are left out. Running the script runs the page's code.
package enum LiterateScript {
  /// The script of `cells` (raw cells are left out), ending in a line break.
  package static func text(_ cells: [NotebookCell]) -> String {
    var parts: [String] = []
    for cell in cells {
      let source = trimmed(cell.source)
      guard !source.isEmpty else { continue }
      switch cell.kind {
      case .markdown:
        parts.append(
          source.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "#" : "# " + $0 }
            .joined(separator: "\n"))
      case .code:
        parts.append(
          source.split(separator: "\n", omittingEmptySubsequences: false)
            .map(codeLine).joined(separator: "\n"))
      case .raw:
        continue
      }
    }
    return parts.joined(separator: "\n\n") + "\n"
  }

  /// A code line as Literate reads it back as code: a comment line `# …` (which Literate would
  /// take for prose) is written `## …`, and a `## …` line `### …`, as Literate turns a leading
  /// `##` of a code line into `#`.
  static func codeLine(_ line: Substring) -> String {
    let indent = line.prefix { $0 == " " || $0 == "\t" }
    let rest = line.dropFirst(indent.count)
    let isProse = rest == "#" || rest.hasPrefix("# ") || rest.hasPrefix("##")
    return isProse ? indent + "#" + rest : String(line)
  }

  /// `text` without blank lines at its ends and trailing white space on its lines.
  private static func trimmed(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      line -> Substring in
      guard let last = line.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
      return line[...last]
    }
    while lines.first?.isEmpty == true { lines.removeFirst() }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
