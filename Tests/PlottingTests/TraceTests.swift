import Testing

@testable import Plotting

@Suite struct TraceTests {
  @Test func automaticModeFollowsPlotlysTwentyPointRule() {
    #expect(Trace(y: Array(repeating: 0, count: 19)).resolvedMode == .linesAndMarkers)
    #expect(Trace(y: Array(repeating: 0, count: 20)).resolvedMode == .lines)
    #expect(Trace(y: Array(repeating: 0, count: 201)).resolvedMode == .lines)
    #expect(Trace(y: [1], mode: .markers).resolvedMode == .markers)
  }

  @Test func aTraceWithoutXIsPlottedAgainstOneToN() {
    let trace = Trace(y: [5, 6, 7])
    #expect((0..<trace.count).map(trace.xValue(at:)) == [1, 2, 3])
  }

  @Test func samplingIncludesBothEndsEvenlySpaced() {
    let trace = Trace.sampling({ $0 * 2 }, from: -10, to: 10, count: 201, name: "2x")
    #expect(trace.count == 201)
    #expect(trace.x?.first == -10 && trace.x?.last == 10)
    #expect(trace.x?[100] == 0)
    #expect(trace.y[200] == 20)
    #expect(trace.name == "2x")
  }

  @Test func tracesTakePlotlysColorwayInTurn() {
    let figure = Figure(traces: (0..<11).map { _ in Trace(y: [1]) })
    let colors = (0..<11).map { figure.color(ofTraceAt: $0).hexString }
    #expect(colors.prefix(4) == ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"])
    #expect(colors[10] == colors[0])
  }

  @Test func unnamedTracesAreNamedByIndexInTheLegend() {
    let figure = Figure(traces: [Trace(y: [1]), Trace(y: [2], name: "b")])
    #expect(figure.legendName(ofTraceAt: 0) == "trace 0")
    #expect(figure.legendName(ofTraceAt: 1) == "b")
  }

  @Test func cssColorsParseHexAndNames() {
    #expect(Color(css: "green")?.hexString == "#008000")
    #expect(Color(css: " #ABC ")?.hexString == "#aabbcc")
    #expect(Color(css: "#1f77b4") == Color(hex: 0x1f77b4))
    #expect(Color(css: "Steelblue")?.hexString == "#4682b4")
    #expect(Color(css: "#12345") == nil)
    #expect(Color(css: "nope") == nil)
    #expect(Color(css: "url(#x)") == nil)
  }

  @Test func terminalColorsAreTheNearestHue() {
    #expect(ANSIColor(nearest: Color(hex: 0x1f77b4)) == .blue)
    #expect(ANSIColor(nearest: Color(hex: 0xff7f0e)) == .yellow)
    #expect(ANSIColor(nearest: Color(hex: 0x2ca02c)) == .green)
    #expect(ANSIColor(nearest: Color(hex: 0xd62728)) == .red)
    #expect(ANSIColor(nearest: Color(hex: 0x9467bd)) == .magenta)
    #expect(ANSIColor(nearest: Color(hex: 0x17becf)) == .cyan)
    #expect(ANSIColor(nearest: Color(hex: 0x7f7f7f)) == .gray)
  }

  @Test func yAxesArePaddedAndLineOnlyXAxesAreNot() {
    let figure = Figure(Trace(x: (0...20).map(Double.init), y: (0...20).map(Double.init)))
    let (x, y) = figure.resolvedAxes()
    #expect(x.lower == 0 && x.upper == 20)
    #expect(y.lower == -1 && y.upper == 21)
  }
}

@Suite struct PlotlyNameTests {
  @Test func plotlyOptionStringsNameTheModesDashesAndScales() {
    #expect(Trace.Mode(rawValue: "lines+markers") == .linesAndMarkers)
    #expect(Trace.Mode(rawValue: "markers") == .markers)
    #expect(Trace.Dash(rawValue: "longdashdot") == .longDashDot)
    #expect(Axis.Scale(rawValue: "log") == .log)
    #expect(Axis.Scale(rawValue: "date") == nil)
  }
}
