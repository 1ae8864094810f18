import Plotting

/// Figures into the SVG a page embeds. Captions are not drawn inside the SVG: the page shows
/// each caption once, in the figure's `<figcaption>`.
enum FigureRendering {
  /// A plot as inline SVG whose ids are unique on the page.
  static func svg(_ figure: Figure, id: String, alt: String?) -> String {
    figure.svg(SVGOptions(id: id, alt: alt))
  }

  /// A computation graph as inline SVG.
  static func svg(_ graph: GraphFigure, id: String, alt: String?) -> String {
    graph.svg(SVGOptions(id: id, alt: alt))
  }
}
