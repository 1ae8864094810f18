import Testing

@testable import CellLanguage

@Suite struct FloatFormatterTests {
  @Test(arguments: [
    (0.746632461796028, "0.746632461796028"), (1e-5, "1.0e-5"),
    (64.89673077450595, "64.89673077450595"),
    (-1.0, "-1.0"), (1e6, "1.0e6"), (123456.0, "123456.0"), (0.0001, "0.0001"), (1e16, "1.0e16"),
    (Double.leastNonzeroMagnitude, "5.0e-324"), (0.1 + 0.2, "0.30000000000000004"), (-0.0, "-0.0"),
  ])
  func shortestFormMatchesJulia(_ value: Double, _ expected: String) {
    #expect(FloatFormatter.shortest(value) == expected)
  }

  @Test func shortestFormRoundTrips() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let value = Double(bitPattern: state >> 2)
      guard value.isFinite else { continue }
      let text = FloatFormatter.shortest(value)
      #expect(Double(text) == value, "\(text)")
    }
  }

  @Test func compactFormKeepsSixDigits() {
    #expect(FloatFormatter.compact(0.5908446386657102) == "0.590845")
    #expect(FloatFormatter.compact(1234567.0) == "1.23457e6")
    #expect(FloatFormatter.compact(2.0) == "2.0")
  }
}
