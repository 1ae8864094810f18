import SiteModel

extension HTMLWriter {
  /// An admonition: `<aside class="admonition NAME">`, its title (the info string's text after
  /// `{NAME}`, else the kind's default) in `<p class="admonition-title">`, then its Markdown.
  mutating func writeAdmonition(_ directive: Directive, defaultTitle: String) {
    let name = HTMLEscaping.escapeHTML(directive.name)
    let title = directive.arguments.isEmpty ? defaultTitle : directive.arguments
    html += "<aside class=\"admonition \(name)\">\n"
    html += "<p class=\"admonition-title\">\(HTMLEscaping.escapeHTML(title))</p>\n"
    for block in directive.content { write(block, tight: false) }
    cr()
    html += "</aside>\n"
  }
}
