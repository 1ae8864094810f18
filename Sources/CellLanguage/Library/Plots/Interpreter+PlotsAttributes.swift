import Foundation
import Plotting
import SourcePositions

/// Plots' subplot attributes: titles, axis labels, limits and the legend.
extension Interpreter {
  /// Subplot attributes: `title`, `xlabel`, `ylabel`, `xlims`, `ylims`, `legend` (a row vector
  /// gives one value per subplot).
  func applySubplotAttributes(
    _ kwargs: [(String, Value)], to plot: PlotsPlot, _ span: SourceSpan
  ) throws {
    for index in plot.subplots.indices {
      if let title = try perSeries(keyword(kwargs, "title"), index, span) {
        plot.subplots[index].title = try plotsText(title)
      }
      if let label = try perSeries(keyword(kwargs, "xlabel", "xguide"), index, span) {
        plot.subplots[index].xLabel = try plotsText(label)
      }
      if let label = try perSeries(keyword(kwargs, "ylabel", "yguide"), index, span) {
        plot.subplots[index].yLabel = try plotsText(label)
      }
      if let limits = keyword(kwargs, "xlims", "xlim") {
        plot.subplots[index].xLimits = try limitsArgument(limits, span)
      }
      if let limits = keyword(kwargs, "ylims", "ylim") {
        plot.subplots[index].yLimits = try limitsArgument(limits, span)
      }
      if let legend = keyword(kwargs, "legend", "leg") {
        switch legend {
        case .bool(let show): plot.subplots[index].showsLegend = show
        case .symbol("none"): plot.subplots[index].showsLegend = false
        case .symbol(let position) where Interpreter.legendPositions.contains(position):
          plot.subplots[index].showsLegend = true
        default:
          throw fail(
            .unsupported, "legend = \(show(legend)) is not supported by sitegen's Julia",
            span)
        }
      }
    }
  }

  /// The legend positions Plots 0.25 accepts (`processLegendArg` in src/args.jl), all drawn
  /// beside the plot here.
  static let legendPositions: Set<String> = [
    "right", "left", "top", "bottom", "inside", "best", "legend", "topright", "topleft",
    "bottomleft", "bottomright", "outertopright", "outertopleft", "outertop", "outerright",
    "outerleft", "outerbottomright", "outerbottomleft", "outerbottom",
  ]

  /// A title or label: a string, or any value as `print` writes it.
  func plotsText(_ value: Value) throws -> String? {
    if case .string(let text) = value { return text.isEmpty ? nil : text }
    return printString(value)
  }

  /// `xlims = (a, b)`.
  func limitsArgument(_ value: Value, _ span: SourceSpan) throws -> ClosedRange<Double>? {
    if case .symbol("auto") = value { return nil }
    let numbers = try plotsNumbers(value, "xlims", span)
    guard numbers.count == 2, numbers[0] < numbers[1] else {
      throw fail(.argument, "ArgumentError: limits need (low, high) with low < high", span)
    }
    return numbers[0]...numbers[1]
  }
}
