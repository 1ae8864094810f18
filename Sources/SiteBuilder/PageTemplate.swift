import HTMLRendering
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
    var context = siteContext(config: config, root: root)
    context["pageTitle"] = xmlText(page.title)
    context["isHome"] = page.isHome
    context["navList"] = navigation.list(for: page)
    context["toc"] = toc
    context["hasToc"] = toc.count >= 2
    context["body"] = body.html
    if let downloads = body.downloads {
      context["downloads"] = [
        "notebook": xmlText(downloads.baseName + ".ipynb"),
        "script": xmlText(downloads.baseName + ".jl"),
      ]
    }
    let description = page.description ?? config.description
    if let description { context["pageDescription"] = xmlText(description) }
    if let base = config.baseURL {
      // OpenGraph (ogp.me): a chapter is an article, the home page the site itself.
      context["canonicalURL"] = xmlText(SiteURLs.pageURL(of: page, base: base))
      context["ogType"] = page.isHome ? "website" : "article"
      context["ogTitle"] = xmlText(page.isHome ? config.title : page.title)
    }
    if let edit = SiteURLs.editURL(of: page, config: config) {
      context["editURL"] = xmlText(edit)
    }
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

  /// The site's `404.html`, in the theme's page template. A server shows it at any URL, at any
  /// folder depth, so its links start from `base_url` when the site has one and from the
  /// server's root otherwise.
  static func renderNotFound(config: SiteConfig, navigation: Navigation, theme: Theme) -> String {
    let root = config.baseURL ?? "/"
    var context = siteContext(config: config, root: root)
    context["pageTitle"] = "Page not found"
    context["isHome"] = false
    context["isNotFound"] = true
    context["navList"] = navigation.list(fromRoot: root)
    context["toc"] = [[String: Any]]()
    context["hasToc"] = false
    context["body"] =
      "<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>\n"
      + "<p><a href=\"\(HTMLEscaping.escapeHTML(xmlText(root)))index.html\">Go to the home page of "
      + "\(HTMLEscaping.escapeHTML(xmlText(config.title)))</a>, or pick a chapter from the list.</p>\n"
    if theme.iteratesNav {
      context["nav"] = navigation.pages.map { target in
        ["title": xmlText(target.title), "href": root + target.outputPath, "current": false]
      }
    }
    return theme.page.render(context)
  }

  /// What every page of the site shares: its title, language and description, and the path
  /// from the page to the site's root.
  private static func siteContext(config: SiteConfig, root: String) -> [String: Any] {
    var context: [String: Any] = [
      "language": xmlText(config.language),
      "siteTitle": xmlText(config.title),
      "root": xmlText(root),
    ]
    if let description = config.description { context["siteDescription"] = xmlText(description) }
    // The footer's sentence: title and description, then one full stop (none added after a
    // description that already ends a sentence).
    var footer = config.title
    if let description = config.description { footer += " — " + description }
    if let last = footer.last, !".!?".contains(last) { footer += "." }
    context["footerSentence"] = xmlText(footer)
    return context
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
