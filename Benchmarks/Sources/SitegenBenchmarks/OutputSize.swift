import Foundation

/// The weight of a built site: its pages, their figures and the shared assets.
struct OutputSize {
  /// Bytes of each page's HTML, by path relative to the site's root.
  var pages: [(path: String, bytes: Int)] = []
  /// Bytes of each `<figure class="cell-figure…">…</figure>` element in the pages.
  var figures: [Int] = []
  /// Bytes of every file that is not a page (style sheets, copied content).
  var assetBytes = 0

  /// Measures the site in `root`.
  init(site root: URL) {
    let manager = FileManager.default
    guard let walker = manager.enumerator(atPath: root.path) else { return }
    while let relative = walker.nextObject() as? String {
      let path = root.appendingPathComponent(relative).path
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
        let data = manager.contents(atPath: path)
      else { continue }
      if relative.hasSuffix(".html") {
        pages.append((relative, data.count))
        figures += Self.figureSizes(in: String(decoding: data, as: UTF8.self))
      } else {
        assetBytes += data.count
      }
    }
    pages.sort { $0.path < $1.path }
  }

  /// The byte length of each cell figure in a page.
  static func figureSizes(in html: String) -> [Int] {
    var sizes: [Int] = []
    var rest = html.utf8[...]
    let opening = Array("<figure class=\"cell-figure".utf8)
    let closing = Array("</figure>".utf8)
    while let start = rest.firstRange(of: opening) {
      let after = rest[start.lowerBound...]
      guard let end = after.firstRange(of: closing) else { break }
      sizes.append(after.distance(from: start.lowerBound, to: end.upperBound))
      rest = after[end.upperBound...]
    }
    return sizes
  }

  var totalPageBytes: Int { pages.reduce(0) { $0 + $1.bytes } }

  /// The report's lines: bytes per page and per figure, and the heaviest page against the
  /// 150 kB a page may weigh (the same chapter from `jupyter nbconvert` with Plotly: 5.2 MB;
  /// `BuiltSiteFigureTests` holds the committed site to the same limit).
  var figureLines: [(String, String)] {
    guard !pages.isEmpty else { return [("output", "no pages written")] }
    var lines = [
      (
        "output",
        "\(pages.count) pages, \(formatBytes(totalPageBytes)) HTML, "
          + "\(formatBytes(totalPageBytes / pages.count)) per page, "
          + "\(formatBytes(assetBytes)) shared assets"
      )
    ]
    if let heaviest = pages.max(by: { $0.bytes < $1.bytes }) {
      let ok = heaviest.bytes <= 150_000 ? "ok" : "MISSED"
      lines.append(
        (
          "heaviest page",
          "\(heaviest.path) \(formatBytes(heaviest.bytes)) (target ≤ 150 kB) \(ok)"
        ))
    }
    if figures.isEmpty {
      lines.append(("figures", "none"))
    } else {
      let total = figures.reduce(0, +)
      lines.append(
        (
          "figures",
          "\(figures.count), \(formatBytes(total / figures.count)) per figure, "
            + "largest \(formatBytes(figures.max() ?? 0))"
        ))
    }
    return lines
  }
}
