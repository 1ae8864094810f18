import Mustache
import SiteModel

/// The site's reading order: the sidebar and each page's previous and next page.
struct Navigation {
  var pages: [Page]
  /// Each sidebar entry rendered once, by the root prefix of the page it appears on: the
  /// entry as it is, and as the current page's entry.
  private var entries: [String: [(plain: String, current: String)]] = [:]
  /// The template of one entry, for lists from other roots (the 404 page's).
  private let navItem: MustacheTemplate

  init(pages: [Page], theme: Theme) {
    self.pages = pages
    self.navItem = theme.navItem
    for root in Set(pages.map(\.rootPrefix)) {
      entries[root] = pages.map { target in
        var item: [String: Any] = [
          "title": xmlText(target.title), "href": root + target.outputPath, "current": false,
        ]
        let plain = theme.navItem.render(item)
        item["current"] = true
        return (plain, theme.navItem.render(item))
      }
    }
  }

  /// The sidebar's entries for `page`, its own marked as current.
  func list(for page: Page) -> String {
    guard let items = entries[page.rootPrefix] else { return "" }
    var html = ""
    html.reserveCapacity(items.reduce(0) { $0 + $1.plain.utf8.count } + 64)
    for (target, item) in zip(pages, items) {
      html += target.slug == page.slug ? item.current : item.plain
    }
    return html
  }

  /// The sidebar's entries with links starting at `root` (a URL ending in `/`), none current.
  func list(fromRoot root: String) -> String {
    pages.map { target in
      navItem.render(
        ["title": xmlText(target.title), "href": root + target.outputPath, "current": false])
    }.joined()
  }

  /// The page before and after `page` in reading order.
  func neighbours(of page: Page) -> (previous: Page?, next: Page?) {
    guard let index = pages.firstIndex(where: { $0.slug == page.slug }) else { return (nil, nil) }
    let previous = index > 0 ? pages[index - 1] : nil
    let next = index + 1 < pages.count ? pages[index + 1] : nil
    return (previous, next)
  }
}
