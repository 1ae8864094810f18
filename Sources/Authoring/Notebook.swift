import SourcePositions

/// A Jupyter notebook (nbformat 4) as far as sitegen reads it: its cells, in order, with the
/// outputs its last run left.
package struct Notebook: Sendable, Equatable {
  package var cells: [NotebookCell]
  /// The kernel's language (`metadata.language_info.name`, else `metadata.kernelspec.language`),
  /// when the notebook names one.
  package var language: String?
  /// Where the notebook names its language.
  package var languageLocation: SourceLocation?

  package init(cells: [NotebookCell]) {
    self.cells = cells
  }
}

/// One cell of a notebook.
package struct NotebookCell: Sendable, Equatable {
  /// nbformat 4's three cell types.
  package enum Kind: String, Sendable {
    case markdown
    case code
    case raw
  }

  package var kind: Kind
  /// The cell's text, its lines joined.
  package var source: String
  /// What the cell's last run showed, in order (code cells only).
  package var outputs: [NotebookOutput] = []
  /// Whether the cell has run (its `execution_count` is a number): a cell that ran and showed
  /// nothing is expected to show nothing.
  package var executed = false
  /// The cell's `metadata.tags`.
  package var tags: [String] = []
  /// Whether Jupyter hides the cell's code or its outputs (`metadata.jupyter`).
  package var sourceHidden = false
  package var outputsHidden = false
  /// The names of the files attached to a markdown cell (`attachment:name` links), and where
  /// the notebook lists them.
  package var attachments: [String] = []
  package var attachmentsLocation: SourceLocation?
  /// Where the cell's object starts in the notebook.
  package var location: SourceLocation

  package init(kind: Kind, source: String, location: SourceLocation) {
    self.kind = kind
    self.source = source
    self.location = location
  }
}

/// One output of a code cell (nbformat 4's four output types).
package enum NotebookOutput: Sendable, Equatable {
  /// Text the cell wrote to `stdout` or `stderr`.
  case stream(name: String, text: String)
  /// The cell's value (`execute_result`).
  case result(MimeBundle)
  /// Something the cell displayed (`display_data`).
  case display(MimeBundle)
  /// The error the cell stopped at: its exception's type and message.
  case error(name: String, value: String)
}

/// The forms of one output, by MIME type.
package struct MimeBundle: Sendable, Equatable {
  /// The MIME types, in the order the notebook lists them.
  package var types: [String]
  /// The `text/plain` form, its lines joined.
  package var plainText: String?
  /// The `image/svg+xml` form, when sitegen writes one (the reader keeps only the type).
  package var svg: String?

  package init(types: [String], plainText: String?) {
    self.types = types
    self.plainText = plainText
  }

  /// The type of the figure this output is, when it is one: an image, or a plot a front end
  /// draws (Plotly's, Vega's).
  package var figureType: String? {
    let drawn = types.first {
      $0.hasPrefix("image/") || $0 == "application/vnd.plotly.v1+json"
        || $0.hasPrefix("application/vnd.vegalite") || $0.hasPrefix("application/vnd.vega")
    }
    if let drawn { return drawn }
    return plainText.map(Self.isBraillePlot) == true ? "text/plain, drawn in braille" : nil
  }

  /// Whether `text` is a plot drawn in braille inside a box, as UnicodePlots shows one in
  /// `text/plain`: sitegen draws such a plot as a figure, which is no part of the text a cell's
  /// expectation is compared with.
  static func isBraillePlot(_ text: String) -> Bool {
    text.unicodeScalars.contains("┌") && text.unicodeScalars.contains("┘")
      && text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }
  }
}
