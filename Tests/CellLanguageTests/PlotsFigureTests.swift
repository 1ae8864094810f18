import Plotting
import Testing

@testable import CellLanguage

/// The figures Plots calls make: series become traces or layers with Plots 0.25's defaults.
@Suite struct PlotsFigureTests {
  /// The figure the last cell of `code` shows.
  static func figure(_ code: String) throws -> Figure {
    let session = Session()
    let result = session.evaluate(code)
    if let error = result.error { Issue.record("\(error.message)") }
    for case .figure(let figure) in result.outputs.reversed() { return figure }
    throw FigureMissing()
  }

  struct FigureMissing: Error {}

  @Test func barsAreFourFifthsOfTheSmallestGapWide() throws {
    // Plots' bar recipe: half-width 0.5 · 0.8 · the smallest positive gap between xs (1 here).
    let figure = try Self.figure("using Plots\nbar([1, 2, 4], [3, 1, 2])")
    guard case .bars(let bars)? = figure.layers.first else {
      Issue.record("no bars")
      return
    }
    #expect(bars.lefts == [0.6, 1.6, 3.6])
    #expect(bars.rights == [1.4, 2.4, 4.4])
    #expect(bars.heights == [3, 1, 2])
    #expect(bars.name == "y1")
    #expect(bars.color.hexString == "#009afa")
  }

  @Test func histogramUsesFreedmanDiaconisBinsByDefault() throws {
    // See HistogramBinsTests: 7 bins, edges 1…8.
    let figure = try Self.figure(
      "using Plots\nhistogram([1.0, 2.0, 2.5, 3.0, 3.1, 3.2, 4.0, 7.5])")
    guard case .bars(let bars)? = figure.layers.first else {
      Issue.record("no bars")
      return
    }
    #expect(bars.lefts == [1, 2, 3, 4, 5, 6, 7])
    #expect(bars.heights == [1, 2, 3, 1, 0, 0, 1])
    // The y axis starts at the bars' baseline.
    #expect(figure.layout.yAxis.range?.lowerBound == 0)
  }

  @Test func heatmapCellsAreCenteredOnTheGivenCoordinates() throws {
    // Plots' _heatmap_edges: midpoints, and half the end gaps beyond the ends.
    let figure = try Self.figure("using Plots\nheatmap([1, 2, 4], [0, 1], [1 2 3; 4 5 6])")
    guard case .heatmap(let map)? = figure.layers.first else {
      Issue.record("no heatmap")
      return
    }
    #expect(map.xEdges == [0.5, 1.5, 3, 5])
    #expect(map.yEdges == [-0.5, 0.5, 1.5])
    #expect(map.values == [[1, 2, 3], [4, 5, 6]])
    #expect(map.zRange == 1...6)
    #expect(figure.layout.xAxis.range == 0.5...5)
  }

  @Test func contourLevelsSplitTheRangeWithoutItsEnds() throws {
    // contour_levels: range(zmin, stop = zmax, length = n + 2)[2:end-1]; z from 0 to 4.
    let figure = try Self.figure(
      "using Plots\ncontour(0:2, 0:2, (x, y) -> x + y; levels = 3)")
    guard case .contour(let contour)? = figure.layers.first else {
      Issue.record("no contour")
      return
    }
    #expect(contour.levels == [1, 2, 3])
    #expect(contour.z == [[0, 1, 2], [1, 2, 3], [2, 3, 4]])
  }

  @Test func layoutPutsEachSeriesInItsSubplot() throws {
    let figure = try Self.figure(
      "using Plots\nplot([1 2; 3 4; 5 6]; layout = (2, 1), title = [\"a\" \"b\"])")
    #expect(figure.subplots.count == 2)
    #expect(figure.gridColumns == 1)
    #expect(figure.subplots.map(\.layout.title) == ["a", "b"])
    #expect(figure.subplots.map { $0.traces.map(\.y) } == [[[1, 3, 5]], [[2, 4, 6]]])
    // plot(p1, p2, p3) with an integer layout: round(sqrt(3)) = 2 rows of 2 columns.
    let three = try Self.figure("using Plots\nplot(plot(1:2), plot(1:3), plot(1:4); layout = 3)")
    #expect(three.subplots.count == 3)
    #expect(three.gridColumns == 2)
  }

  @Test func seriesTakeLabelsAndColorsInTurn() throws {
    let figure = try Self.figure(
      "using Plots\nplot(1:3, [1 2; 3 4; 5 6]; label = [\"first\" \"second\"])\nplot!(1:3; c = :red)"
    )
    #expect(figure.traces.map(\.name) == ["first", "second", "y3"])
    #expect(figure.traces.map { $0.color?.hexString } == ["#009afa", "#e36f47", "#ff0000"])
  }

  @Test func unicodeScatterplotDrawsPointsNotLines() throws {
    let session = Session()
    let result = session.evaluate("using UnicodePlots\nscatterplot([1, 10], [1, 10])")
    var text = ""
    for case .textFigure(let figure) in result.outputs { text = figure }
    // Two points far apart: two braille cells with dots, not a diagonal of them.
    let dotted = text.unicodeScalars.filter { $0.value > 0x2800 && $0.value <= 0x28FF }
    #expect(dotted.count == 2)
  }

  @Test func heatmapTakesAGradientOfGivenColorsAndCanHideItsColorBar() throws {
    let figure = try Self.figure(
      "using Plots\nheatmap([1 2; 2 1]; c = cgrad([\"#000000\", :white]), colorbar = false)")
    guard case .heatmap(let map)? = figure.layers.first else {
      Issue.record("no heatmap")
      return
    }
    #expect(map.gradient.color(at: 0).hexString == "#000000")
    #expect(map.gradient.color(at: 0.5).hexString == "#808080")
    #expect(map.gradient.color(at: 1).hexString == "#ffffff")
    #expect(!map.showsColorBar)
  }

  @Test func attributeSettersChangeTheCurrentPlot() throws {
    let figure = try Self.figure(
      "using Plots\nplot(1:3)\ntitle!(\"Three\")\nxlabel!(\"x\")\nxlims!(0, 4)\nylims!((0, 5))\nPlots.current()"
    )
    #expect(figure.layout.title == "Three")
    #expect(figure.layout.xAxis.title == "x")
    #expect(figure.layout.xAxis.range == 0...4)
    #expect(figure.layout.yAxis.range == 0...5)
  }

  @Test func anEmptyLabelKeepsASeriesOutOfTheLegend() throws {
    let hidden = try Self.figure("using Plots\nplot(1:3; label = \"\")")
    #expect(hidden.layout.showLegend == false)
    let bars = try Self.figure("using Plots\nbar([1, 2]; label = \"\")")
    #expect(bars.layout.showLegend == false)
    let shown = try Self.figure("using Plots\nplot(1:3)")
    #expect(shown.layout.showLegend == true)
    #expect(shown.traces.first?.name == "y1")
  }

  @Test func binsHasPlotsAliases() throws {
    // add_aliases(:bins, :bin, :nbin, :nbins, :nb) in Plots 0.25's src/args.jl.
    for alias in ["bins", "nbins", "nb"] {
      let figure = try Self.figure("using Plots\nhistogram([0, 0.3, 1]; \(alias) = 4)")
      guard case .bars(let bars)? = figure.layers.first else {
        Issue.record("no bars")
        continue
      }
      #expect(bars.lefts + [bars.rights.last ?? 0] == [0, 0.5, 1, 1.5])
    }
  }
}
