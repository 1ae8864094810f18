/// A horizontal bar chart in text, in UnicodePlots 1.1's look (`barplot`, `histogram`): a
/// label and a bar of glyphs per row, each bar followed by its value, in the `:barplot`
/// border (corners only, `┤` on the left).
///
/// The layout follows UnicodePlots 1.1's `BarplotGraphics` (src/graphics/bargraphics.jl) and
/// `show(::IO, ::Plot)` (src/plot.jl) with `margin = 3`, `padding = 1`. Rows carry no trailing
/// spaces, as sitegen's braille plots.
public struct TextBarChart: Sendable, Equatable {
  /// The label left of each bar.
  public var labels: [String]
  /// The value each bar's length is proportional to (negative values draw no bar).
  public var values: [Double]
  /// The text after each bar (the value as Julia's `string` writes it).
  public var valueLabels: [String]
  public var title: String?
  public var xLabel: String?
  public var yLabel: String?
  /// The glyph bars are made of (`"■"` for `barplot`, `"▇"` for `histogram`).
  public var symbol: String
  /// The width in characters inside the border (UnicodePlots' `width`, 40 by default).
  public var width: Int

  /// Creates a chart; `labels`, `values` and `valueLabels` have one entry per bar.
  public init(
    labels: [String], values: [Double], valueLabels: [String], title: String? = nil,
    xLabel: String? = nil, yLabel: String? = nil, symbol: String = "■", width: Int = 40
  ) {
    self.labels = labels
    self.values = values
    self.valueLabels = valueLabels
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.symbol = symbol
    self.width = width
  }

  /// The chart as lines of text.
  public func text() -> String {
    let count = min(labels.count, values.count, valueLabels.count)
    // BarplotGraphics: at least 10 columns, and room for the longest value label.
    var maxIndex = 0
    for index in 0..<count where values[index] > values[maxIndex] { maxIndex = index }
    let maxValue = count > 0 ? values[maxIndex] : 0
    let maxLength = count > 0 ? valueLabels[maxIndex].count : 0
    let columns = max(max(width, 10), maxLength + 7)
    let maxBar = max(columns - 2 - maxLength, 1)

    let yLabel = self.yLabel ?? ""
    let labelWidth =
      (labels.prefix(count).map(\.count).max() ?? 0) + (yLabel.isEmpty ? 0 : yLabel.count + 1)
    let margin = 3
    let offset = labelWidth + margin + 1
    let pad = { (n: Int) in String(repeating: " ", count: max(0, n)) }
    // print_title: centered over the border by round(width / 2 - length / 2, RoundNearestTiesUp).
    let centered = { (text: String) -> String in
      let shift = (Double(columns) / 2 - Double(text.count) / 2).rounded(.toNearestOrAwayFromZero)
      return pad(offset + max(0, Int(shift))) + text
    }
    var lines: [String] = []
    if let title, !title.isEmpty { lines.append(centered(title)) }
    lines.append(pad(offset) + "┌" + pad(columns) + "┐")
    // The y label sits on the middle row, round(rows / 2, RoundNearestTiesUp) counted from 1.
    let labelRow = (count + 1) / 2 - 1
    for row in 0..<count {
      let label = labels[row]
      var line = pad(margin)
      if row == labelRow && !yLabel.isEmpty {
        line += yLabel + pad(labelWidth - yLabel.count - label.count)
      } else {
        line += pad(labelWidth - label.count)
      }
      line += label + " ┤"
      let value = values[row]
      let length =
        maxValue > 0
        ? Int((max(value, 0) / maxValue * Double(maxBar)).rounded(.toNearestOrAwayFromZero)) : 0
      line += String(repeating: symbol, count: maxValue > 0 ? length : 0)
      line += " " + valueLabels[row]
      lines.append(line)
    }
    lines.append(pad(offset) + "└" + pad(columns) + "┘")
    if let xLabel, !xLabel.isEmpty { lines.append(centered(xLabel)) }
    return lines.map { line in
      var line = Substring(line)
      while line.last == " " { line.removeLast() }
      return String(line)
    }.joined(separator: "\n")
  }
}
