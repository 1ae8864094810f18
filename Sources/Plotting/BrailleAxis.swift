import Foundation

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
