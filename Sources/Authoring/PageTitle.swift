/// The title of a page made from a notebook: its first Markdown heading, else its file name.
struct PageTitle: Equatable {
  var text: String
  /// The markdown cell the heading is in.
  var cellIndex: Int?
  /// The heading's lines in that cell (0-based), when the page drops them: a level-1 heading
  /// is the title the page's template shows above the body, and would show twice.
  var lineToDrop: ClosedRange<Int>?

  /// The first ATX (`# Title`) or setext (`Title` over `===`) heading outside fenced code in
  /// the notebook's markdown cells; the file name (`fit_abs-value.ipynb` gives
  /// `Fit abs value`) when there is none.
  static func find(in notebook: Notebook, fileName: String) -> PageTitle {
    for (index, cell) in notebook.cells.enumerated() where cell.kind == .markdown {
      if var title = heading(in: LineEnds.normalized(cell.source)) {
        title.cellIndex = index
        return title
      }
    }
    return PageTitle(text: title(fromFileName: fileName))
  }

  /// The first heading of one markdown cell.
  static func heading(in source: String) -> PageTitle? {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    var fence: Substring?
    for (number, line) in lines.enumerated() {
      let indent = line.prefix { $0 == " " }.count
      let text = line.dropFirst(indent)
      // Fenced code (``` or ~~~, indented less than four spaces) holds no heading.
      if indent < 4, let marker = text.first, marker == "`" || marker == "~" {
        let run = text.prefix { $0 == marker }
        if let open = fence {
          if open.first == marker, run.count >= open.count,
            text.dropFirst(run.count).allSatisfy(\.isWhitespace)
          {
            fence = nil
          }
          continue
        }
        if run.count >= 3 {
          fence = run
          continue
        }
      }
      guard fence == nil, indent < 4 else { continue }
      if let (level, title) = atxHeading(text) {
        return PageTitle(text: title, lineToDrop: level == 1 ? number...number : nil)
      }
      // Setext: a paragraph line followed by `===` (level 1) or `---` (level 2).
      if number + 1 < lines.count, !text.allSatisfy(\.isWhitespace),
        number == 0 || lines[number - 1].allSatisfy(\.isWhitespace)
      {
        let next = lines[number + 1].trimmingWhiteSpace()
        let underline = lines[number + 1].prefix { $0 == " " }.count < 4
        if underline, !next.isEmpty, next.allSatisfy({ $0 == "=" }) {
          return PageTitle(
            text: plainText(text.trimmingWhiteSpace()), lineToDrop: number...(number + 1))
        }
        if underline, next.count >= 2, next.allSatisfy({ $0 == "-" }) {
          return PageTitle(text: plainText(text.trimmingWhiteSpace()))
        }
      }
    }
    return nil
  }

  /// `## Title ##` → (2, "Title"); `nil` for a line that is no ATX heading or an empty one.
  static func atxHeading(_ line: Substring) -> (Int, String)? {
    let level = line.prefix { $0 == "#" }.count
    guard (1...6).contains(level) else { return nil }
    let rest = line.dropFirst(level)
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    var title = rest.trimmingWhiteSpace()
    // A closing sequence of #s, after a space, is not part of the title.
    let closing = title.reversed().prefix { $0 == "#" }.count
    if closing == title.count {
      title = ""
    } else if closing > 0, title.dropLast(closing).last == " " {
      title = title.dropLast(closing).trimmingWhiteSpace()
    }
    return title.isEmpty ? nil : (level, plainText(title))
  }

  /// A heading's text without the Markdown a title shows literally: code spans' backticks
  /// (`` `Flux` `` → `Flux`) and links, which keep their text (`[Flux](url)` → `Flux`).
  static func plainText(_ heading: Substring) -> String {
    var result = ""
    var rest = heading[...]
    while let character = rest.first {
      if character == "[", let close = rest.firstIndex(of: "]"),
        rest[close...].dropFirst().first == "(",
        let end = rest[close...].firstIndex(of: ")")
      {
        result += rest[rest.index(after: rest.startIndex)..<close]
        rest = rest[rest.index(after: end)...]
      } else {
        if character != "`" { result.append(character) }
        rest = rest.dropFirst()
      }
    }
    return result
  }

  /// A title made from a file name: its extension dropped, then read as ``title(fromName:)``.
  static func title(fromFileName fileName: String) -> String {
    var stem = Substring(fileName)
    if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
    return title(fromName: String(stem)) ?? "Notebook"
  }

  /// A title made from a name: `_` and `-` read as spaces, the first letter a capital
  /// (`fit_abs-value` gives `Fit abs value`); `nil` for a name of separators only.
  static func title(fromName name: String) -> String? {
    let words = name.split { $0 == "_" || $0 == "-" || $0 == " " }.joined(separator: " ")
    guard let first = words.first else { return nil }
    return first.uppercased() + words.dropFirst()
  }
}

extension StringProtocol {
  /// The text without white space at either end.
  func trimmingWhiteSpace() -> Substring {
    let text = Substring(self)
    guard let start = text.firstIndex(where: { !$0.isWhitespace }),
      let end = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return text[start...end]
  }
}
