import Testing

@testable import JuliaRandom

/// `MersenneTwister` as a Swift `RandomNumberGenerator`.
@Suite struct RandomNumberGeneratorTests {
  @Test func nextJoinsTheMantissasOfTwoDraws() throws {
    var rng = try MersenneTwister(seed: 1234)
    var draws = try MersenneTwister(seed: 1234)
    let high = draws.randCloseOpen12().bitPattern & 0x000f_ffff_ffff_ffff
    let low = draws.randCloseOpen12().bitPattern & 0x000f_ffff_ffff_ffff
    #expect(rng.next() == (high << 12) ^ low)
    #expect(rng.rand() == draws.rand())
  }

  @Test func swiftRandomAPIsFollowTheSeed() throws {
    var first = try MersenneTwister(seed: 3)
    var second = try MersenneTwister(seed: 3)
    let deck = Array(1...52)
    #expect(deck.shuffled(using: &first) == deck.shuffled(using: &second))
    #expect(Int.random(in: 1...6, using: &first) == Int.random(in: 1...6, using: &second))
  }

  @Test func nextUsesAllSixtyFourBits() throws {
    var rng = try MersenneTwister(seed: 8)
    var union: UInt64 = 0
    var intersection: UInt64 = .max
    for _ in 0..<1000 {
      let value = rng.next()
      union |= value
      intersection &= value
    }
    #expect(union == .max)
    #expect(intersection == 0)
  }
}
