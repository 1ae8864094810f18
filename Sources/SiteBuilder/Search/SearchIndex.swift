import SiteModel

/// The site's search index, written as `search-index.js` and read by the theme's
/// `assets/search.js` in the reader's browser: every page's title, URL and sections.
///
/// It is a script that assigns one object to `window.sitegenSearchIndex`, not a JSON file,
/// because a page opened from disk (`file://`) may load a script but may not `fetch` a file.
struct SearchIndex: Equatable, Sendable {
  /// The file's path in the site.
  static let path = "search-index.js"
  /// The format's version, in the file, for scripts that read it.
  static let version = 1

  /// One page of the index.
  struct Entry: Equatable, Sendable {
    var title: String
    /// The page's path from the site's root (`gradients/index.html`).
    var url: String
    var sections: [SearchSection]
  }

  /// The pages, in reading order.
  var entries: [Entry]

  /// The index of `pages`, whose bodies hold `sections` (same order).
  init(pages: [Page], sections: [[SearchSection]]) {
    entries = zip(pages, sections).map { page, sections in
      Entry(title: page.title, url: page.outputPath, sections: sections)
    }
  }

  /// The index as the script `search-index.js`: the same pages give the same bytes. One line a
  /// section, so that a change to the content shows as a small change of the file.
  ///
  /// ```
  /// window.sitegenSearchIndex = {"version":1,"pages":[
  /// {"title":"…","url":"gradients/index.html","sections":[
  /// ["","","text above the first heading"],
  /// ["zeroing","Zeroing","text under the heading"]]},
  /// …]};
  /// ```
  var javaScript: String {
    var script =
      "// The search index of this site, written by sitegen for assets/search.js. Each page:\n"
      + "// its title, its URL from the site's root, and its sections as [anchor, heading, text]\n"
      + "// (the text above the first heading has the anchor \"\").\n"
      + "window.sitegenSearchIndex = {\"version\":\(Self.version),\"pages\":["
    for (pageNumber, entry) in entries.enumerated() {
      script += pageNumber == 0 ? "\n" : ",\n"
      script += "{\"title\":" + Self.literal(entry.title) + ",\"url\":" + Self.literal(entry.url)
      script += ",\"sections\":["
      for (sectionNumber, section) in entry.sections.enumerated() {
        script += sectionNumber == 0 ? "\n[" : ",\n["
        script += Self.literal(section.anchor) + "," + Self.literal(section.heading) + ","
        script += Self.literal(section.text) + "]"
      }
      script += "]}"
    }
    return script + "]};\n"
  }

  /// `text` as a JSON string literal (RFC 8259 §7), which is also a JavaScript one, in ASCII:
  /// every other character as a `\u` escape (UTF-16 code units), so that the file reads the
  /// same whatever character encoding a server announces for it.
  static func literal(_ text: String) -> String {
    var result = "\""
    for unit in text.utf16 {
      switch unit {
      case 0x22: result += "\\\""
      case 0x5C: result += "\\\\"
      case 0x0A: result += "\\n"
      case 0x09: result += "\\t"
      case 0x20..<0x7F: result.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
      default: result += "\\u" + hex(unit)
      }
    }
    return result + "\""
  }

  /// Four lowercase hexadecimal digits.
  private static func hex(_ unit: UInt16) -> String {
    let digits = Array("0123456789abcdef")
    return String([12, 8, 4, 0].map { digits[Int(unit >> UInt16($0)) & 0xF] })
  }
}
