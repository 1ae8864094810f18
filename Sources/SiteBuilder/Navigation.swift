import SiteModel

/// The site's reading order: the sidebar and each page's previous and next page.
struct Navigation {
  var pages: [Page]

  /// The page before and after `page` in reading order.
  func neighbours(of page: Page) -> (previous: Page?, next: Page?) {
    guard let index = pages.firstIndex(where: { $0.slug == page.slug }) else { return (nil, nil) }
    let previous = index > 0 ? pages[index - 1] : nil
    let next = index + 1 < pages.count ? pages[index + 1] : nil
    return (previous, next)
  }
}
