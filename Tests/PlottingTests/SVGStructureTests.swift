import Foundation
import Testing

@testable import Plotting

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct SVGStructureTests {
  /// The notebook's figure: |x| and a fit over -10:0.1:10.
  static func notebookFigure(title: String? = nil) -> Figure {
    let x = (-100...100).map { Double($0) / 10 }
    return Figure(
      traces: [
        Trace(x: x, y: x.map(abs), name: "|x|"),
        Trace(x: x, y: x.map { 0.5 - 0.3 * $0 + 0.002 * $0 * $0 * $0 }, name: "f(x)"),
      ], layout: Layout(title: title))
  }

  @Test func svgIsWellFormedAndLabelledForAssistiveTechnology() throws {
    let svg = try SVGDocument(Self.notebookFigure(title: "Fit of |x|").svg())
    #expect(svg.root.name == "svg")
    #expect(svg.root.value("role") == "img")
    #expect(svg.root.value("width") == "100%")
    #expect(svg.root.value("aria-labelledby") == "plot-title plot-desc")
    let title = try #require(svg.elements("title").first)
    #expect(title.value("id") == "plot-title")
    #expect(title.stringValue == "Fit of |x|")
    let desc = try #require(svg.elements("desc").first)
    #expect(
      desc.stringValue?.contains("|x|: 201 points, x from -10 to 10, y from 0 to 10.") == true)
  }

  @Test func altTextBecomesTheAccessibleNameOfPlotsAndGraphs() throws {
    let options = SVGOptions(alt: "The fit lies close to |x| except near 0")
    let plot = try SVGDocument(Self.notebookFigure(title: "Fit").svg(options))
    #expect(plot.elements("title").first?.stringValue == "The fit lies close to |x| except near 0")
    let graph = GraphFigure(
      nodes: [GraphFigure.Node(id: 0, label: "x", value: "1.0", gradient: "2.0")], edges: [])
    let drawn = try SVGDocument(graph.svg(options))
    #expect(drawn.elements("title").first?.stringValue == "The fit lies close to |x| except near 0")
  }

  @Test func eachTraceIsOneLinePathInItsOwnGroupAndHoverBandsGiveValues() throws {
    let svg = try SVGDocument(Self.notebookFigure().svg())
    let groups = svg.elements("g", class: "sgp-trace")
    #expect(groups.count == 2)
    // Two traces plus two legend samples.
    #expect(svg.elements("path", class: "sgp-line").count == 4)
    // No tooltip lists a trace's points; a few bands each name the nearest points instead.
    #expect(groups.allSatisfy { $0.children(named: "title").isEmpty })
    let hover = try #require(svg.elements("g", class: "sgp-hover").first)
    let bands = hover.children(named: "path")
    #expect(bands.count == Figure.hoverBandLimit)
    let titles = bands.compactMap { $0.children(named: "title").first?.stringValue }
    #expect(titles.count == bands.count)
    #expect(titles.first == "x -9: |x| 9, f(x) 1.74")
    #expect(titles.allSatisfy { $0.utf8.count < 60 })
    // The bands are in the plot area, after the traces, so they take the pointer.
    let area = try #require(svg.elements("svg", class: "sgp-area").first)
    #expect(area.children(named: "g").last?.value("class") == "sgp-hover")
  }

  @Test func aPlotFillsItsContainerAndKeepsItsTextUnscaled() throws {
    let svg = try SVGDocument(Self.notebookFigure(title: "T").svg())
    #expect(svg.root.value("viewBox") == nil)
    #expect(svg.root.value("width") == "100%")
    #expect(svg.root.value("height") == "450")
    let area = try #require(svg.elements("svg", class: "sgp-area").first)
    #expect(area.value("preserveAspectRatio") == "none")
    // Text lies outside the stretched area, placed in percent of the figure's width.
    #expect(area.children(named: "text").isEmpty)
    for text in svg.elements("svg", class: "sgp-xticks").first?.children(named: "text") ?? [] {
      #expect(text.value("x")?.hasSuffix("%") == true)
    }
    let yTicks = try #require(svg.elements("svg", class: "sgp-yticks").first)
    #expect(yTicks.value("x") == area.value("x"))
    #expect(yTicks.children(named: "text").allSatisfy { $0.value("x") == "-6" })
    // The legend sits above the plot area, in pixels from its left edge.
    let legend = try #require(svg.elements("svg", class: "sgp-legend").first)
    #expect(legend.value("x") == area.value("x"))
    #expect(legend.children(named: "g").count == 2)
  }

  @Test func traceColorsFollowPlotlysColorwayUnlessSet() throws {
    var figure = Self.notebookFigure()
    figure.traces.append(Trace(y: [1, 2, 3], color: Color(css: "green")))
    let svg = try SVGDocument(figure.svg())
    let strokes = svg.elements("g", class: "sgp-trace").compactMap {
      $0.children(named: "path").first?.value("stroke")
    }
    #expect(strokes == ["#1f77b4", "#ff7f0e", "#008000"])
  }

  @Test func allPathCoordinatesLieInsideTheViewBox() throws {
    let svg = try SVGDocument(Self.notebookFigure(title: "T").svg(SVGOptions(caption: "C")))
    let (minX, minY, width, height) = try #require(svg.viewBox)
    let paths = svg.elements("path")
    #expect(!paths.isEmpty)
    for path in paths {
      for point in subpaths(of: path.value("d") ?? "").joined() {
        #expect(point.x >= minX && point.x <= minX + width, "\(point)")
        #expect(point.y >= minY && point.y <= minY + height, "\(point)")
      }
    }
    for text in svg.elements("text") {
      let x = try #require(svg.x(of: text))
      let y = try #require(svg.y(of: text))
      #expect(x >= 0 && x <= width && y >= 0 && y <= height)
    }
  }

  @Test func tickLabelsTitlesLegendAndCaptionArePresent() throws {
    var figure = Self.notebookFigure(title: "Fit")
    figure.layout.xAxis.title = "x"
    figure.layout.yAxis.title = "value"
    let svg = try SVGDocument(figure.svg(SVGOptions(caption: "Polynomial fit")))
    let texts = svg.texts
    for label in [
      "-10", "-5", "0", "5", "10", "Fit", "x", "value", "Polynomial fit", "|x|", "f(x)",
    ] {
      #expect(texts.contains(label), "missing \(label)")
    }
    let yTitle = try #require(svg.elements("text").first { $0.stringValue == "value" })
    #expect(yTitle.value("transform")?.hasPrefix("rotate(-90") == true)
  }

  @Test func xTickLabelsDoNotOverlapWideOrNarrow() throws {
    for width in [300.0, 700] {
      var figure = Figure(Trace(x: [0, 1_234_567], y: [0, 1]))
      figure.layout.width = width
      let svg = try SVGDocument(figure.svg())
      let labels = svg.elements("svg", class: "sgp-xticks").first?.children(named: "text") ?? []
      // Wide figures show the labels without `sgp-narrow`; narrow ones (at the width the
      // margins are sized for) those without `sgp-wide`.
      for (hidden, shownWidth) in [("sgp-narrow", width), ("sgp-wide", PlotGeometry.narrowWidth)] {
        let shown = labels.filter { $0.value("class") != hidden }
        #expect(shown.count >= 2)
        for (a, b) in zip(shown, shown.dropFirst()) {
          let percent = { (text: XMLElement) in Double(text.value("x")?.dropLast() ?? "") ?? 0 }
          let gap = (percent(b) - percent(a)) * shownWidth / 100
          let needed =
            (SVGWriter.estimatedWidth(a.stringValue ?? "", fontSize: 12)
              + SVGWriter.estimatedWidth(b.stringValue ?? "", fontSize: 12)) / 2
          #expect(gap >= needed, "\(width): \(a.stringValue ?? "") \(b.stringValue ?? "")")
        }
      }
    }
  }

  @Test func colorsComeFromClassesWithCustomPropertiesAndADarkScheme() throws {
    let svg = try SVGDocument(Self.notebookFigure().svg())
    let style = try #require(svg.elements("style").first?.stringValue)
    #expect(style.contains("var(--plot-text,#444)"))
    #expect(style.contains("prefers-color-scheme:dark"))
    #expect(svg.elements("path", class: "sgp-grid").count == 1)
    #expect(svg.elements("path", class: "sgp-zero").count == 1)
    let withoutStyle = try SVGDocument(Self.notebookFigure().svg(SVGOptions(includesStyle: false)))
    #expect(withoutStyle.elements("style").isEmpty)
  }

  @Test func idsTakeThePrefixGivenSoFiguresOnOnePageDoNotClash() throws {
    let svg = try SVGDocument(Self.notebookFigure().svg(SVGOptions(id: "fig-3")))
    #expect(svg.elements("title").first?.value("id") == "fig-3-title")
    #expect(svg.elements("desc").first?.value("id") == "fig-3-desc")
  }

  @Test func textIsEscaped() throws {
    let figure = Figure(Trace(y: [1, 2], name: "a < b & \"c\""), layout: Layout(title: "<&>"))
    let svg = try SVGDocument(figure.svg())
    #expect(svg.elements("title").first?.stringValue == "<&>")
    #expect(svg.texts.contains("a < b & \"c\""))
  }

  @Test func renderingIsDeterministic() {
    let figure = Self.notebookFigure(title: "Same")
    #expect(figure.svg() == figure.svg())
    #expect(figure.braille(color: true) == figure.braille(color: true))
  }

  @Test func aThreeTraceFigureOf201PointsStaysUnder12KB() {
    var figure = Self.notebookFigure()
    let x = (-100...100).map { Double($0) / 10 }
    figure.traces.append(Trace(x: x, y: x.map { 0.8 * abs($0) + sin($0) }, name: "g(x)"))
    #expect(figure.svg().utf8.count < 12 * 1024)
  }

  @Test func collinearPointsAreDroppedFromPathData() throws {
    let x = (-100...100).map { Double($0) / 10 }
    let svg = try SVGDocument(Figure(Trace(x: x, y: x.map(abs))).svg())
    let line = try #require(svg.elements("path", class: "sgp-line").first?.value("d"))
    #expect(subpaths(of: line).map(\.count) == [3])
  }

  @Test func legendIsShownForSeveralTracesOrANamedOne() {
    #expect(Figure(Trace(y: [1, 2])).showsLegend == false)
    #expect(Figure(Trace(y: [1, 2], name: "a")).showsLegend)
    #expect(Figure(traces: [Trace(y: [1]), Trace(y: [2])]).showsLegend)
    var hidden = Figure(traces: [Trace(y: [1]), Trace(y: [2])])
    hidden.layout.showLegend = false
    #expect(hidden.showsLegend == false)
  }

  @Test func markersAreDotsAtEachPoint() throws {
    let figure = Figure(Trace(x: [1, 2, 3], y: [3, 1, 2], mode: .markers))
    let svg = try SVGDocument(figure.svg())
    #expect(svg.elements("path", class: "sgp-line").isEmpty)
    let markers = try #require(svg.elements("path", class: "sgp-marker").first?.value("d"))
    #expect(subpaths(of: markers).count == 3)
    #expect(markers.hasSuffix("h0"))
  }

  @Test func dashesScaleWithLineWidthAsInPlotly() throws {
    let figure = Figure(Trace(y: Array(repeating: 1, count: 30), width: 4, dash: .dashDot))
    let svg = try SVGDocument(figure.svg())
    let line = try #require(svg.elements("path", class: "sgp-line").first)
    #expect(line.value("stroke-dasharray") == "12,4,4,4")
  }

  @Test func logAxesPlaceDecadesEvenly() throws {
    let figure = Figure(
      Trace(x: [1, 2, 3], y: [1, 10, 100]), layout: Layout(yAxis: Axis(scale: .log)))
    let svg = try SVGDocument(figure.svg())
    let marker = try #require(svg.elements("path", class: "sgp-marker").first?.value("d"))
    let ys = subpaths(of: marker).map { $0[0].y }
    #expect(ys.count == 3)
    #expect(abs((ys[0] - ys[1]) - (ys[1] - ys[2])) <= 0.2)
    let labels = svg.elements("svg", class: "sgp-yticks").first?.children(named: "text")
    #expect(labels?.compactMap(\.stringValue).contains("10") == true)
  }
}
