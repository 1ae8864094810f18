import Testing

@testable import JuliaRandom

/// `Random.seed!` and `MersenneTwister(seed)`: Julia's `make_seed` and reseeding.
@Suite struct SeedingTests {
  @Test func integersSplitIntoThirtyTwoBitWordsLeastSignificantFirst() throws {
    #expect(try MersenneTwister.seedWords(for: 0) == [0])
    #expect(try MersenneTwister.seedWords(for: 1234) == [1234])
    #expect(try MersenneTwister.seedWords(for: 5_294_967_296) == [1_000_000_000, 1])
    #expect(try MersenneTwister.seedWords(for: UInt64.max) == [0xffff_ffff, 0xffff_ffff])
    #expect(try MersenneTwister(seed: UInt64(1) << 32).seedWords == [0, 1])
  }

  @Test func negativeSeedIsRejectedWithJuliasMessage() {
    #expect(throws: SeedError.negative("-1")) { try MersenneTwister(seed: -1) }
    #expect(
      SeedError.negative("-1").description == "DomainError with -1:\n`n` must be non-negative.")
  }

  @Test func rejectedSeedLeavesTheGeneratorAsItWas() throws {
    var rng = try MersenneTwister(seed: 3)
    _ = rng.rand()
    let before = rng
    #expect(throws: SeedError.self) { try rng.seed(-5) }
    #expect(rng == before)
  }

  @Test func reseedingRestartsTheStreamAndEmptiesTheCache() throws {
    var rng = try MersenneTwister(seed: 3)
    let first = rng.randn(count: 3)
    _ = rng.rand(count: 5000)
    try rng.seed(3)
    #expect(rng == (try MersenneTwister(seed: 3)))
    #expect(rng.randn(count: 3) == first)
  }

  @Test func defaultGeneratorIsSeededWithZero() throws {
    var fresh = MersenneTwister()
    var zero = try MersenneTwister(seed: 0)
    #expect(fresh.rand() == zero.rand())
  }

  @Test func seedWordsAreTheSeedIntegerSplit() throws {
    var fromInteger = try MersenneTwister(seed: 5_294_967_296)
    var fromWords = MersenneTwister(seedWords: [1_000_000_000, 1])
    #expect(fromInteger.rand(count: 10) == fromWords.rand(count: 10))
    fromWords.seed(words: [3])
    var three = try MersenneTwister(seed: 3)
    #expect(fromWords.randn() == three.randn())
  }

  @Test func copiesContinueTheSameStreamIndependently() throws {
    var original = try MersenneTwister(seed: 7)
    _ = original.rand(count: 10)
    var copy = original
    #expect(original.randn(count: 2000) == copy.randn(count: 2000))
  }
}
