import Foundation
import SiteModel

/// Checks every relative `href` and `src` of the built HTML: the file it names must be in the
/// site and the `#anchor` must be an `id` of that file. A safety net behind the per-page link
/// check, which reports content links at their `file:line:col`; this one catches the template's.
enum OutputLinkChecker {
  static func check(_ files: [String: [UInt8]]) -> [Diagnostic] {
    var ids: [String: Set<String>] = [:]
    var htmlFiles: [(String, String)] = []
    for path in files.keys.sorted() where path.hasSuffix(".html") {
      guard let bytes = files[path], let html = String(validating: bytes, as: UTF8.self) else {
        continue
      }
      htmlFiles.append((path, html))
      ids[path] = Set(HTMLAttributes.values(of: "id", in: html))
    }
    var diagnostics: [Diagnostic] = []
    for (path, html) in htmlFiles {
      let directory = (path as NSString).deletingLastPathComponent
      var reported = Set<String>()
      for (_, value) in HTMLAttributes.values(of: ["href", "src"], in: html) {
        if value.isEmpty || value.hasPrefix("//") || value.hasPrefix("data:")
          || LinkResolver.hasScheme(value) || reported.contains(value)
        {
          continue
        }
        let (pathPart, fragment) = LinkResolver.splitFragment(value)
        let target =
          pathPart.isEmpty
          ? path : normalize(directory.isEmpty ? pathPart : directory + "/" + pathPart)
        guard let target, files[target] != nil else {
          reported.insert(value)
          diagnostics.append(
            .error("the built page links to a missing file: \(value)", file: "site/" + path))
          continue
        }
        if let fragment, !fragment.isEmpty, target.hasSuffix(".html"),
          !(ids[target]?.contains(fragment) ?? false)
        {
          reported.insert(value)
          diagnostics.append(
            .error("the built page links to a missing anchor: \(value)", file: "site/" + path))
        }
      }
    }
    return diagnostics
  }

  /// `a/../b/./c` → `b/c`; `nil` when the path climbs out of the site.
  static func normalize(_ path: String) -> String? {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty else { return nil }
        parts.removeLast()
      default: parts.append(part)
      }
    }
    return parts.joined(separator: "/").removingPercentEncoding
  }
}
