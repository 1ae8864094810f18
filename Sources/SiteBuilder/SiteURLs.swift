import Foundation
import SiteModel

/// The site's absolute URLs: `site.yml`'s `base_url` and `repository` checked, and the public
/// and edit URLs of each page made from them.
enum SiteURLs {
  /// `value` as a base URL ending in `/`, or why it cannot be one.
  static func baseURL(_ value: String) -> Result<String, URLProblem> {
    web(value, key: "base_url").map { $0.hasSuffix("/") ? $0 : $0 + "/" }
  }

  /// `value` as a repository URL without a trailing `/`, or why it cannot be one.
  static func repository(_ value: String) -> Result<String, URLProblem> {
    web(value, key: "repository").flatMap { url in
      var trimmed = Substring(url)
      while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
      guard let components = URLComponents(string: String(trimmed)),
        components.path.split(separator: "/").count >= 2
      else {
        return .failure(
          URLProblem(
            "'repository' must name a repository, e.g. https://github.com/owner/repo, not '\(url)'"
          ))
      }
      return .success(String(trimmed))
    }
  }

  /// `value` as a branch name for edit URLs, or why it cannot be one.
  static func branch(_ value: String) -> Result<String, URLProblem> {
    // git check-ref-format's rules, as far as a URL needs them: no empty or dot-led part, no
    // `..`, and only characters that need no escaping in a URL path.
    let parts = value.split(separator: "/", omittingEmptySubsequences: false)
    let allowed = value.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII
        && (CharacterSet.alphanumerics.contains(scalar) || "-_./+".unicodeScalars.contains(scalar))
    }
    guard allowed, !value.contains(".."), !value.hasSuffix(".lock"),
      parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") })
    else {
      return .failure(
        URLProblem(
          "'edit_branch' must be a branch name such as main or docs/v2, not '\(value)'"))
    }
    return .success(value)
  }

  /// `value` as the content folder's path inside the repository (`content`, `docs/content`).
  static func editPath(_ value: String) -> Result<String, URLProblem> {
    let trimmed = value.split(separator: "/").joined(separator: "/")
    guard !trimmed.isEmpty,
      !trimmed.split(separator: "/").contains(where: { $0 == ".." || $0 == "." })
    else {
      return .failure(
        URLProblem("'edit_path' must be a folder inside the repository, not '\(value)'"))
    }
    return .success(trimmed)
  }

  /// An absolute `http` or `https` URL with a host and nothing after its path.
  private static func web(_ value: String, key: String) -> Result<String, URLProblem> {
    let example =
      key == "base_url" ? "https://example.org/docs/" : "https://github.com/owner/repo"
    guard !value.contains(where: \.isWhitespace), let components = URLComponents(string: value),
      let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
      let host = components.host, !host.isEmpty
    else {
      return .failure(
        URLProblem("'\(key)' must be an absolute http(s) URL such as \(example), not '\(value)'"))
    }
    guard components.query == nil, components.fragment == nil, components.user == nil else {
      return .failure(
        URLProblem("'\(key)' must not have a query, a fragment or a user name: '\(value)'"))
    }
    return .success(value)
  }

  /// The page's public URL, a folder URL: `https://example.org/docs/` for the home page,
  /// `https://example.org/docs/gradients/` for a chapter.
  static func pageURL(of page: Page, base: String) -> String {
    page.isHome ? base : base + escapedSegment(page.slug) + "/"
  }

  /// The URL of the repository's editor for the page's source, e.g.
  /// `https://github.com/owner/repo/edit/main/content/01-intro.md` (GitHub's and Gitea's form;
  /// GitLab redirects it).
  static func editURL(of page: Page, config: SiteConfig) -> String? {
    guard let repository = config.repository else { return nil }
    let path = config.editPath.split(separator: "/").map { escapedSegment(String($0)) }
    return ([repository, "edit", config.editBranch] + path + [escapedSegment(page.fileName)])
      .joined(separator: "/")
  }

  /// `segment` with everything but RFC 3986's unreserved characters percent-encoded.
  static func escapedSegment(_ segment: String) -> String {
    var unreserved = CharacterSet.alphanumerics.intersection(
      CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
    unreserved.insert(charactersIn: "-._~")
    return segment.addingPercentEncoding(withAllowedCharacters: unreserved) ?? segment
  }
}

/// Why a URL of `site.yml` was refused, in words for a diagnostic.
struct URLProblem: Error, Equatable {
  var message: String
  init(_ message: String) { self.message = message }
}
