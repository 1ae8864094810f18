import Foundation
import Testing

@testable import JuliaRandom

/// Statistical sanity of long runs: moments, and how often the ziggurats leave their fast path.
@Suite struct DistributionTests {
  private let count = 1_000_000

  @Test func normalDrawsHaveMeanZeroAndVarianceOne() throws {
    var rng = try MersenneTwister(seed: 2018)
    let draws = rng.randn(count: count)
    let (mean, variance) = moments(draws)
    let n = Double(count)
    #expect(abs(mean) < 5 / n.squareRoot())
    #expect(abs(variance - 1) < 5 * (2 / n).squareRoot())
  }

  @Test func normalTailAndWedgesAreTakenAsOftenAsTheTablesSay() throws {
    var rng = try MersenneTwister(seed: 2018)
    var counts = ZigguratCounts()
    let draws = (0..<count).map { _ in rng.randn(counting: &counts) }
    let r = MersenneTwister.normalTailStart

    // Only the tail method yields values beyond r, and it yields nothing else.
    let beyond = draws.filter { abs($0) > r }.count
    #expect(counts.tail == beyond)

    // A draw reaches the tail with probability (1/256)(1 − ki[0]/2^51).
    let base = Double(ZigguratTables.normalBounds[0]) / 0x1p51
    let expectedTail = Double(count) / 256 * (1 - base)
    #expect(abs(Double(counts.tail) - expectedTail) < 5 * expectedTail.squareRoot())

    // Two-sided normal tail beyond r: erfc(r/√2) of all draws.
    let expectedBeyond = Double(count) * erfc(r / 2.0.squareRoot())
    #expect(abs(Double(beyond) - expectedBeyond) < 5 * expectedBeyond.squareRoot())

    #expect(counts.wedgeAccepted > 1000)
    #expect(counts.wedgeRejected > 1000)
  }

  @Test func exponentialDrawsHaveMeanOneAndVarianceOne() throws {
    var rng = try MersenneTwister(seed: 2018)
    let draws = rng.randexp(count: count)
    let (mean, variance) = moments(draws)
    let n = Double(count)
    #expect(draws.allSatisfy { $0 >= 0 })
    #expect(abs(mean - 1) < 5 / n.squareRoot())
    #expect(abs(variance - 1) < 5 * (8 / n).squareRoot())
    // The exponential tail starts at 7.697…; about 1 in 2200 draws lies beyond it.
    let beyond = draws.filter { $0 > MersenneTwister.exponentialTailStart }.count
    let expectedBeyond = n * Foundation.exp(-MersenneTwister.exponentialTailStart)
    #expect(abs(Double(beyond) - expectedBeyond) < 5 * expectedBeyond.squareRoot())
  }

  @Test func uniformDrawsHaveMeanOneHalfAndVarianceOneTwelfth() throws {
    var rng = try MersenneTwister(seed: 2018)
    let (mean, variance) = moments(rng.rand(count: count))
    let n = Double(count)
    #expect(abs(mean - 0.5) < 5 * (1 / 12 / n).squareRoot())
    #expect(abs(variance - 1 / 12) < 5 * (1 / 180 / n).squareRoot())
  }

  private func moments(_ values: [Double]) -> (mean: Double, variance: Double) {
    let mean = values.reduce(0, +) / Double(values.count)
    let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
    return (mean, variance)
  }
}
