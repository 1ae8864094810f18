import Foundation
import Plotting
import SourcePositions

extension LibraryModule {
  /// UnicodePlots 1.1's `barplot`, `barplot!` and `histogram`: horizontal bar charts in text.
  static var unicodeBarFunctions: [LibraryFunction] {
    let keywords: Set<String> = ["title", "xlabel", "ylabel", "width", "symb"]
    return [
      LibraryFunction(
        "barplot",
        [
          LibraryMethod([.any, .any], keywords: keywords) { call in
            let (labels, values) = try call.session.barRows(call.args[0], call.args[1], call.span)
            return .object(try call.session.textBarPlot(labels, values, call, symbol: "■"))
          },
          LibraryMethod([.any], keywords: keywords) { call in
            // barplot(dict): the keys as labels, the values as heights, in the Dict's order.
            let pairs = try call.session.elements(call.args[0], call.span)
            var keys: [Value] = []
            var heights: [Value] = []
            for pair in pairs {
              guard case .object(let parts as PairObject) = pair else {
                throw call.session.noMethod("barplot", call.args, call.span)
              }
              keys.append(parts.first)
              heights.append(parts.second)
            }
            let (labels, values) = try call.session.barRows(
              .tuple(keys), .tuple(heights), call.span)
            return .object(try call.session.textBarPlot(labels, values, call, symbol: "■"))
          },
        ]),
      LibraryFunction(
        "barplot!",
        [
          LibraryMethod([.any, .any, .any]) { call in
            guard case .object(let plot as TextBarPlotObject) = call.args[0] else {
              throw call.session.noMethod("barplot!", call.args, call.span)
            }
            let (labels, values) = try call.session.barRows(call.args[1], call.args[2], call.span)
            plot.chart.labels += labels
            plot.chart.values += values.map(\.0)
            plot.chart.valueLabels += values.map(\.1)
            return call.args[0]
          }
        ]),
      LibraryFunction(
        "histogram",
        [
          LibraryMethod([.any], keywords: keywords.union(["nbins", "closed"])) { call in
            .object(try call.session.unicodeHistogram(call))
          }
        ]),
    ]
  }
}

extension Interpreter {
  /// The rows of a bar chart: labels as `string` writes them, heights with their text.
  func barRows(_ text: Value, _ heights: Value, _ span: SourceSpan) throws
    -> ([String], [(Double, String)])
  {
    let labels = try elements(text, span).map(printString)
    let values = try elements(heights, span)
    guard labels.count == values.count else {
      throw fail(
        .dimensionMismatch, "DimensionMismatch(\"The given vectors must be of the same length\")",
        span)
    }
    let rows = try values.map { value -> (Double, String) in
      guard let number = value.doubleValue else {
        throw fail(.method, "MethodError: barplot needs numbers, got \(value.type.name)", span)
      }
      return (number, printString(value))
    }
    if rows.contains(where: { $0.0 < 0 }) {
      throw fail(
        .argument,
        "ArgumentError: All values have to be positive. Negative bars are not supported.", span)
    }
    return (labels, rows)
  }

  /// A bar chart object with the call's `title`, `xlabel`, `ylabel`, `width` and `symb`.
  func textBarPlot(
    _ labels: [String], _ rows: [(Double, String)], _ call: LibraryCall, symbol: String,
    xLabel: String? = nil
  ) throws -> TextBarPlotObject {
    var chart = TextBarChart(
      labels: labels, values: rows.map(\.0), valueLabels: rows.map(\.1), symbol: symbol)
    chart.title = stringKeyword(call.kwargs, "title")
    chart.xLabel = stringKeyword(call.kwargs, "xlabel") ?? xLabel
    chart.yLabel = stringKeyword(call.kwargs, "ylabel")
    if let width = call.keyword("width") { chart.width = try intArgument(width, call.span) }
    if let symb = stringKeyword(call.kwargs, "symb") {
      guard symb.count == 1 else {
        throw call.fail(
          .argument,
          "ArgumentError: The symbol to print has to be a single character, got: \"\(symb)\"")
      }
      chart.symbol = symb
    }
    return TextBarPlotObject(chart)
  }

  /// UnicodePlots 1.1's `histogram(x; nbins, closed)`: StatsBase's `fit(Histogram, x; nbins,
  /// closed)` (Sturges' bin count by default, `histrange` edges), rows labelled `[a, b)` with
  /// both ends rounded by `float_round_log10` and aligned at their decimal points, counts as
  /// bars of `▇`, x label "Frequency".
  func unicodeHistogram(_ call: LibraryCall) throws -> TextBarPlotObject {
    let values = try doublesArgument(call.args[0], "histogram", call.span)
    var closedRight = false
    if let closed = call.keyword("closed") {
      switch closed {
      case .symbol("left"): closedRight = false
      case .symbol("right"): closedRight = true
      default:
        throw call.fail(.argument, "ArgumentError: closed must be :left or :right")
      }
    }
    let bins =
      try call.keyword("nbins").map { try intArgument($0, call.span) }
      ?? HistogramBins.count(values, rule: .sturges)
    guard bins >= 1 || values.isEmpty else {
      throw call.fail(
        .argument, "ArgumentError: number of bins must be ≥ 1 for a non-empty array, got \(bins)")
    }
    let edges = HistogramBins.edges(values, count: bins, closedRight: closedRight)
    let counts = HistogramBins.counts(values, edges: edges, closedRight: closedRight)
    let binWidth = edges.count >= 2 ? edges[1] - edges[0] : 1
    let labels = histogramLabels(edges: edges, binWidth: binWidth, closedRight: closedRight)
    return try textBarPlot(
      Array(labels.prefix(counts.count)), counts.map { (Double($0), String($0)) }, call,
      symbol: "▇", xLabel: "Frequency")
  }

  /// The bins' labels: `[a, b)` (or `(a, b]`), each end padded so the decimal points align.
  private func histogramLabels(edges: [Double], binWidth: Double, closedRight: Bool) -> [String] {
    let digits = Interpreter.ceilNegLog10(binWidth) + 1
    func rounded(_ x: Double) -> Double {
      // float_round_log10(x, m): 0 stays 0; the sign is taken off, the magnitude rounded.
      if x == 0 { return 0 }
      return x > 0
        ? Interpreter.roundDigits(x, digits) : -Interpreter.roundDigits(-x, digits)
    }
    func alignment(_ text: String) -> (Int, Int) {
      // Base.alignment of a real: the characters before the first of ".eEfF", and the rest.
      guard let cut = text.firstIndex(where: { ".eEfF".contains($0) }) else {
        return (text.count, 0)
      }
      return (
        text.distance(from: text.startIndex, to: cut), text.distance(from: cut, to: text.endIndex)
      )
    }
    let ends = edges.map { edge -> (String, String) in
      let first = rounded(edge)
      return (show(.float(first)), show(.float(rounded(first + binWidth))))
    }
    var left = 0
    var right = 0
    for (a, b) in ends {
      for text in [a, b] {
        let (l, r) = alignment(text)
        left = max(left, l)
        right = max(right, r)
      }
    }
    let pad = { (n: Int) in String(repeating: " ", count: max(0, n)) }
    return ends.map { a, b in
      let (al, ar) = alignment(a)
      let (bl, br) = alignment(b)
      return (closedRight ? "(" : "[") + pad(left - al) + a + pad(right - ar) + ", "
        + pad(left - bl) + b + pad(right - br) + (closedRight ? "]" : ")")
    }
  }

  /// UnicodePlots' `ceil_neg_log10(x)`: `-log10(x)` when it is an integer, else its floor.
  static func ceilNegLog10(_ x: Double) -> Int {
    let value = -log10(x)
    guard value.isFinite else { return 0 }
    return value == value.rounded() ? Int(value) : Int(value.rounded(.down))
  }

  /// Julia 1.0's `round(x, digits = d)`: `round(x * 10^d) / 10^d` (or `round(x / 10^-d) *
  /// 10^-d` for negative `d`), ties to even, `x` itself when that is not finite.
  static func roundDigits(_ x: Double, _ digits: Int) -> Double {
    let y: Double
    if digits >= 0 {
      let p = pow(10, Double(digits))
      y = (x * p).rounded(.toNearestOrEven) / p
    } else {
      let p = pow(10, Double(-digits))
      y = (x / p).rounded(.toNearestOrEven) * p
    }
    return y.isFinite ? y : x
  }
}

/// A UnicodePlots bar chart (`barplot`, `histogram`), shown as text.
final class TextBarPlotObject: RuntimeObject {
  var chart: TextBarChart

  init(_ chart: TextBarChart) { self.chart = chart }

  override var type: JuliaType {
    .other("UnicodePlots.Plot{UnicodePlots.BarplotGraphics{Float64}}")
  }
  override func show(_ session: Interpreter) -> String { chart.text() }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    TextBarPlotObject(chart)
  }
}
