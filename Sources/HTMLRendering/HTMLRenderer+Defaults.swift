import SiteModel

extension HTMLRenderer {
  /// The math rendering used until TeX is converted: the TeX, escaped, in
  /// `<span class="math">`, `<span class="math display">` or `<div class="math">`.
  package static func escapedMath(_ math: Math) -> HTMLFragment {
    let tex = HTMLEscaping.escapeHTML(math.tex)
    switch math.placement {
    case .inline: return HTMLFragment(html: "<span class=\"math\">\(tex)</span>")
    case .displayInline: return HTMLFragment(html: "<span class=\"math display\">\(tex)</span>")
    case .block: return HTMLFragment(html: "<div class=\"math\">\(tex)</div>\n")
    }
  }

  /// A directive shown as code: its raw body, escaped, in `<pre><code class="language-name">`.
  package static func directiveAsCode(_ directive: Directive) -> HTMLFragment {
    let name = HTMLEscaping.escapeHTML(directive.name)
    let body = HTMLEscaping.escapeHTML(directive.rawBody)
    return HTMLFragment(html: "<pre><code class=\"language-\(name)\">\(body)</code></pre>\n")
  }
}
