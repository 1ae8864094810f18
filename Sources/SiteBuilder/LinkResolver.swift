import SiteModel

/// Maps a link written in a page (`02-gradients.md#zeroing`, `images/fit.png`, `https://…`) to
/// the URL it has in the built site, and says when it leads nowhere.
struct LinkResolver {
  /// Pages by every name a link may use: the file name and `slug.md`.
  private var pagesByName: [String: Page] = [:]
  private var staticFiles: Set<String>

  /// What a link destination turned out to be.
  enum Resolution: Equatable {
    /// Left as written: another site, a mail address, a same-page anchor.
    case unchanged
    /// A page of this site, with the fragment the link names (if any).
    case page(outputPath: String, slug: String, fragment: String?)
    /// A static file of the content folder.
    case file(path: String)
    /// A relative link to nothing this site has.
    case missing(String)
  }

  init(pages: [Page], staticFiles: some Sequence<String>) {
    for page in pages {
      pagesByName[page.fileName] = page
      if !page.isHome { pagesByName[page.slug + ".md"] = page }
    }
    self.staticFiles = Set(staticFiles)
  }

  /// Classifies `destination`, written in `page`.
  func resolve(_ destination: String, from page: Page) -> Resolution {
    if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//")
      || Self.hasScheme(destination)
    {
      return .unchanged
    }
    let (pathPart, fragment) = Self.splitFragment(destination)
    let path = pathPart.hasPrefix("./") ? String(pathPart.dropFirst(2)) : pathPart
    if path.hasSuffix(".md") {
      guard let target = pagesByName[path] else {
        return .missing("no page '\(path)' in the content folder")
      }
      return .page(outputPath: target.outputPath, slug: target.slug, fragment: fragment)
    }
    if path.hasPrefix("/") {
      return .missing("absolute paths do not work when the site is opened from disk")
    }
    if staticFiles.contains(path) {
      return .file(path: path)
    }
    return .missing("no file '\(path)' in the content folder")
  }

  /// The URL `destination` gets in the page's HTML.
  func rewrite(_ destination: String, from page: Page) -> String {
    switch resolve(destination, from: page) {
    case .unchanged, .missing:
      return destination
    case .page(let outputPath, _, let fragment):
      return page.rootPrefix + outputPath + (fragment.map { "#" + $0 } ?? "")
    case .file(let path):
      return page.rootPrefix + path
    }
  }

  /// Whether `text` starts with a URL scheme such as `https:` or `mailto:`.
  static func hasScheme(_ text: String) -> Bool {
    guard let colon = text.firstIndex(of: ":") else { return false }
    let scheme = text[..<colon]
    guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
    return scheme.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".")
    }
  }

  static func splitFragment(_ destination: String) -> (String, String?) {
    guard let hash = destination.firstIndex(of: "#") else { return (destination, nil) }
    return (String(destination[..<hash]), String(destination[destination.index(after: hash)...]))
  }
}
