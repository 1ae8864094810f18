import Testing

@testable import Plotting

/// Bin counts and edges as StatsBase's `histrange` and Plots' automatic rules give them,
/// worked out by hand in each test's comment.
@Suite struct HistogramBinsTests {
  static let sample: [Double] = [1.0, 2.0, 2.5, 3.0, 3.1, 3.2, 4.0, 7.5]

  @Test func freedmanDiaconisCountsBinsFromTheInterquartileRange() {
    // n = 8: q25 at (8 - 1) 0.25 = 1.75 → 2.0 + 0.75 (2.5 - 2.0) = 2.375; q75 at 5.25 → 3.2 +
    // 0.25 (4.0 - 3.2) = 3.4; iqr 1.025; n^(1/3) = 2; span 6.5 → ceil(6.5 / (2 · 1.025 / 2)) = 7.
    #expect(HistogramBins.quantile(Self.sample, 0.25) == 2.375)
    #expect(abs(HistogramBins.quantile(Self.sample, 0.75) - 3.4) < 1e-15)
    #expect(HistogramBins.count(Self.sample, rule: .freedmanDiaconis) == 7)
    // Sturges: ceil(log2(8)) + 1 = 4.
    #expect(HistogramBins.count(Self.sample, rule: .sturges) == 4)
  }

  @Test func histrangeRoundsTheBinWidthToOneTwoOrFive() {
    // 7 bins over 1…7.5: width 0.93 → 1; edges from 1 until one lies above 7.5.
    let edges = HistogramBins.edges(Self.sample, count: 7)
    #expect(edges == [1, 2, 3, 4, 5, 6, 7, 8])
    #expect(HistogramBins.counts(Self.sample, edges: edges) == [1, 2, 3, 1, 0, 0, 1])
    // 4 bins over 0…1: width 0.25 → 0.5 (r = 2.5 ≤ 5.5: divisor 10 / 5 = 2); the last edge
    // must lie above the largest value, so 1.5 closes the range.
    #expect(HistogramBins.edges([0, 0.3, 1], count: 4) == [0, 0.5, 1, 1.5])
    // 2 bins over 0…30: width 15 → step 10 · 2 = 20; edges 0, 20, 40.
    #expect(HistogramBins.edges([0, 30], count: 2) == [0, 20, 40])
    // Equal values: one bin of width 1 from the value.
    #expect(HistogramBins.edges([2, 2], count: 3) == [2, 3])
  }

  @Test func binsAreClosedOnTheLeft() {
    #expect(HistogramBins.counts([0, 0.5, 1, 1.49, 1.5], edges: [0, 0.5, 1, 1.5]) == [1, 1, 2])
  }
}
