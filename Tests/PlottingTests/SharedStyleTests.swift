import Foundation
import Testing

@testable import Plotting

/// The site's theme styles the figures a page embeds without their `<style>`: every class the
/// standalone stylesheet styles must be styled by the theme's stylesheet too.
@Suite struct SharedStyleTests {
  static let themeStylesheet = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/SiteBuilder/Theme/assets/style.css")

  /// The `sgp…` class names a stylesheet's selectors use.
  static func classes(in css: String) -> Set<String> {
    var found = Set<String>()
    var rest = Substring(css)
    while let dot = rest.firstRange(of: ".sgp") {
      var name = "sgp"
      var index = dot.upperBound
      while index < rest.endIndex,
        rest[index].isLetter || rest[index].isNumber || rest[index] == "-"
      {
        name.append(rest[index])
        index = rest.index(after: index)
      }
      found.insert(name)
      rest = rest[index...]
    }
    return found
  }

  @Test func theThemeStylesEveryFigureClass() throws {
    let theme = try String(contentsOf: Self.themeStylesheet, encoding: .utf8)
    let missing = Self.classes(in: SVGStyle.stylesheet).subtracting(Self.classes(in: theme))
    #expect(missing.isEmpty, "the theme's style.css lacks \(missing.sorted())")
  }

  @Test func bothStylesheetsPrintDarkInkOnWhite() throws {
    #expect(SVGStyle.stylesheet.contains("@media print{.sgp text{fill:#000}"))
    let theme = try String(contentsOf: Self.themeStylesheet, encoding: .utf8)
    let printRules = theme.components(separatedBy: "@media print").dropFirst().joined()
    for variable in ["--plot-text: #000", "--hl-string: #0a3069", "--fg: #000"] {
      #expect(printRules.contains(variable), "print sets \(variable)")
    }
  }

  @Test func graphBoxesHoldTheirLabelsWithPadding() throws {
    let graph = GraphFigure(
      nodes: [
        GraphFigure.Node(
          id: 0, label: "param", value: "[1.192, -2.52, 2.075]", gradient: "[-1, -1, -1]"),
        GraphFigure.Node(id: 1, label: "sqrt", value: "0.2534", gradient: "1"),
      ], edges: [GraphFigure.Edge(from: 0, to: 1)])
    let layout = GraphLayout(graph)
    for box in layout.boxes {
      for (line, text) in box.lines.enumerated() {
        let width =
          SVGWriter.estimatedWidth(text, fontSize: PlotGeometry.fontSize) * (line == 0 ? 1.1 : 1)
        #expect(width + 2 * GraphLayout.horizontalPadding <= box.width + 0.001)
      }
      #expect(box.height >= Double(box.lines.count) * GraphLayout.lineHeight + 8)
    }
    let svg = try SVGDocument(graph.svg())
    // Drawn at its natural size: 12 px text stays 12 px.
    #expect(svg.root.value("width") == NumberFormat.attribute(layout.width))
    #expect(svg.root.value("class") == "sgp sgp-graph")
  }
}
