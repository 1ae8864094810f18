import Foundation

/// A small site in a temporary folder: `content/` with a home page, one chapter and static
/// files; removed by `remove()`.
struct TemporarySite {
  let root: URL
  var content: URL { root.appendingPathComponent("content") }

  static let chapter = """
    ---
    title: First steps
    ---

    # Gradients

    A first paragraph about gradients.

    """

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sitegen-preview-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("content"), withIntermediateDirectories: true)
    try write("site.yml", "title: Preview test\n")
    try write(
      "index.md",
      """
      ---
      title: Preview test
      ---

      Start with [the first chapter](01-first.md).

      """)
    try write("01-first.md", Self.chapter)
    try write("notes.txt", "plain notes\n")
    try write(
      "figures/dot.svg",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"><circle r=\"1\"/></svg>\n"
    )
    try write("data/points.json", "[1, 2, 3]\n")
  }

  /// Writes `text` to `path` inside the content folder, making folders as needed; atomically, so
  /// that the preview never reads half a file.
  func write(_ path: String, _ text: String) throws {
    let url = content.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url, options: .atomic)
  }

  func remove() {
    try? FileManager.default.removeItem(at: root)
  }
}
