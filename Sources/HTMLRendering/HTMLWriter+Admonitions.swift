import SiteModel

extension HTMLWriter {
  /// An admonition: `<aside class="admonition NAME">`, its title (the info string's text after
  /// `{NAME}` as inline Markdown, else the kind's default) in `<p class="admonition-title">`,
  /// then its Markdown.
  mutating func writeAdmonition(_ directive: Directive, defaultTitle: String) {
    let name = HTMLEscaping.escapeHTML(directive.name)
    html += "<aside class=\"admonition \(name)\">\n<p class=\"admonition-title\">"
    if directive.title.isEmpty {
      html += HTMLEscaping.escapeHTML(defaultTitle)
    } else {
      write(directive.title)
    }
    html += "</p>\n"
    for block in directive.content { write(block, tight: false) }
    cr()
    html += "</aside>\n"
  }
}
