import Foundation
import Testing

@testable import JuliaRandom

/// The dSFMT-19937 recurrence against dSFMT's own published output.
@Suite struct DSFMTTests {
  @Test func testKeyReproducesThePublishedReferenceOutput() {
    var rng = MersenneTwister(seedWords: [1, 2, 3, 4])
    let expected = DSFMTPublishedOutput.keyOneTwoThreeFour.split(whereSeparator: \.isWhitespace)
    #expect(expected.count == 1000)
    let actual = (0..<expected.count).map { _ in
      String(format: "%1.15f", rng.randCloseOpen12())
    }
    #expect(actual == expected.map(String.init))
  }

  @Test func bulkArrayFromAFreshGeneratorEqualsOneByOneDraws() throws {
    // With the cache empty, the recurrence and the cache produce the same sequence.
    var bulk = try MersenneTwister(seed: 11)
    var single = try MersenneTwister(seed: 11)
    let values = bulk.rand(count: 5001)
    #expect(values == (0..<5001).map { _ in single.rand() })
    #expect(bulk.rand() == single.rand())
  }

  @Test func bulkPathStartsAtThreeHundredEightyFourValues() throws {
    // 383 values are drawn from the cache; 384 fill 382 from the recurrence.
    var cached = try MersenneTwister(seed: 5)
    _ = cached.rand()
    var expected = try MersenneTwister(seed: 5)
    _ = expected.rand()
    #expect(cached.rand(count: 383) == (0..<383).map { _ in expected.rand() })

    var bulk = try MersenneTwister(seed: 5)
    _ = bulk.rand()
    var cacheOnly = try MersenneTwister(seed: 5)
    _ = cacheOnly.rand()
    let values = bulk.rand(count: 384)
    let cachedPair = [cacheOnly.rand(), cacheOnly.rand()]
    #expect(values[0] != cachedPair[0])
    #expect(Array(values.suffix(2)) == cachedPair)
  }

  @Test func valuesLieInTheUnitInterval() throws {
    var rng = try MersenneTwister(seed: 99)
    let values = rng.rand(count: 10_000) + (0..<10_000).map { _ in rng.rand() }
    #expect(values.allSatisfy { 0 <= $0 && $0 < 1 })
  }
}
