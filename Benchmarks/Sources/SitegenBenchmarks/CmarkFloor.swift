import CcmarkFloor
import Foundation

/// The floor for a site with no execution: read each Markdown page, render it with libcmark's
/// `cmark_markdown_to_html` alone, and write the HTML, in this process.
struct CmarkFloor {
  /// The Markdown pages, by path.
  var pages: [String]
  /// The folder the HTML is written to.
  var output: URL

  /// The `.md` files directly in `content`, in name order.
  static func markdownFiles(in content: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: content.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted().map {
      content.appendingPathComponent($0).path
    }
  }

  /// Renders every page once; returns the bytes of HTML written.
  @discardableResult
  func run() -> Int {
    var written = 0
    for (index, path) in pages.enumerated() {
      guard let markdown = FileManager.default.contents(atPath: path) else { continue }
      let html = markdown.withUnsafeBytes { bytes -> Data in
        let source = bytes.bindMemory(to: CChar.self)
        guard let rendered = cmark_markdown_to_html(source.baseAddress, source.count, 0) else {
          return Data()
        }
        defer { free(rendered) }
        return Data(bytes: rendered, count: strlen(rendered))
      }
      let target = output.appendingPathComponent("page-\(index).html")
      try? html.write(to: target)
      written += html.count
    }
    return written
  }
}
