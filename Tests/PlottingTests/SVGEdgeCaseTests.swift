import Testing

@testable import Plotting

/// Data that is awkward to draw still gives a well-formed figure with every point in view.
@Suite struct SVGEdgeCaseTests {
  /// Parses the figure's SVG and checks that every path coordinate is finite and inside the
  /// viewBox; returns the document.
  @discardableResult
  func renderChecked(_ figure: Figure, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> SVGDocument
  {
    let svg = try SVGDocument(figure.svg(), sourceLocation: sourceLocation)
    let (_, _, width, height) = try #require(svg.viewBox, sourceLocation: sourceLocation)
    for path in svg.elements("path") {
      for point in subpaths(of: path.value("d") ?? "").joined() {
        #expect(point.x.isFinite && point.y.isFinite, sourceLocation: sourceLocation)
        #expect(point.x >= 0 && point.x <= width, sourceLocation: sourceLocation)
        #expect(point.y >= 0 && point.y <= height, sourceLocation: sourceLocation)
      }
    }
    return svg
  }

  func linePath(_ svg: SVGDocument) -> String {
    svg.elements("path", class: "sgp-line").first?.value("d") ?? ""
  }

  @Test func nanLeavesAGapBetweenTwoLines() throws {
    let y = (0..<30).map { $0 == 15 ? Double.nan : Double($0) }
    let svg = try renderChecked(Figure(Trace(y: y)))
    let lines = subpaths(of: linePath(svg))
    #expect(lines.count == 2)
    #expect(!linePath(svg).contains("NaN"))
  }

  @Test func infinityLeavesAGapLikeNaN() throws {
    var y = (0..<30).map { Double($0 % 7) }
    y[10] = .infinity
    y[20] = -.infinity
    let svg = try renderChecked(Figure(Trace(y: y)))
    #expect(subpaths(of: linePath(svg)).count == 3)
    #expect(!linePath(svg).contains("inf"))
  }

  @Test func anIsolatedPointBetweenGapsIsStillDrawnAsADot() throws {
    let y: [Double] = [1, 2, .nan] + [3] + [.nan] + Array(repeating: 4, count: 20)
    let svg = try renderChecked(Figure(Trace(y: y)))
    let lines = subpaths(of: linePath(svg))
    #expect(lines.count == 3)
    #expect(lines[1].count == 2 && lines[1][0] == lines[1][1])
  }

  @Test func constantDataIsCenteredInAWidenedRange() throws {
    let figure = Figure(Trace(y: Array(repeating: 3, count: 25)))
    let (_, y) = figure.resolvedAxes()
    #expect(y.lower < 3 && y.upper > 3)
    let svg = try renderChecked(figure)
    let line = subpaths(of: linePath(svg))
    #expect(line.count == 1 && line[0].count == 2)
    #expect(line[0][0].y == line[0][1].y)
    #expect(svg.texts.contains("3"))
  }

  @Test func constantZeroDataGetsTheRangeMinusOneToOne() {
    let (_, y) = Figure(Trace(y: Array(repeating: 0, count: 25))).resolvedAxes()
    #expect(y.lower == -1 && y.upper == 1)
  }

  @Test func aSinglePointIsDrawnAsAMarker() throws {
    let svg = try renderChecked(Figure(Trace(x: [2], y: [5])))
    let markers = svg.elements("path", class: "sgp-marker")
    #expect(markers.count == 1)
    #expect(subpaths(of: markers[0].value("d") ?? "").count == 1)
  }

  @Test func anEmptyTraceDrawsNoPathButKeepsItsLegendEntry() throws {
    let figure = Figure(traces: [Trace(y: [], name: "nothing"), Trace(y: [1, 2, 3], name: "b")])
    let svg = try renderChecked(figure)
    #expect(svg.elements("g", class: "sgp-trace").count == 2)
    #expect(svg.elements("g", class: "sgp-trace")[0].children(named: "path").isEmpty)
    #expect(svg.texts.contains("nothing"))
    #expect(
      svg.elements("desc").first?.stringValue?.contains("nothing: 0 points, none finite.") == true)
  }

  @Test func aFigureWithoutTracesShowsEmptyAxes() throws {
    let svg = try renderChecked(Figure())
    #expect(svg.elements("g", class: "sgp-trace").isEmpty)
    #expect(svg.texts.contains("0"))
  }

  @Test func hugeRangesStayInsideTheViewBox() throws {
    let figure = Figure(Trace(x: [0, 1, 2], y: [-1e308, 1e308, -.greatestFiniteMagnitude]))
    let svg = try renderChecked(figure)
    #expect(subpaths(of: linePath(svg)).first?.count == 3)
    #expect(svg.texts.contains("0"))
  }

  @Test func logAxesUpToTheLargestDoubleStillGetTickLabels() throws {
    var figure = Figure(Trace(y: [1e-2, 1, 1e100, 1e308]))
    figure.layout.yAxis.scale = .log
    let (_, y) = figure.resolvedAxes()
    let labels = y.ticks(targetCount: 5).map(\.label)
    #expect(labels.count >= 3, "\(labels)")
    let svg = try renderChecked(figure)
    #expect(svg.texts.contains { $0.contains("10") })
  }

  @Test func rangesBelowFloatingPointResolutionAreTreatedAsConstant() throws {
    let figure = Figure(Trace(y: [1, 1 + 2e-16, 1]))
    let (_, y) = figure.resolvedAxes()
    #expect(y.upper - y.lower > 0.1)
    try renderChecked(figure)
  }

  @Test func pointsOutsideAGivenRangeAreCutAtThePlotEdge() throws {
    let x = (-100...100).map { Double($0) / 10 }
    var figure = Figure(Trace(x: x, y: x.map { $0 * $0 }))
    figure.layout.xAxis.range = 0...5
    figure.layout.yAxis.range = 0...10
    let svg = try renderChecked(figure)
    let xs = subpaths(of: linePath(svg)).joined().map(\.x)
    let grid = subpaths(of: svg.elements("path", class: "sgp-grid").first?.value("d") ?? "")
    let plotLeft = grid.joined().map(\.x).min() ?? 0
    #expect(xs.allSatisfy { $0 >= plotLeft - 2 })
  }

  @Test func nonPositiveValuesOnALogAxisLeaveGaps() throws {
    var y = (0..<30).map { Double($0 + 1) }
    y[10] = 0
    y[20] = -5
    var figure = Figure(Trace(y: y))
    figure.layout.yAxis.scale = .log
    let svg = try renderChecked(figure)
    #expect(subpaths(of: linePath(svg)).count == 3)
  }

  @Test func xAndYOfDifferentLengthsUseTheShorter() throws {
    let trace = Trace(x: [1, 2, 3], y: [1, 2, 3, 4, 5])
    #expect(trace.count == 3)
    try renderChecked(Figure(trace))
  }

  @Test func nonFiniteLayoutSizesFallBackToDefaults() throws {
    let figure = Figure(Trace(y: [1, 2]), layout: Layout(width: .nan, height: .infinity))
    let svg = try renderChecked(figure)
    #expect(svg.root.value("height") == "450")
    #expect(svg.viewBox?.2 ?? 0 > 699.9 && svg.viewBox?.2 ?? 0 < 700.1)
  }
}
