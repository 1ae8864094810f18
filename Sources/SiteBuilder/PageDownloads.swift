import Authoring
import CellExecution
import Foundation
import SiteModel
import SourcePositions

/// A page offered for download, written beside its `index.html`: as a Jupyter notebook
/// (`slug.ipynb`, with the outputs of sitegen's run) and as a Julia script in Literate.jl's
/// convention (`slug.jl`). The page's title is the first cell's heading, the prose between its
/// top-level `{julia}` cells its markdown cells, and those cells its code cells (their `#|`
/// options kept, as Quarto reads them, their `# output` expectation left out). Other
/// directives (`{train}`, admonitions, and the cells inside admonitions) stay in the prose as
/// the page's author wrote them.
struct PageDownloads {
  /// The files' name without extension: the page's slug, `index` for the home page.
  var baseName: String
  var cells: [NotebookCell]

  init(page: Page, document: Document, executed: ExecutedPage, directives: DirectiveRegistry) {
    baseName = page.isHome ? "index" : page.slug
    let lines = page.body.split(separator: "\n", omittingEmptySubsequences: false)
    let start = SourceLocation(line: 1, column: 1)
    var cells: [NotebookCell] = []
    var heading: String? = "# " + page.title
    var nextLine = 1
    func flushProse(upTo line: Int) {
      var prose: [String] = []
      if nextLine < line {
        prose = lines[(nextLine - 1)..<min(line - 1, lines.count)].map(String.init)
      }
      var text = Self.trimmingBlankLines(prose)
      if let title = heading {
        text = text.isEmpty ? title : title + "\n\n" + text
        heading = nil
      }
      if !text.isEmpty {
        cells.append(NotebookCell(kind: .markdown, source: text, location: start))
      }
    }
    for block in document.blocks {
      guard case .directive(let directive) = block,
        directives[directive.name]?.execution == .cell
      else { continue }
      flushProse(upTo: directive.range.start.line)
      nextLine = directive.range.end.line + 1
      var cell = NotebookCell(
        kind: .code, source: Self.code(of: directive.rawBody), location: directive.range.start)
      if let shown = executed.cells[directive.range.start], shown.number != nil {
        cell.executed = true
        cell.outputs = Self.outputs(shown.outputs)
      }
      cells.append(cell)
    }
    flushProse(upTo: lines.count + 1)
    self.cells = cells
  }

  /// The downloads with the prose's links to the site's pages and files written as their URLs
  /// under `base` (`02-gradients.md#zeroing` → `https://example.org/site/gradients/#zeroing`),
  /// so that they lead somewhere from a downloaded notebook; without a `base_url`, as written.
  func linkingToSite(
    _ links: [LinkUse], from page: Page, resolver: LinkResolver, base: String?
  ) -> PageDownloads {
    guard let base else { return self }
    var urls: [(String, String)] = []
    for destination in Set(links.map(\.destination)).sorted() {
      switch resolver.resolve(destination, from: page) {
      case .page(_, let slug, let fragment):
        let url = slug.isEmpty ? base : base + SiteURLs.escapedSegment(slug) + "/"
        urls.append((destination, url + (fragment.map { "#" + $0 } ?? "")))
      case .file(let path):
        urls.append((destination, base + path))
      case .unchanged, .missing:
        continue
      }
    }
    guard !urls.isEmpty else { return self }
    var copy = self
    for index in copy.cells.indices where copy.cells[index].kind == .markdown {
      var text = copy.cells[index].source
      // `replacing` is slow for the many cells that name none of the links: look first.
      for (written, url) in urls where text.utf8.contains(written.utf8) {
        // An inline link's destination, bare or in <…>, then a reference definition's.
        for (before, after) in [("](", ")"), ("](", " "), ("](<", ">"), ("]: ", "")] {
          text = text.replacing(before + written + after, with: before + url + after)
        }
      }
      copy.cells[index].source = text
    }
    return copy
  }

  /// The notebook's file name and bytes.
  var notebook: (name: String, bytes: [UInt8]) {
    (baseName + ".ipynb", Array(NotebookWriter.json(cells).utf8))
  }

  /// The script's file name and bytes.
  var script: (name: String, bytes: [UInt8]) {
    (baseName + ".jl", Array(LiterateScript.text(cells).utf8))
  }

  /// A cell's code: its body up to a line `# output`, without trailing blank lines.
  static func code(of body: String) -> String {
    var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if let marker = lines.firstIndex(where: {
      $0.trimmingCharacters(in: .whitespaces) == "# output"
    }) {
      lines.removeSubrange(marker...)
    }
    return trimmingBlankLines(lines)
  }

  /// What a cell showed, as a notebook's outputs: printed text as one `stdout` stream between
  /// two other outputs, the value as an `execute_result`, figures as `display_data` (SVG, or
  /// braille text), an error as an `error` output.
  static func outputs(_ outputs: [CellOutput]) -> [NotebookOutput] {
    var result: [NotebookOutput] = []
    for output in outputs {
      switch output {
      case .printed(let text):
        if case .stream(let name, let earlier) = result.last {
          result[result.count - 1] = .stream(name: name, text: earlier + text)
        } else {
          result.append(.stream(name: "stdout", text: text))
        }
      case .value(let text):
        result.append(.result(MimeBundle(types: ["text/plain"], plainText: text)))
      case .svgFigure(let svg, _):
        var bundle = MimeBundle(types: ["image/svg+xml"], plainText: nil)
        bundle.svg = FigureRendering.standalone(svg)
        result.append(.display(bundle))
      case .textFigure(let text, _, _):
        result.append(.display(MimeBundle(types: ["text/plain"], plainText: ANSIText.plain(text))))
      case .error(let message, _):
        result.append(.error(name: errorName(message), value: message))
      }
    }
    return result
  }

  /// The exception's type as IJulia records it in `ename`, read from the start of Julia's
  /// `showerror` text (`DomainError with -1.0:` → `DomainError`); a message that does not
  /// start with a type's name is an `ErrorException`'s, whose `showerror` is its message alone.
  static func errorName(_ message: String) -> String {
    let name = message.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
    let isType =
      name.first?.isUppercase == true && (name.hasSuffix("Error") || name.hasSuffix("Exception"))
    return isType ? String(name) : "ErrorException"
  }

  /// `lines` joined, without blank first and last lines.
  static func trimmingBlankLines(_ lines: [String]) -> String {
    var lines = lines[...]
    while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
    while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
