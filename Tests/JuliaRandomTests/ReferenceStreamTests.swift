import Testing

@testable import JuliaRandom

/// 100 000-draw streams against the values of the dSFMT reference program.
@Suite struct ReferenceStreamTests {
  @Test(arguments: ReferenceStream.all)
  func streamMatchesTheReferenceProgram(_ reference: ReferenceStream) {
    var rng = MersenneTwister(seedWords: reference.seedWords)
    var counts = ZigguratCounts()
    let draws: [Double]
    switch reference.kind {
    case .uniform: draws = (0..<100_000).map { _ in rng.rand() }
    case .normal: draws = (0..<100_000).map { _ in rng.randn(counting: &counts) }
    case .exponential: draws = rng.randexp(count: 100_000)
    case .uniformArrayAfterOneDraw:
      _ = rng.rand()
      draws = rng.rand(count: 100_000)
    }
    #expect(checksum(draws) == reference.checksum)
    for (position, value) in reference.samples {
      #expect(draws[position] == value, "draw \(position)")
    }
    if let branches = reference.branches {
      #expect(counts.tail == branches.tail)
      #expect(counts.wedgeAccepted == branches.wedgeAccepted)
      #expect(counts.wedgeRejected == branches.wedgeRejected)
    }
    if let next = reference.nextDraw {
      #expect(rng.rand() == next)
    }
  }

  /// FNV-1a over the values' bit patterns, one 64-bit word at a time.
  private func checksum(_ values: [Double]) -> UInt64 {
    values.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ $1.bitPattern) &* 0x100_0000_01b3 }
  }
}
