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

  /// Float32s as Julia 1.0 shows them: the shortest digits that read back as the same Float32
  /// (grisu's single-precision mode), `f0`/`f` for the exponent when typed.
  @Test(arguments: [
    (Float(0.1), "0.1f0"), (Float(1.0e-8), "1.0f-8"),
    (Float.greatestFiniteMagnitude, "3.4028235f38"),
    (Float(1) / 3, "0.33333334f0"), (Float(1), "1.0f0"), (Float(-2.5), "-2.5f0"),
    (Float(1.0e-3), "0.001f0"), (Float(123456.0), "123456.0f0"), (Float(1.0e7), "1.0f7"),
    (Float.ulpOfOne, "1.1920929f-7"), (Float.leastNonzeroMagnitude, "1.0f-45"),
    (Float(16_777_216), "1.6777216f7"), (Float(0.3), "0.3f0"), (-Float(0), "-0.0f0"),
  ])
  func float32ShortestFormMatchesJulia(_ value: Float, _ expected: String) {
    #expect(FloatFormatter.shortest32(value, typed: true) == expected)
  }

  @Test func float32UntypedFormHasNoSuffix() {
    #expect(FloatFormatter.shortest32(1.5, typed: false) == "1.5")
    #expect(FloatFormatter.shortest32(1.0e-8, typed: false) == "1.0e-8")
    #expect(FloatFormatter.shortest32(.infinity, typed: false) == "Inf")
    #expect(FloatFormatter.shortest32(.infinity, typed: true) == "Inf32")
  }

  @Test func float32ShortestFormRoundTrips() {
    var state: UInt32 = 0x9E37_79B9
    for _ in 0..<2000 {
      state = state &* 1_664_525 &+ 1_013_904_223
      let value = Float(bitPattern: state)
      guard value.isFinite else { continue }
      let text = FloatFormatter.shortest32(value, typed: false)
      #expect(Float(text) == value, "\(text)")
    }
  }
}
