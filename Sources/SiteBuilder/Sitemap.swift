import HTMLRendering
import SiteModel

/// The site's `sitemap.xml` (the sitemaps.org protocol, version 0.9): one `<url>` with its
/// `<loc>` per page, in reading order. No `<lastmod>`: nothing time-dependent goes into the site.
enum Sitemap {
  /// The sitemap of `pages` published under `base` (an absolute URL ending in `/`).
  static func xml(pages: [Page], base: String) -> String {
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for page in pages {
      let location = HTMLEscaping.escapeHTML(xmlText(SiteURLs.pageURL(of: page, base: base)))
      xml += "<url><loc>\(location)</loc></url>\n"
    }
    return xml + "</urlset>\n"
  }
}
