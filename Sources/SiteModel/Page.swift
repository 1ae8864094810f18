/// One tutorial page: its place in the site and its source.
package struct Page: Sendable {
  /// The Markdown file, as given to the builder (relative to the working directory when possible).
  package var file: String
  /// The file's name inside the content folder, e.g. `01-differentiable-programming.md`.
  package var fileName: String
  /// The URL segment: the file name without its order prefix and extension; empty for the home page.
  package var slug: String
  /// The order prefix (`01-` is 1); `nil` for the home page.
  package var order: Int?
  package var title: String
  package var description: String?
  /// The whole file as read, front matter included (diagnostics quote its lines).
  package var source: String
  /// The Markdown body with the front matter blanked out, so that line numbers stay those of the
  /// file.
  package var body: String
  /// The content folder's `.jl` files cells may `include`, by path relative to the folder.
  package var includableFiles: [String: String] = [:]

  package init(
    file: String, fileName: String, slug: String, order: Int?, title: String,
    description: String?, source: String, body: String
  ) {
    self.file = file
    self.fileName = fileName
    self.slug = slug
    self.order = order
    self.title = title
    self.description = description
    self.source = source
    self.body = body
  }

  /// Whether this is `index.md`, the site's home page.
  package var isHome: Bool { slug.isEmpty }

  /// The page's output path inside the site, e.g. `index.html` or `gradients/index.html`.
  package var outputPath: String { isHome ? "index.html" : "\(slug)/index.html" }

  /// The relative prefix from this page back to the site root: `""` or `"../"`.
  package var rootPrefix: String { isHome ? "" : "../" }
}
