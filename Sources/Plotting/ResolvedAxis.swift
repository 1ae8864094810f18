/// An axis with its shown interval fixed, in the axis' own units (log10 for log axes).
public struct ResolvedAxis: Sendable, Equatable {
  /// The scale the interval is measured in.
  public var scale: Axis.Scale
  /// The lower end, transformed.
  public var lower: Double
  /// The upper end, transformed; always greater than `lower`.
  public var upper: Double

  /// Fits an axis to data: the axis' own range if set, else the data's extent.
  ///
  /// - Parameters:
  ///   - axis: the axis settings.
  ///   - extent: the smallest and largest transformed finite data values, if any.
  ///   - padding: the fraction of the span added at each end when fitting data
  ///     (Plotly pads line plots' y by about 5 %).
  public init(axis: Axis, extent: (Double, Double)?, padding: Double) {
    scale = axis.scale
    if let range = axis.range,
      let low = axis.scale.transform(range.lowerBound),
      let high = axis.scale.transform(range.upperBound)
    {
      (lower, upper) = ResolvedAxis.widened(low, high, padding: 0, scale: axis.scale)
    } else if let (low, high) = extent {
      (lower, upper) = ResolvedAxis.widened(low, high, padding: padding, scale: axis.scale)
    } else {
      // plotly.js shows an empty linear axis from -1 to 6 (x) or 4 (y); one decade for log.
      switch axis.scale {
      case .linear: (lower, upper) = (-1, 6)
      case .log: (lower, upper) = (0, 1)
      }
    }
  }

  /// Creates an axis from a transformed interval; `lower` must be below `upper`.
  public init(scale: Axis.Scale, lower: Double, upper: Double) {
    self.scale = scale
    self.lower = lower
    self.upper = upper
  }

  /// Widens a degenerate interval and adds padding, keeping the ends finite.
  private static func widened(
    _ low: Double, _ high: Double, padding: Double, scale: Axis.Scale
  ) -> (Double, Double) {
    var low = min(low, high)
    var high = max(low, high)
    let middle = low * 0.5 + high * 0.5
    let halfSpan = high * 0.5 - low * 0.5
    // Spans below the resolution of their ends are treated as a single value.
    if halfSpan <= middle.magnitude * 1e-12 || halfSpan == 0 {
      let pad: Double
      switch scale {
      case .linear: pad = middle == 0 ? 1 : middle.magnitude * 0.2
      case .log: pad = 0.5
      }
      return (middle - pad, middle + pad)
    }
    let extra = halfSpan * 2 * padding
    low = max(-Double.greatestFiniteMagnitude, low - extra)
    high = min(Double.greatestFiniteMagnitude, high + extra)
    return (low, high)
  }

  /// Where a data value lies along the axis: 0 at `lower`, 1 at `upper`; `nil` if not shown.
  ///
  /// Values outside the interval give fractions outside 0…1; halves keep huge spans finite.
  public func fraction(of value: Double) -> Double? {
    guard let transformed = scale.transform(value) else { return nil }
    return fraction(ofTransformed: transformed)
  }

  /// Where a transformed value lies along the axis (0 at `lower`, 1 at `upper`).
  public func fraction(ofTransformed value: Double) -> Double {
    (value * 0.5 - lower * 0.5) / (upper * 0.5 - lower * 0.5)
  }

  /// The interval in data units.
  public var dataRange: ClosedRange<Double> {
    scale.inverse(lower)...max(scale.inverse(lower), scale.inverse(upper))
  }

  /// Ticks within the interval, about `targetCount` intervals apart.
  public func ticks(targetCount: Int) -> [Tick] {
    switch scale {
    case .linear: Tick.linear(in: lower...upper, targetCount: targetCount)
    case .log:
      // Padding may carry a log axis past the largest double; its ticks stay within finite values.
      Tick.logarithmic(
        in: min(
          dataRange.lowerBound, .greatestFiniteMagnitude)...min(
            dataRange.upperBound, .greatestFiniteMagnitude), targetCount: targetCount)
    }
  }

  /// Whether zero lies strictly inside a linear interval.
  public var containsZero: Bool {
    switch scale {
    case .linear: lower < 0 && upper > 0
    case .log: false
    }
  }
}

extension Figure {
  /// The smallest and largest transformed finite values of the traces' x or y.
  func extent(ofX: Bool, scale: Axis.Scale) -> (Double, Double)? {
    var low = Double.infinity
    var high = -Double.infinity
    for trace in traces {
      for index in 0..<trace.count {
        let raw = ofX ? trace.xValue(at: index) : trace.y[index]
        // A point is shown only when both of its coordinates are finite.
        let other = ofX ? trace.y[index] : trace.xValue(at: index)
        guard other.isFinite, let value = scale.transform(raw) else { continue }
        low = min(low, value)
        high = max(high, value)
      }
    }
    for layer in layers {
      guard let (a, b) = layer.extent(ofX: ofX) else { continue }
      for value in [a, b].compactMap(scale.transform) {
        low = min(low, value)
        high = max(high, value)
      }
    }
    return low <= high ? (low, high) : nil
  }

  /// The x and y axes fitted to the data with Plotly's padding.
  ///
  /// plotly.js fits lines without padding along x and pads y by about 5 %; markers pad both.
  public func resolvedAxes() -> (x: ResolvedAxis, y: ResolvedAxis) {
    let hasMarkers = traces.contains { $0.resolvedMode.drawsMarkers }
    let x = ResolvedAxis(
      axis: layout.xAxis, extent: extent(ofX: true, scale: layout.xAxis.scale),
      padding: hasMarkers ? 0.05 : 0)
    let y = ResolvedAxis(
      axis: layout.yAxis, extent: extent(ofX: false, scale: layout.yAxis.scale), padding: 0.05)
    return (x, y)
  }
}
