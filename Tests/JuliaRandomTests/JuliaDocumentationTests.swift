import Testing

@testable import JuliaRandom

/// Values printed by Julia 1.0 itself: its docstrings, its test suite, and the notebook.
@Suite struct JuliaDocumentationTests {
  @Test func notebookSeedThreeDrawsItsThreeCoefficients() throws {
    var rng = try MersenneTwister(seed: 3)
    let w = rng.randn(count: 3)
    #expect(w == [1.1915557734285787, -2.5197330871745263, 2.0748097755419757])
    #expect(w.reduce(0, +) == 0.746632461796028)
    #expect("\(w.reduce(0, +))" == "0.746632461796028")
  }

  @Test func seed1234GivesTheDocumentedUniforms() throws {
    // `rand!(MersenneTwister(1234), zeros(5))` in the docstring of `rand!`.
    var rng = try MersenneTwister(seed: 1234)
    #expect(
      rng.rand(count: 5) == [
        0.5908446386657102, 0.7667970365022592, 0.5662374165061859, 0.4600853424625171,
        0.7940257103317943,
      ])
  }
}
