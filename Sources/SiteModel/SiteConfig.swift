/// The site's settings, from `content/site.yml`.
package struct SiteConfig: Sendable, Equatable {
  package var title: String
  package var description: String?
  /// Where the site is published, e.g. `https://example.org/flux/`; used only for metadata.
  package var baseURL: String?
  /// The pages' `lang` attribute.
  package var language: String

  package init(
    title: String, description: String? = nil, baseURL: String? = nil, language: String = "en"
  ) {
    self.title = title
    self.description = description
    self.baseURL = baseURL
    self.language = language
  }
}
