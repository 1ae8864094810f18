import SiteModel

/// Stage 4's last step: a page's body in the theme's page template.
enum PageTemplate {
  /// The whole HTML document of `page`.
  static func render(
    page: Page, body: RenderedBody, config: SiteConfig, navigation: Navigation, theme: Theme
  ) -> String {
    let root = page.rootPrefix
    func link(_ target: Page) -> [String: Any] {
      ["title": xmlText(target.title), "href": root + target.outputPath]
    }
    let (previous, next) = navigation.neighbours(of: page)
    let toc: [[String: Any]] = body.toc.map { entry in
      ["level": entry.level, "title": xmlText(entry.title), "id": entry.id]
    }
    var context: [String: Any] = [
      "language": xmlText(config.language),
      "siteTitle": xmlText(config.title),
      "pageTitle": xmlText(page.title),
      "isHome": page.isHome,
      "root": root,
      "navList": navigation.list(for: page),
      "toc": toc,
      "hasToc": toc.count >= 2,
      "body": body.html,
    ]
    if let description = page.description ?? (page.isHome ? config.description : nil) {
      context["pageDescription"] = xmlText(description)
    }
    if let description = config.description { context["siteDescription"] = xmlText(description) }
    if let previous { context["prev"] = link(previous) }
    if let next { context["next"] = link(next) }
    if theme.iteratesNav {
      context["nav"] = navigation.pages.map { target in
        var item = link(target)
        item["current"] = target.slug == page.slug
        return item
      }
    }
    return theme.page.render(context)
  }
}

/// `text` with the control characters XML forbids even as references (C0 other than tab, line
/// feed and carriage return) replaced by U+FFFD, before the template escapes it, so a title
/// can never make a page ill-formed.
func xmlText(_ text: String) -> String {
  guard text.unicodeScalars.contains(where: isForbiddenInXML) else { return text }
  var result = String.UnicodeScalarView()
  for scalar in text.unicodeScalars {
    result.append(isForbiddenInXML(scalar) ? "\u{FFFD}" : scalar)
  }
  return String(result)
}

private func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
  scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r"
}
