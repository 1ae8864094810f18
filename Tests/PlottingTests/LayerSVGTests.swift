import Foundation
import Testing

@testable import Plotting

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The SVG of bars, heatmaps, contour lines and subplot grids, read back with an XML parser:
/// pixel positions are turned back into data through the tick labels the SVG itself prints, and
/// compared with numbers computed here.
@Suite struct LayerSVGTests {
  /// The affine map from data to pixels along one axis, fitted to two tick labels' positions.
  struct AxisMap {
    var offset: Double
    var scale: Double

    /// From the `<text>` tick labels of the nested `<svg>` `group` (`sgp-xticks`/`sgp-yticks`),
    /// reading the position attribute `coordinate`: `x` in percent of the figure's width,
    /// turned into the plot area's pixels of a `width`-wide design (the area spans the same
    /// percent of the figure as of its design width); `y` in pixels, shifted back by the 4 px
    /// baseline.
    init(_ svg: SVGDocument, group: String, coordinate: String, width: Double = 600) throws {
      let labels = try #require(svg.elements("svg", class: group).first)
      let ticks = labels.children(named: "text").compactMap { text -> (Double, Double)? in
        guard let value = Double(text.stringValue ?? ""), let written = text.value(coordinate)
        else { return nil }
        if coordinate == "y" { return Double(written).map { (value, $0 - 4) } }
        guard written.hasSuffix("%"), let percent = Double(written.dropLast()) else { return nil }
        return (value, percent / 100 * width)
      }
      try #require(ticks.count >= 2)
      let (v0, p0) = ticks[0]
      let (v1, p1) = ticks[ticks.count - 1]
      scale = (p1 - p0) / (v1 - v0)
      offset = p0 - scale * v0
    }

    func data(_ pixel: Double) -> Double { (pixel - offset) / scale }
  }

  /// The rectangles of a path made of `M x y H x V y H x Z` pieces, as (minX, maxX, minY, maxY).
  static func rectangles(_ data: String) -> [(Double, Double, Double, Double)] {
    subpaths(of: data).map { points in
      let xs = points.map(\.x)
      let ys = points.map(\.y)
      return (xs.min() ?? 0, xs.max() ?? 0, ys.min() ?? 0, ys.max() ?? 0)
    }
  }

  @Test func histogramBarsSpanTheirBinsAndRiseToTheirCounts() throws {
    // Edges 1…8 and counts 1 2 3 1 0 0 1 (see HistogramBinsTests for the derivation).
    let edges: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
    let counts: [Double] = [1, 2, 3, 1, 0, 0, 1]
    var figure = Figure(layout: Layout(width: 600, height: 400))
    figure.layers = [
      .bars(Bars(edges: edges, heights: counts, name: "y1", color: Color(hex: 0x009AFA)))
    ]
    figure.layout.yAxis.range = 0...3.15
    let svg = try SVGDocument(figure.svg())
    let x = try AxisMap(svg, group: "sgp-xticks", coordinate: "x")
    let y = try AxisMap(svg, group: "sgp-yticks", coordinate: "y")
    // The legend's swatch comes first (the legend is above the plot), the bars last.
    let path = try #require(svg.elements("path", class: "sgp-bar").last)
    #expect(path.value("fill") == "#009afa")
    // Empty bins draw nothing: five rectangles for the five non-empty bins.
    let drawn = Self.rectangles(try #require(path.value("d")))
    let expected = zip(edges.indices.dropLast(), counts).filter { $0.1 > 0 }
    #expect(drawn.count == expected.count)
    for ((index, count), rect) in zip(expected, drawn) {
      #expect(abs(x.data(rect.0) - edges[index]) < 0.02)
      #expect(abs(x.data(rect.1) - edges[index + 1]) < 0.02)
      #expect(abs(y.data(rect.3) - 0) < 0.02)
      #expect(abs(y.data(rect.2) - count) < 0.02)
    }
  }

  @Test func heatmapCellsTakeTheInterpolatedInfernoColors() throws {
    // Values 0, 1/58 and 1 over 0…1: t = 0 is inferno's first stop (0.001462, 0.000466,
    // 0.013866) → #000004; t = 1/58 lies half-way between the first two of its 30 stops (the
    // second is matplotlib's color 10 of 256, (0.016561, 0.013136, 0.080282)), whose mean
    // (0.0090115, 0.006801, 0.047074) × 255 rounds to (2, 2, 12) → #02020c; t = 1 is the last
    // stop (0.988362, 0.998364, 0.644924) → #fcffa4.
    let map = Heatmap(
      xEdges: [0, 1, 2, 3], yEdges: [0, 1], values: [[0, 1.0 / 58, 1]], gradient: .inferno,
      zRange: 0...1)
    var figure = Figure(layout: Layout(width: 600, height: 400))
    figure.layers = [.heatmap(map)]
    figure.layout.xAxis.range = 0...3
    figure.layout.yAxis.range = 0...1
    let svg = try SVGDocument(figure.svg())
    let x = try AxisMap(svg, group: "sgp-xticks", coordinate: "x")
    let group = try #require(svg.elements("g", class: "sgp-heatmap").first)
    let cells = group.children(named: "path")
    #expect(cells.map { $0.value("fill") } == ["#000004", "#02020c", "#fcffa4"])
    for (column, cell) in cells.enumerated() {
      let rect = try #require(Self.rectangles(cell.value("d") ?? "").first)
      #expect(abs(x.data(rect.0) - Double(column)) < 0.01)
      #expect(abs(x.data(rect.1) - Double(column + 1)) < 0.01)
    }
    // The color bar: bands from the lowest value's color at the bottom to the highest's.
    let bar = try #require(svg.elements("svg", class: "sgp-colorbar").first)
    let bands = try #require(bar.children(named: "g").first).children(named: "path")
    #expect(bands.count == 64)
  }

  @Test func gradientInterpolatesLinearlyBetweenNeighbouringStops() {
    let gradient = ColorGradient(stops: [(0, 0, 0), (1, 0.5, 0), (1, 1, 1)])
    #expect(gradient.color(at: -1).hexString == "#000000")
    #expect(gradient.color(at: 0.25).hexString == "#804000")  // half of (255, 127.5, 0)
    #expect(gradient.color(at: 0.5).hexString == "#ff8000")
    #expect(gradient.color(at: 0.75).hexString == "#ffbf80")  // (255, 191.25, 127.5)
    #expect(gradient.color(at: 2).hexString == "#ffffff")
  }

  @Test func contourPointsLieWhereThePlaneTakesTheLevel() throws {
    // z = x + 2y is linear, so the interpolated crossings lie exactly on x + 2y = level.
    let xs = (0...10).map { Double($0) / 5 }
    let ys = (0...10).map { Double($0) / 5 }
    let z = ys.map { y in xs.map { x in x + 2 * y } }
    let levels = [1.0, 2.5, 4.0]
    var figure = Figure(layout: Layout(width: 600, height: 400))
    figure.layers = [
      .contour(Contour(x: xs, y: ys, z: z, levels: levels, gradient: .inferno, zRange: 0...6))
    ]
    figure.layout.xAxis.range = 0...2
    figure.layout.yAxis.range = 0...2
    let svg = try SVGDocument(figure.svg())
    let x = try AxisMap(svg, group: "sgp-xticks", coordinate: "x")
    let y = try AxisMap(svg, group: "sgp-yticks", coordinate: "y")
    let lines = try #require(svg.elements("g", class: "sgp-contour").first).children(named: "path")
    #expect(lines.count == levels.count)
    for (line, level) in zip(lines, levels) {
      let points = subpaths(of: line.value("d") ?? "").flatMap { $0 }
      #expect(!points.isEmpty)
      for point in points {
        // One pixel is about 0.004 data units along either axis here.
        #expect(abs(x.data(point.x) + 2 * y.data(point.y) - level) < 0.02)
      }
      // The line's color is the gradient at the level's place in 0…6.
      #expect(line.value("stroke") == ColorGradient.inferno.color(at: level / 6).hexString)
    }
  }

  @Test func marchingSquaresInterpolatesAlongCellEdges() {
    // One cell with corners 0 (lower left), 4 (lower right), 4 (upper right), 0 (upper left):
    // the level 1 crosses the bottom edge at x = 1/4 and the top edge at x = 1/4.
    let segments = MarchingSquares.segments(
      x: [0, 1], y: [0, 1], z: [[0, 4], [0, 4]], level: 1)
    #expect(segments.count == 1)
    let points = segments.flatMap { [$0.from, $0.to] }
    #expect(points.allSatisfy { abs($0.x - 0.25) < 1e-12 })
    #expect(Set(points.map(\.y)) == [0, 1])
  }

  @Test func subplotsTileTheFigureInReadingOrder() throws {
    var grid = Figure(layout: Layout(width: 600, height: 400))
    grid.subplots = (1...3).map { index in
      Figure(Trace(y: [1, 2, Double(index)]), layout: Layout(title: "plot \(index)"))
    }
    grid.gridColumns = 2
    let svg = try SVGDocument(grid.svg())
    // Two columns of half the width each; two rows, each two thirds of 400 px rounded (267).
    #expect(svg.root.value("width") == "100%")
    #expect(svg.root.value("height") == "534")
    let cells = svg.root.children(named: "svg")
    let boxes = cells.map { cell in
      ["x", "y", "width", "height"].map { cell.value($0) ?? "" }
    }
    #expect(
      boxes == [
        ["0%", "0", "50%", "267"], ["50%", "0", "50%", "267"], ["0%", "267", "50%", "267"],
      ]
    )
    let titles = cells.map { cell in
      cell.children(named: "text").first { $0.value("class") == "sgp-title" }?.stringValue
    }
    #expect(titles == ["plot 1", "plot 2", "plot 3"])
    // Every id stays unique across the subplots.
    let ids = svg.elements("title").compactMap { $0.value("id") }
    #expect(Set(ids).count == ids.count)
  }
}

/// Filled contours: every point of a band's polygons lies where the plane takes a value inside
/// the band.
@Suite struct FilledContourTests {
  @Test func bandPolygonsLieBetweenTheirLevels() {
    let xs = (0...8).map { Double($0) / 4 }
    let ys = (0...8).map { Double($0) / 4 }
    let z = ys.map { y in xs.map { x in x + 2 * y } }
    let bands: [(Double, Double)] = [(0, 1.5), (1.5, 3), (3, 6)]
    var area = 0.0
    for (lower, upper) in bands {
      let polygons = FilledContour.band(x: xs, y: ys, z: z, lower: lower, upper: upper)
      #expect(!polygons.isEmpty)
      for polygon in polygons {
        for point in polygon {
          let value = point.x + 2 * point.y
          #expect(value >= lower - 1e-9 && value <= upper + 1e-9)
        }
        // The shoelace formula: the bands' areas add up to the grid's.
        var twice = 0.0
        for index in polygon.indices {
          let p = polygon[index]
          let q = polygon[(index + 1) % polygon.count]
          twice += p.x * q.y - q.x * p.y
        }
        area += abs(twice) / 2
      }
    }
    #expect(abs(area - 4) < 1e-9)
  }

  @Test func filledBandsAreColoredByTheirLowerLevel() throws {
    let xs = (0...4).map(Double.init)
    let z = xs.map { y in xs.map { x in x + y } }
    var figure = Figure(layout: Layout(width: 600, height: 400))
    figure.layers = [
      .contour(
        Contour(
          x: xs, y: xs, z: z, levels: [0, 4], gradient: .inferno, zRange: 0...4, filled: true))
    ]
    let svg = try SVGDocument(figure.svg())
    let bands = try #require(svg.elements("g", class: "sgp-contour-fill").first).children(
      named: "path")
    // GR's contourf colors: the levels' own extrema map to the gradient's ends.
    #expect(bands.map { $0.value("fill") } == ["#000004", "#fcffa4"])
  }
}

/// Layers in text plots: bars as outlines, heatmaps as the borders between their regions.
@Suite struct LayerBrailleTests {
  @Test func aHeatmapOfTwoClassesShowsTheBorderBetweenThem() {
    // Class 1 left of x = 2, class 2 right of it: the border runs down the middle.
    var figure = Figure()
    figure.layers = [
      .heatmap(
        Heatmap(
          xEdges: [0, 1, 2, 3, 4], yEdges: [0, 1, 2], values: [[1, 1, 2, 2], [1, 1, 2, 2]],
          gradient: .inferno, zRange: 1...2))
    ]
    let text = figure.braille(width: 20, height: 5)
    let rows = text.split(separator: "\n").filter { $0.contains("│") }
    #expect(rows.count == 5)
    for row in rows {
      let canvas = Array(row.drop { $0 != "│" }.dropFirst().prefix(20))
      let dotted = canvas.indices.filter { canvas[$0] != "⠀" }
      // Cell centers 1.5 and 2.5 → the level 1.5 crosses at x = 2: column 10 of 20 (or 9).
      #expect(dotted.allSatisfy { (9...10).contains($0) }, "\(row)")
    }
    #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
  }
}
