import Foundation

/// One axis of a figure: its title, range and scale.
public struct Axis: Sendable, Equatable {
  /// The axis title, drawn beside the tick labels.
  public var title: String?
  /// The shown range in data units (also for log axes); `nil` fits the data.
  public var range: ClosedRange<Double>?
  /// Linear or logarithmic (Plotly's `type`).
  public var scale: Scale
  /// Whether grid lines are drawn at the ticks.
  public var showGrid: Bool
  /// Whether a stronger line is drawn at zero when zero is in range (linear axes).
  public var showZeroLine: Bool

  /// Creates an axis; the defaults are Plotly's.
  public init(
    title: String? = nil, range: ClosedRange<Double>? = nil, scale: Scale = .linear,
    showGrid: Bool = true, showZeroLine: Bool = true
  ) {
    self.title = title
    self.range = range
    self.scale = scale
    self.showGrid = showGrid
    self.showZeroLine = showZeroLine
  }
}

extension Axis {
  /// How data values map to positions along an axis.
  public enum Scale: String, Sendable, Equatable, CaseIterable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios; values ≤ 0 leave gaps.
    case log
  }
}

extension Axis.Scale {
  /// The value in the axis' own units (log10 for log axes), or `nil` when it cannot be shown.
  public func transform(_ value: Double) -> Double? {
    guard value.isFinite else { return nil }
    switch self {
    case .linear: return value
    case .log: return value > 0 ? log10(value) : nil
    }
  }

  /// The data value at a position in the axis' own units.
  public func inverse(_ value: Double) -> Double {
    switch self {
    case .linear: value
    case .log: pow(10, value)
    }
  }
}
