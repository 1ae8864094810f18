/// The site's settings, from `content/site.yml`.
package struct SiteConfig: Sendable, Equatable {
  package var title: String
  package var description: String?
  /// Where the site is published, e.g. `https://example.org/flux/`, always ending in `/`: the
  /// base of the sitemap's, canonical and OpenGraph URLs and of the 404 page's links.
  package var baseURL: String?
  /// The pages' `lang` attribute.
  package var language: String
  /// The repository holding the content, e.g. `https://github.com/owner/repo` (no trailing
  /// `/`): each page then links to its source's edit page.
  package var repository: String?
  /// The branch the edit links open.
  package var editBranch: String
  /// The content folder's path inside the repository.
  package var editPath: String

  package init(
    title: String, description: String? = nil, baseURL: String? = nil, language: String = "en",
    repository: String? = nil, editBranch: String = "main", editPath: String = "content"
  ) {
    self.title = title
    self.description = description
    self.baseURL = baseURL
    self.language = language
    self.repository = repository
    self.editBranch = editBranch
    self.editPath = editPath
  }
}
