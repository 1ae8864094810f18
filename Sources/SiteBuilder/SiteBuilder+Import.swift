import Authoring
import Foundation
import SiteModel
import SourcePositions

/// What `sitegen import` did with a notebook.
package struct NotebookImport: Sendable {
  /// The page's path, as the user would type it.
  package var outputPath: String
  /// Problems with the notebook, at their places in it: errors (nothing was written) or
  /// warnings (the page was written).
  package var diagnostics: [Diagnostic]
  /// The notebook's text, which diagnostics quote.
  package var source: String

  /// Whether the page was written: no error was found.
  package var wrote: Bool { !diagnostics.contains { $0.severity == .error } }
}

extension SiteBuilder {
  /// Makes a page of the Jupyter notebook `file` (`sitegen import`), written to `output`, by
  /// default the notebook's path with `.md` for `.ipynb`.
  /// - Throws: `EnvironmentError` when the notebook cannot be read or the page cannot be
  ///   written (an existing file is never replaced).
  package static func importNotebook(file: String, output: String?) throws(EnvironmentError)
    -> NotebookImport
  {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw EnvironmentError("cannot read \(file)")
    }
    let outputPath = output ?? defaultPagePath(for: file)
    let source = String(decoding: data, as: UTF8.self)
    var result = NotebookImport(outputPath: outputPath, diagnostics: [], source: source)
    let notebook: Notebook
    do {
      notebook = try NotebookReader.read(Array(data))
    } catch {
      result.diagnostics = error.errors.map { .error($0.message, file: file, at: $0.range) }
      return result
    }
    let name = URL(fileURLWithPath: file).lastPathComponent
    let page = NotebookPage(notebook, fileName: name)
    result.diagnostics = page.warnings.map { .warning($0.message, file: file, at: $0.range) }
    let target = NewFiles.File(
      url: URL(fileURLWithPath: outputPath), displayPath: outputPath,
      bytes: Array(page.markdown.utf8))
    try NewFiles(files: [target]).create()
    return result
  }

  /// `notes/fit.ipynb` → `notes/fit.md`; a name without `.ipynb` gets `.md` added.
  static func defaultPagePath(for file: String) -> String {
    file.hasSuffix(".ipynb") ? String(file.dropLast(".ipynb".count)) + ".md" : file + ".md"
  }
}
