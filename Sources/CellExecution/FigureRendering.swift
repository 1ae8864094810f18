import Plotting

/// Figures into the SVG a page embeds.
enum FigureRendering {
  /// A plot as inline SVG whose ids are unique on the page.
  static func svg(_ figure: Figure, id: String, caption: String?, alt: String?) -> String {
    figure.svg(SVGOptions(id: id, caption: caption, alt: alt))
  }

  /// A computation graph as inline SVG.
  static func svg(_ graph: GraphFigure, id: String, alt: String?) -> String {
    graph.svg(SVGOptions(id: id, alt: alt))
  }
}
