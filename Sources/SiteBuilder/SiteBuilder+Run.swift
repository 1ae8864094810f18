import CellExecution
import Foundation
import SiteModel
import SourcePositions

/// One cell of a page run in the terminal.
package struct RunCell: Sendable {
  /// Where the cell's block is on the page.
  package var range: SourceLocation
  package var cell: ExecutedCell
  package var seconds: Double?
}

extension SiteBuilder {
  /// Runs one page's cells, figures drawn as braille text (`sitegen run FILE`).
  /// - Returns: the cells in page order, every problem found, and the page's text.
  /// - Throws: `EnvironmentError` when the file cannot be read.
  package static func run(file: String) throws(EnvironmentError) -> (
    cells: [RunCell], diagnostics: [Diagnostic], source: String
  ) {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw EnvironmentError("cannot read \(file)")
    }
    guard let source = String(validating: data, as: UTF8.self) else {
      throw EnvironmentError("\(file) is not UTF-8 text")
    }
    let (frontMatter, body, problems) = FrontMatter.split(source, file: file)
    var page = Page(
      file: file, fileName: URL(fileURLWithPath: file).lastPathComponent, slug: "", order: nil,
      title: frontMatter.title ?? file, description: nil, source: source, body: body)
    page.includableFiles = Self.includableFiles(besides: file)
    let (_, parseDiagnostics, executed) = PageBody.execute(page, cache: nil, textFigures: true)
    let seconds = Dictionary(
      executed.timings.map { ($0.line, $0.seconds) }, uniquingKeysWith: { first, _ in first })
    let cells = executed.cells.keys.sorted().compactMap { location -> RunCell? in
      guard let cell = executed.cells[location] else { return nil }
      return RunCell(range: location, cell: cell, seconds: seconds[location.line])
    }
    let diagnostics = problems + parseDiagnostics + executed.diagnostics
    return (cells, DiagnosticLimits.limited(diagnostics), source)
  }
}

extension SiteBuilder {
  /// The `.jl` files of the folder holding `file` (its subfolders too, hidden ones aside), by
  /// path relative to it: what a page run on its own may `include`, as in a site's content folder.
  static func includableFiles(besides file: String) -> [String: String] {
    let folder = URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL
    guard
      let enumerator = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
    else { return [:] }
    var files: [String: String] = [:]
    let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    for case let url as URL in enumerator where url.pathExtension == "jl" {
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(prefix), let data = FileManager.default.contents(atPath: path),
        let text = String(validating: data, as: UTF8.self)
      else { continue }
      files[String(path.dropFirst(prefix.count))] = text
    }
    return files
  }
}
