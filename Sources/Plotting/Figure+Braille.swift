import Foundation

extension Figure {
  /// The figure as lines of text in UnicodePlots' look: a braille canvas in a box, the y
  /// range at its top and bottom rows, the x range under it, and trace names beside it.
  ///
  /// Lines through zero are drawn when zero is inside a linear range (UnicodePlots' grid).
  /// Rows carry no trailing spaces.
  ///
  /// - Parameters:
  ///   - width: the canvas width in characters (2 dots each); UnicodePlots' default is 40.
  ///   - height: the canvas height in characters (4 dots each); UnicodePlots' default is 15.
  ///   - color: `true` colors traces, border and names with ANSI escapes.
  public func braille(width: Int = 40, height: Int = 15, color: Bool = false) -> String {
    var canvas = BrailleCanvas(columns: width, rows: height)
    let xAxis = BrailleAxis(figure: self, isX: true)
    let yAxis = BrailleAxis(figure: self, isX: false)
    let columns = canvas.columns
    let rows = canvas.rows
    let dotsX = Double(canvas.dotWidth - 1)
    let dotsY = Double(canvas.dotHeight - 1)
    let traceColors = traces.indices.map { index in
      traces[index].color.map(ANSIColor.init(nearest:))
        ?? ANSIColor.unicodePlotsCycle[index % ANSIColor.unicodePlotsCycle.count]
    }
    let gridSlot = traces.count

    // Phase 1: lines through zero, under the data.
    if let zero = xAxis.zeroFraction {
      let x = zero * dotsX
      canvas.line(from: .init(x: x, y: 0), to: .init(x: x, y: dotsY), color: gridSlot)
    }
    if let zero = yAxis.zeroFraction {
      let y = (1 - zero) * dotsY
      canvas.line(from: .init(x: 0, y: y), to: .init(x: dotsX, y: y), color: gridSlot)
    }

    // Phase 2: the traces, in order.
    for (slot, trace) in traces.enumerated() {
      var previous: PathData.Point?
      let mode = trace.resolvedMode
      for index in 0..<trace.count {
        guard let fx = xAxis.fraction(of: trace.xValue(at: index)),
          let fy = yAxis.fraction(of: trace.y[index])
        else {
          previous = nil
          continue
        }
        let limit = 1e7
        let point = PathData.Point(
          x: min(max(fx * dotsX, -limit), limit), y: min(max((1 - fy) * dotsY, -limit), limit))
        if mode.drawsLines, let previous {
          canvas.line(from: previous, to: point, color: slot)
        } else {
          canvas.line(from: point, to: point, color: slot)
        }
        previous = point
      }
    }

    // Phase 3: the text around the canvas.
    let paint = { (text: String, ansi: ANSIColor?) -> String in
      guard color, let ansi, !text.isEmpty else { return text }
      return ansi.start + text + ANSIColor.reset
    }
    let top = yAxis.upperLabel
    let bottom = yAxis.lowerLabel
    let labelWidth = max(top.count, bottom.count)
    let yTitle = layout.yAxis.title ?? ""
    let titleWidth = yTitle.isEmpty ? 0 : yTitle.count + 2
    // UnicodePlots keeps a margin of three spaces left of the labels.
    let indent = 3 + titleWidth + labelWidth + 1
    let pad = { (count: Int) in String(repeating: " ", count: max(0, count)) }
    let boxWidth = columns + 2
    var lines: [String] = []
    if let title = layout.title {
      lines.append(pad(indent + (boxWidth - title.count) / 2) + title)
    }
    lines.append(pad(indent) + paint("┌" + String(repeating: "─", count: columns) + "┐", .gray))
    for row in 0..<rows {
      var line = pad(3)
      let middle = row == rows / 2 && !yTitle.isEmpty
      line += middle ? yTitle + "  " : pad(titleWidth)
      let label = row == 0 ? top : row == rows - 1 ? bottom : ""
      line += pad(labelWidth - label.count) + label + " " + paint("│", .gray)
      var run = ""
      var runColor: ANSIColor?
      for column in 0..<columns {
        let slot = canvas.color(column: column, row: row)
        let ansi = slot.map { $0 < traceColors.count ? traceColors[$0] : ANSIColor.gray }
        if ansi != runColor {
          line += paint(run, runColor)
          run = ""
          runColor = ansi
        }
        run.append(canvas.character(column: column, row: row))
      }
      line += paint(run, runColor) + paint("│", .gray)
      if showsLegend, row < traces.count {
        line += " " + paint(legendName(ofTraceAt: row), traceColors[row])
      }
      lines.append(line)
    }
    lines.append(pad(indent) + paint("└" + String(repeating: "─", count: columns) + "┘", .gray))
    let left = xAxis.lowerLabel
    let right = xAxis.upperLabel
    lines.append(pad(indent) + left + pad(boxWidth - left.count - right.count) + right)
    if let title = layout.xAxis.title {
      lines.append(pad(indent + (boxWidth - title.count) / 2) + title)
    }
    return lines.joined(separator: "\n")
  }
}

/// An axis of a braille figure: the data range rounded outward to two significant digits of
/// its span, as UnicodePlots rounds its limits, with the labels of both ends.
struct BrailleAxis {
  var axis: ResolvedAxis
  var lowerLabel: String
  var upperLabel: String

  init(figure: Figure, isX: Bool) {
    let settings = isX ? figure.layout.xAxis : figure.layout.yAxis
    let fitted = ResolvedAxis(
      axis: settings, extent: figure.extent(ofX: isX, scale: settings.scale), padding: 0)
    switch settings.scale {
    case .linear:
      // log10 of the span, from its half so that spans beyond the largest double stay finite.
      let logSpan = log10(fitted.upper * 0.5 - fitted.lower * 0.5) + log10(2.0)
      let power = logSpan.isFinite ? Int(floor(logSpan)) - 1 : 0
      let unit = pow(10, Double(power))
      let low = floor(fitted.lower / unit + 1e-9)
      let high = ceil(fitted.upper / unit - 1e-9)
      if settings.range == nil, low.magnitude < 1e15, high.magnitude < 1e15, low < high,
        (low * unit).isFinite, (high * unit).isFinite
      {
        let scientific = max(low.magnitude, high.magnitude) * unit >= 1e6 || power < -4
        axis = ResolvedAxis(scale: .linear, lower: low * unit, upper: high * unit)
        lowerLabel = NumberFormat.decimal(digits: Int(low), exponent: power, scientific: scientific)
        upperLabel = NumberFormat.decimal(
          digits: Int(high), exponent: power, scientific: scientific)
      } else {
        axis = fitted
        lowerLabel = NumberFormat.significant(fitted.lower, 3)
        upperLabel = NumberFormat.significant(fitted.upper, 3)
      }
    case .log:
      let low = floor(fitted.lower + 1e-9)
      let high = ceil(fitted.upper - 1e-9)
      if settings.range == nil, high - low >= 1, low.magnitude < 300, high.magnitude < 300 {
        axis = ResolvedAxis(scale: .log, lower: low, upper: high)
        lowerLabel = NumberFormat.decimal(
          digits: 1, exponent: Int(low), scientific: low >= 6 || low < -4)
        upperLabel = NumberFormat.decimal(
          digits: 1, exponent: Int(high), scientific: high >= 6 || high < -4)
      } else {
        axis = fitted
        lowerLabel = NumberFormat.significant(pow(10, fitted.lower), 3)
        upperLabel = NumberFormat.significant(pow(10, fitted.upper), 3)
      }
    }
  }

  /// Where a data value lies along the axis (0…1 inside), `nil` when it cannot be shown.
  func fraction(of value: Double) -> Double? {
    axis.fraction(of: value)
  }

  /// Where zero lies, when it is strictly inside a linear range.
  var zeroFraction: Double? {
    axis.containsZero ? axis.fraction(ofTransformed: 0) : nil
  }
}
