import SiteModel

/// Stage 4's last step: a page's body in the theme's page template.
enum PageTemplate {
  /// The whole HTML document of `page`.
  static func render(
    page: Page, body: RenderedBody, config: SiteConfig, navigation: Navigation, theme: Theme
  ) -> String {
    let root = page.rootPrefix
    func link(_ target: Page) -> [String: Any] {
      ["title": target.title, "href": root + target.outputPath]
    }
    let (previous, next) = navigation.neighbours(of: page)
    let nav: [[String: Any]] = navigation.pages.map { target in
      var item = link(target)
      item["current"] = target.slug == page.slug
      return item
    }
    let toc: [[String: Any]] = body.toc.map { entry in
      ["level": entry.level, "title": entry.title, "id": entry.id]
    }
    var context: [String: Any] = [
      "language": config.language,
      "siteTitle": config.title,
      "pageTitle": page.title,
      "isHome": page.isHome,
      "root": root,
      "nav": nav,
      "toc": toc,
      "hasToc": toc.count >= 2,
      "body": body.html,
    ]
    if let description = page.description ?? (page.isHome ? config.description : nil) {
      context["pageDescription"] = description
    }
    if let description = config.description { context["siteDescription"] = description }
    if let previous { context["prev"] = link(previous) }
    if let next { context["next"] = link(next) }
    return theme.page.render(context)
  }
}
