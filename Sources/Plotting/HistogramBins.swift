import Foundation

/// Histogram bins as StatsBase and Plots choose them: edges closed on the left, counts per bin.
public enum HistogramBins {
  /// How many bins an automatic rule gives for `values` (finite values only).
  public enum Rule: String, Sendable, CaseIterable {
    /// `ceil(log2(n)) + 1`: StatsBase's `sturges`, the default of `fit(Histogram, v)` and so
    /// of UnicodePlots 1.1's `histogram`.
    case sturges
    /// Plots' Freedman–Diaconis rule: `bins = :auto` in Plots 0.25's `_auto_binning_nbins`
    /// (src/recipes.jl) means `:fd`, `ceil(Int, max(1, span / (2 iqr / n^(1/3))))`, the
    /// interquartile range taken as 1 when it is 0.
    case freedmanDiaconis = "fd"
    /// Plots' `:sturges`, `ceil(Int, max(1, log2(n) + 1))`.
    case plotsSturges
    /// Plots' `:sqrt`, `ceil(Int, max(1, sqrt(n)))`.
    case squareRoot = "sqrt"
    /// Plots' `:rice`, `ceil(Int, max(1, 2 n^(1/3)))`.
    case rice
  }

  /// The number of bins `rule` gives for `values` (at least 1).
  public static func count(_ values: [Double], rule: Rule) -> Int {
    let n = Double(values.count)
    func ceilAtLeastOne(_ x: Double) -> Int { Int(Foundation.ceil(max(x, 1))) }
    switch rule {
    case .sturges: return Int(Foundation.ceil(log2(n))) + 1
    case .plotsSturges: return ceilAtLeastOne(log2(n) + 1)
    case .squareRoot: return ceilAtLeastOne(n.squareRoot())
    case .rice: return ceilAtLeastOne(2 * pow(n, 1.0 / 3))
    case .freedmanDiaconis:
      guard let low = values.min(), let high = values.max() else { return 1 }
      let sorted = values.sorted()
      var iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25)
      if !(iqr > 0) { iqr = 1 }
      let nd = pow(n, 1.0 / 3)
      return ceilAtLeastOne((high - low) / (2 * iqr / nd))
    }
  }

  /// Julia's default `quantile` of sorted values (Statistics' type 7: linear interpolation
  /// between the order statistics around `(n - 1) p + 1`).
  public static func quantile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let f0 = Double(sorted.count - 1) * p
    let t0 = f0.rounded(.towardZero)
    let h = f0 - t0
    let i = Int(t0)
    if h == 0 { return sorted[i] }
    let a = sorted[i]
    let b = sorted[i + 1]
    return a.isFinite && b.isFinite ? a + h * (b - a) : (1 - h) * a + h * b
  }

  /// The bin edges StatsBase's `histrange(v, n, :left)` gives (StatsBase 0.30, src/hist.jl):
  /// a bin width of 1, 2 or 5 times a power of ten near `span / n`, edges at its multiples,
  /// widened until the lowest edge is at or below the smallest value and the highest edge above
  /// the largest. Each edge is `(start + i step) / divisor`, correctly rounded, as
  /// `Base.floatrange` makes it.
  /// With `closedRight` (`histrange(v, n, :right)`), the lowest edge lies below the smallest
  /// value and the highest at or above the largest.
  public static func edges(_ values: [Double], count n: Int, closedRight: Bool = false)
    -> [Double]
  {
    guard let lo = values.min(), let hi = values.max() else { return [0] }
    var start: Double
    var step: Double
    var divisor: Double
    var length: Double
    if hi == lo {
      start = hi
      step = 1
      divisor = 1
      length = 1
    } else {
      let bw = (hi - lo) / Double(max(n, 1))
      let lbw = log10(bw)
      if lbw >= 0 {
        step = pow(10, Foundation.floor(lbw))
        let r = bw / step
        if r <= 1.1 {
        } else if r <= 2.2 {
          step *= 2
        } else if r <= 5.5 {
          step *= 5
        } else {
          step *= 10
        }
        divisor = 1
        start = step * Foundation.floor(lo / step)
        length = Foundation.ceil((hi - start) / step)
      } else {
        divisor = pow(10, -Foundation.floor(lbw))
        let r = bw * divisor
        if r <= 1.1 {
        } else if r <= 2.2 {
          divisor /= 2
        } else if r <= 5.5 {
          divisor /= 5
        } else {
          divisor /= 10
        }
        step = 1
        start = Foundation.floor(lo * divisor)
        length = Foundation.ceil(hi * divisor - start)
      }
    }
    if closedRight {
      while lo <= start / divisor { start -= step }
      while (start + (length - 1) * step) / divisor < hi { length += 1 }
    } else {
      while lo < start / divisor { start -= step }
      while (start + (length - 1) * step) / divisor <= hi { length += 1 }
    }
    return (0..<Int(length)).map { (start + Double($0) * step) / divisor }
  }

  /// How many values fall in each bin `[edges[i], edges[i + 1])` (StatsBase's `fit(Histogram,
  /// v, edges, closed = :left)`), or `(edges[i], edges[i + 1]]` with `closedRight`; values
  /// outside every bin and NaN are not counted.
  public static func counts(_ values: [Double], edges: [Double], closedRight: Bool = false)
    -> [Int]
  {
    var counts = Array(repeating: 0, count: max(0, edges.count - 1))
    for value in values where !value.isNaN {
      // searchsortedlast: the last edge at or below the value.
      var low = 0
      var high = edges.count
      while low < high {
        let middle = (low + high) / 2
        let below = closedRight ? edges[middle] < value : edges[middle] <= value
        if below { low = middle + 1 } else { high = middle }
      }
      // searchsortedlast (left-closed) or searchsortedfirst - 1 (right-closed).
      let bin = low - 1
      if bin >= 0 && bin < counts.count { counts[bin] += 1 }
    }
    return counts
  }
}
