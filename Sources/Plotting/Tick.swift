import Foundation

/// A labelled position on an axis.
public struct Tick: Sendable, Equatable {
  /// The data value (not log-transformed).
  public var value: Double
  /// The label drawn at the tick.
  public var label: String

  /// Creates a tick.
  public init(value: Double, label: String) {
    self.value = value
    self.label = label
  }
}

extension Tick {
  /// Ticks for a linear axis: multiples of 1, 2 or 5 × 10ⁿ, about `targetCount` of them.
  ///
  /// The step is the smallest 1-2-5 step giving at most `targetCount` intervals over the
  /// range. Labels are exact decimals of the multiples; they switch to powers of ten when the
  /// largest value reaches 10⁶ or stays below 10⁻³. Ranges too narrow for the resolution of
  /// their ends get no ticks.
  ///
  /// - Parameters:
  ///   - range: the shown range, lower < upper.
  ///   - targetCount: the largest number of intervals wanted, at least 1.
  public static func linear(in range: ClosedRange<Double>, targetCount: Int) -> [Tick] {
    let lower = range.lowerBound
    let upper = range.upperBound
    guard lower.isFinite, upper.isFinite, lower < upper else { return [] }
    let span = (upper * 0.5 - lower * 0.5) * 2
    let rough = (upper * 0.5 - lower * 0.5) / Double(max(1, targetCount)) * 2
    guard rough > 0, rough.isFinite, span.isFinite || rough.isFinite else { return [] }
    var power = Int(floor(log10(rough)))
    let fraction = rough / pow(10, Double(power))
    var multiplier: Int
    switch fraction {
    case ...1.000_000_001: multiplier = 1
    case ...2.000_000_001: multiplier = 2
    case ...5.000_000_001: multiplier = 5
    default:
      multiplier = 1
      power += 1
    }
    let step = Double(multiplier) * pow(10, Double(power))
    let first = ceil(lower / step - 1e-9)
    let last = floor(upper / step + 1e-9)
    // Ranges narrower than the floating-point resolution of their ends get no ticks.
    guard first.magnitude < 1e15, last.magnitude < 1e15, last - first < 1000 else { return [] }
    let largest = max(first.magnitude, last.magnitude) * step
    guard step > largest * 1e-12 else { return [] }
    let scientific = largest >= 1e6 || largest < 1e-3
    var ticks: [Tick] = []
    for k in Int(first)...max(Int(first), Int(last)) where Double(k) <= last {
      let digits = k * multiplier
      let value =
        power >= 0
        ? Double(digits) * pow(10, Double(power)) : Double(digits) / pow(10, Double(-power))
      ticks.append(
        Tick(
          value: value,
          label: NumberFormat.decimal(digits: digits, exponent: power, scientific: scientific)))
    }
    return ticks
  }

  /// Ticks for a log axis over `range` in data units (both ends positive).
  ///
  /// Whole decades when the range covers three or more; otherwise 1, 2 and 5 in each decade;
  /// below one decade, linear ticks. Decades are skipped evenly to keep about `targetCount`.
  public static func logarithmic(in range: ClosedRange<Double>, targetCount: Int) -> [Tick] {
    guard range.lowerBound > 0, range.upperBound.isFinite, range.lowerBound < range.upperBound
    else { return [] }
    let low = log10(range.lowerBound)
    let high = log10(range.upperBound)
    if high - low < 1 { return linear(in: range, targetCount: targetCount) }
    let firstDecade = Int(floor(low + 1e-9))
    let lastDecade = Int(floor(high + 1e-9))
    let decades = lastDecade - firstDecade
    let multipliers = decades < 3 ? [1, 2, 5] : [1]
    var every = 1
    while decades / every > max(1, targetCount) {
      every = every == 1 ? 2 : every == 2 ? 5 : every * 2
    }
    var ticks: [Tick] = []
    for decade in firstDecade...lastDecade where decade.isMultiple(of: every) {
      for multiplier in multipliers {
        let value =
          decade >= 0
          ? Double(multiplier) * pow(10, Double(decade))
          : Double(multiplier) / pow(10, Double(-decade))
        guard value >= range.lowerBound * (1 - 1e-12), value <= range.upperBound * (1 + 1e-12)
        else { continue }
        let scientific = decade >= 6 || decade < -4
        ticks.append(
          Tick(
            value: value,
            label: NumberFormat.decimal(
              digits: multiplier, exponent: decade, scientific: scientific)))
      }
    }
    return ticks
  }
}
