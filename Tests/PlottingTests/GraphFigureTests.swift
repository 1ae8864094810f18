import Testing

@testable import Plotting

@Suite struct GraphFigureTests {
  /// The notebook's loss for one sample: l = (abs(x) - f(x))², f(x) from x and w.
  static let lossGraph = GraphFigure(
    nodes: [
      .init(id: 1, label: "x", value: 6, gradient: nil),
      .init(id: 2, label: "w", value: "[0.1, -0.5, 1.2]", gradient: "[1.5, 9, 54]"),
      .init(id: 3, label: "f", value: 5.2, gradient: 1),
      .init(id: 4, label: "abs", value: 6, gradient: nil),
      .init(id: 5, label: "-", value: -0.8, gradient: -1.6),
      .init(id: 6, label: "^2", value: 0.64, gradient: 1),
    ],
    edges: [
      .init(from: 1, to: 3), .init(from: 2, to: 3), .init(from: 1, to: 4), .init(from: 4, to: 5),
      .init(from: 3, to: 5), .init(from: 5, to: 6),
    ])

  /// The x of each node's box by label.
  func boxX(_ svg: SVGDocument) -> [String: Double] {
    var result: [String: Double] = [:]
    for group in svg.elements("g", class: "sgp-graph-node") {
      let label = group.children(named: "text").first?.stringValue ?? ""
      result[label] = Double(group.children(named: "rect").first?.value("x") ?? "")
    }
    return result
  }

  @Test func everyNodeIsABoxWithItsLabelValueAndGradient() throws {
    let svg = try SVGDocument(Self.lossGraph.svg())
    let groups = svg.elements("g", class: "sgp-graph-node")
    #expect(groups.count == 6)
    let texts = svg.texts
    for expected in ["x", "value 6", "value 5.2", "grad -1.6", "^2", "value 0.64"] {
      #expect(texts.contains(expected), "missing \(expected)")
    }
    #expect(texts.contains("grad [1.5, 9, 54]"))
    #expect(svg.root.value("role") == "img")
    #expect(svg.elements("desc").first?.stringValue?.hasPrefix("6 nodes, 6 edges.") == true)
  }

  @Test func layersRunLeftToRightByLongestPathFromTheInputs() throws {
    let x = boxX(try SVGDocument(Self.lossGraph.svg()))
    let inputs = try #require(x["x"])
    #expect(x["w"] == inputs)
    #expect(try #require(x["f"]) > inputs)
    #expect(x["abs"] == x["f"])
    #expect(try #require(x["-"]) > #require(x["f"]))
    #expect(try #require(x["^2"]) > #require(x["-"]))
  }

  @Test func eachEdgeIsOneCurveWithAnArrowhead() throws {
    let svg = try SVGDocument(Self.lossGraph.svg())
    let curves = try #require(svg.elements("path", class: "sgp-edge").first?.value("d"))
    let heads = try #require(svg.elements("path", class: "sgp-arrow").first?.value("d"))
    #expect(subpaths(of: curves).count == 6)
    #expect(subpaths(of: heads).count == 6)
    let (_, _, width, height) = try #require(svg.viewBox)
    for point in subpaths(of: curves).joined() {
      #expect(point.x >= 0 && point.x <= width && point.y >= 0 && point.y <= height)
    }
  }

  @Test func edgesToUnknownNodesAndSelfLoopsAreIgnored() throws {
    let graph = GraphFigure(
      nodes: [.init(id: 1, label: "a"), .init(id: 2, label: "b")],
      edges: [.init(from: 1, to: 2), .init(from: 1, to: 9), .init(from: 2, to: 2)])
    let svg = try SVGDocument(graph.svg())
    let curves = svg.elements("path", class: "sgp-edge").first?.value("d") ?? ""
    #expect(subpaths(of: curves).count == 1)
  }

  @Test func aCycleStillLaysOutEveryNode() throws {
    let graph = GraphFigure(
      nodes: [.init(id: 1, label: "a"), .init(id: 2, label: "b"), .init(id: 3, label: "c")],
      edges: [.init(from: 1, to: 2), .init(from: 2, to: 3), .init(from: 3, to: 2)])
    let svg = try SVGDocument(graph.svg())
    #expect(svg.elements("g", class: "sgp-graph-node").count == 3)
  }

  @Test func anEmptyGraphIsAValidSVG() throws {
    let svg = try SVGDocument(GraphFigure(nodes: [], edges: []).svg(SVGOptions(caption: "none")))
    #expect(svg.elements("rect").isEmpty)
    #expect(svg.texts == ["none"])
  }

  @Test func numericNodesAreWrittenWithFourSignificantDigits() {
    let node = GraphFigure.Node(id: 0, label: "*", value: 1.0 / 3, gradient: 2e-7)
    #expect(node.value == "0.3333")
    #expect(node.gradient == "2e-7")
  }
}
