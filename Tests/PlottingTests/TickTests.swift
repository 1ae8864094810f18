import Testing

@testable import Plotting

@Suite struct TickTests {
  /// One row of the tick table: a range, a target count and the labels expected.
  struct Case: Sendable, CustomStringConvertible {
    var lower: Double
    var upper: Double
    var target: Int
    var labels: [String]
    var description: String { "\(lower)…\(upper) /\(target)" }
  }

  static let linearCases: [Case] = [
    Case(lower: 0, upper: 10, target: 5, labels: ["0", "2", "4", "6", "8", "10"]),
    Case(lower: 0, upper: 10, target: 2, labels: ["0", "5", "10"]),
    Case(lower: 0, upper: 10, target: 10, labels: (0...10).map { "\($0)" }),
    Case(lower: -10, upper: 10, target: 4, labels: ["-10", "-5", "0", "5", "10"]),
    Case(lower: -0.55, upper: 10.55, target: 6, labels: ["0", "2", "4", "6", "8", "10"]),
    Case(lower: 0, upper: 1, target: 5, labels: ["0", "0.2", "0.4", "0.6", "0.8", "1"]),
    Case(
      lower: 0.1, upper: 0.35, target: 5, labels: ["0.1", "0.15", "0.2", "0.25", "0.3", "0.35"]),
    Case(lower: 1, upper: 500, target: 5, labels: ["100", "200", "300", "400", "500"]),
    Case(
      lower: 0, upper: 1e-5, target: 5,
      labels: ["0", "2×10⁻⁶", "4×10⁻⁶", "6×10⁻⁶", "8×10⁻⁶", "10⁻⁵"]),
    Case(
      lower: 0, upper: 1e6, target: 5, labels: ["0", "2×10⁵", "4×10⁵", "6×10⁵", "8×10⁵", "10⁶"]),
    Case(
      lower: 0, upper: 5e6, target: 5, labels: ["0", "10⁶", "2×10⁶", "3×10⁶", "4×10⁶", "5×10⁶"]),
    Case(
      lower: 1.00001, upper: 1.00004, target: 3,
      labels: ["1.00001", "1.00002", "1.00003", "1.00004"]),
    Case(lower: 2.5e-5, upper: 3.5e-5, target: 2, labels: ["2.5×10⁻⁵", "3×10⁻⁵", "3.5×10⁻⁵"]),
  ]

  @Test(arguments: linearCases)
  func linearTicksAreOneTwoFiveMultiplesWithExactLabels(_ row: Case) {
    let ticks = Tick.linear(in: row.lower...row.upper, targetCount: row.target)
    #expect(ticks.map(\.label) == row.labels)
  }

  @Test(arguments: linearCases)
  func linearTickStepsAreOneTwoOrFiveTimesAPowerOfTen(_ row: Case) throws {
    let ticks = Tick.linear(in: row.lower...row.upper, targetCount: row.target)
    try #require(ticks.count >= 2)
    let step = ticks[1].value - ticks[0].value
    let power = (step.magnitude).exponentBase10
    let leading = (step / power).rounded()
    #expect([1, 2, 5, 10].contains(leading))
    #expect(ticks.count - 1 <= row.target)
    for tick in ticks {
      #expect(tick.value >= row.lower - step * 1e-9 && tick.value <= row.upper + step * 1e-9)
    }
  }

  @Test func tickValuesAreExactDecimalsNotAccumulatedSums() {
    let ticks = Tick.linear(in: 0...1, targetCount: 10)
    #expect(ticks.map(\.value) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
  }

  @Test func logTicksOverManyDecadesAreWholeDecades() {
    let ticks = Tick.logarithmic(in: 1e-5...1e6, targetCount: 12)
    #expect(
      ticks.map(\.label) == [
        "10⁻⁵", "0.0001", "0.001", "0.01", "0.1", "1", "10", "100", "1000", "10000", "100000",
        "10⁶",
      ])
  }

  @Test func logTicksSkipDecadesEvenlyWhenCrowded() {
    let ticks = Tick.logarithmic(in: 1...1e10, targetCount: 5)
    #expect(ticks.map(\.label) == ["1", "100", "10000", "10⁶", "10⁸", "10¹⁰"])
  }

  @Test func logTicksOverFewDecadesAddTwosAndFives() {
    let ticks = Tick.logarithmic(in: 0.3...40, targetCount: 8)
    #expect(ticks.map(\.label) == ["0.5", "1", "2", "5", "10", "20"])
  }

  @Test func logTicksWithinOneDecadeFallBackToLinearSteps() {
    let ticks = Tick.logarithmic(in: 2...8, targetCount: 6)
    #expect(ticks.map(\.label) == ["2", "3", "4", "5", "6", "7", "8"])
  }

  @Test func emptyOrInvalidRangesHaveNoTicks() {
    #expect(Tick.linear(in: 1...1, targetCount: 5).isEmpty)
    #expect(Tick.logarithmic(in: 0...10, targetCount: 5).isEmpty)
    #expect(Tick.linear(in: 1...(1 + 1e-14), targetCount: 5).isEmpty)
  }

  @Test func hugeRangesGetFiniteTicks() {
    let ticks = Tick.linear(in: -1e308...1e308, targetCount: 4)
    #expect(ticks.map(\.label) == ["-10³⁰⁸", "-5×10³⁰⁷", "0", "5×10³⁰⁷", "10³⁰⁸"])
    #expect(ticks.allSatisfy { $0.value.isFinite })
  }
}

extension Double {
  /// The power of ten at or below this positive value.
  fileprivate var exponentBase10: Double {
    var power = 1.0
    while power * 10 <= self * (1 + 1e-12) { power *= 10 }
    while power > self * (1 + 1e-12) { power /= 10 }
    return power
  }
}
