import Testing

@testable import JuliaRandom

/// Permutations and range draws against the examples Julia 1.0 prints in the docstrings of
/// `stdlib/Random/src/misc.jl` (v1.0.0): `shuffle`, `shuffle!`, `randperm`, `randperm!`.
@Suite struct RangeSamplingTests {
  @Test func shuffleOfOneToTenMatchesTheDocstring() throws {
    // `rng = MersenneTwister(1234); shuffle(rng, Vector(1:10))`.
    var rng = try MersenneTwister(seed: 1234)
    let order = rng.shuffledIndices(count: 10).map { $0 + 1 }
    #expect(order == [6, 1, 10, 2, 3, 9, 5, 7, 4, 8])
  }

  @Test func shuffleInPlaceOfOneToSixteenMatchesTheDocstring() throws {
    // `rng = MersenneTwister(1234); shuffle!(rng, Vector(1:16))`.
    var rng = try MersenneTwister(seed: 1234)
    let order = rng.shuffledIndices(count: 16).map { $0 + 1 }
    #expect(order == [2, 15, 5, 14, 1, 9, 10, 6, 11, 3, 16, 7, 4, 12, 8, 13])
  }

  @Test func randpermOfFourMatchesTheDocstring() throws {
    // `randperm(MersenneTwister(1234), 4)` and `randperm!(MersenneTwister(1234), …)`.
    var rng = try MersenneTwister(seed: 1234)
    #expect(rng.randperm(4) == [2, 1, 4, 3])
  }

  @Test func scalarRangeDrawMatchesJuliaIssue33170() throws {
    // julia#33170: on Julia 1.2, `Random.seed!(1234); rand(2:4)` gives 2 with
    // `SamplerRangeFast`, the scalar sampler Julia 1.0's `MersenneTwister` already used.
    var rng = try MersenneTwister(seed: 1234)
    #expect(rng.rand(in: 2...4) == 2)
  }

  @Test func permutationsAreOfTheWholeRange() throws {
    var rng = try MersenneTwister(seed: 7)
    for n in [0, 1, 2, 3, 5, 8, 9, 17, 100] {
      #expect(rng.randperm(n).sorted() == (0..<n).map { $0 + 1 })
      #expect(rng.shuffledIndices(count: n).sorted() == Array(0..<n))
    }
  }

  @Test func rangeDrawsTakeOneCachedValueEachWhenNoneIsRejected() throws {
    // For `1:8` the mask is 7 and nothing is rejected: each draw is 1 plus the low three bits
    // of the next cached value, so it consumes exactly what `rand()` would.
    var a = try MersenneTwister(seed: 42)
    var b = try MersenneTwister(seed: 42)
    for _ in 0..<2000 {
      let bits = b.nextCloseOpen12Bits()
      #expect(a.rand(in: 1...8) == 1 + Int(bits & 7))
    }
  }

  @Test func rangeDrawsStayInTheRangeAndRejectPastIt() throws {
    var rng = try MersenneTwister(seed: 1)
    var seen = Set<Int>()
    for _ in 0..<5000 {
      let x = rng.rand(in: -3...6)
      #expect((-3...6).contains(x))
      seen.insert(x)
    }
    #expect(seen.count == 10)
  }
}
