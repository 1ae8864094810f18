/// The media type of a served file, from its extension.
enum ContentType {
  /// Types by lowercased extension (IANA media types; `text/javascript` per RFC 9239).
  private static let byExtension: [String: String] = [
    "html": "text/html; charset=utf-8",
    "htm": "text/html; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "js": "text/javascript; charset=utf-8",
    "mjs": "text/javascript; charset=utf-8",
    "json": "application/json",
    "map": "application/json",
    "xml": "application/xml",
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    // A page's downloads: Jupyter's own type for notebooks; a Julia script read as text.
    "ipynb": "application/x-ipynb+json",
    "jl": "text/plain; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "svg": "image/svg+xml",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
    "ico": "image/vnd.microsoft.icon",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "pdf": "application/pdf",
    "wasm": "application/wasm",
    "mp4": "video/mp4",
    "webm": "video/webm",
  ]

  /// The `Content-Type` for the site path `path`; `application/octet-stream` when unknown.
  static func of(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
      return "application/octet-stream"
    }
    let ext = name[name.index(after: dot)...].lowercased()
    return byExtension[ext] ?? "application/octet-stream"
  }

  /// Whether files at `path` are HTML pages, which get the live-reload script.
  static func isHTML(_ path: String) -> Bool {
    of(path).hasPrefix("text/html")
  }
}
