import Plotting

/// Figures into the SVG a page embeds. Captions are not drawn inside the SVG: the page shows
/// each caption once, in the figure's `<figcaption>`. The figure stylesheet is left out: the
/// site's stylesheet holds it once (a notebook gets it back with ``standalone(_:)``).
package enum FigureRendering {
  /// A plot as inline SVG whose ids are unique on the page.
  static func svg(_ figure: Figure, id: String, alt: String?) -> String {
    figure.svg(SVGOptions(id: id, alt: alt, includesStyle: false))
  }

  /// A computation graph as inline SVG.
  static func svg(_ graph: GraphFigure, id: String, alt: String?) -> String {
    graph.svg(SVGOptions(id: id, alt: alt, includesStyle: false))
  }

  /// A page's figure as a standalone SVG document: the figure stylesheet put back after its
  /// `<desc>` (where ``Plotting/Figure/svg(_:)`` writes it), for a notebook that shows the
  /// SVG outside the site.
  package static func standalone(_ svg: String) -> String {
    guard !svg.contains("<style>"), let end = svg.firstRange(of: "</desc>") else { return svg }
    return svg[..<end.upperBound] + "<style>" + SVGStyle.stylesheet + "</style>"
      + svg[end.upperBound...]
  }
}
