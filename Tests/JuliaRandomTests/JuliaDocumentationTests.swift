import Foundation
import Testing

@testable import JuliaRandom

/// Values printed by Julia 1.0 itself: the notebook, the docstrings of `rand!`, `randn`,
/// `randn!`, `randexp`, `randexp!` and `MersenneTwister`, and `stdlib/Random/test/runtests.jl`.
@Suite struct JuliaDocumentationTests {
  @Test func notebookSeedThreeDrawsItsThreeCoefficients() throws {
    var rng = try MersenneTwister(seed: 3)
    let w = rng.randn(count: 3)
    #expect(w == [1.1915557734285787, -2.5197330871745263, 2.0748097755419757])
    #expect("\(w.reduce(0, +))" == "0.746632461796028")
  }

  @Test func seed1234GivesTheDocumentedUniforms() throws {
    // `rand!(MersenneTwister(1234), zeros(5))` and `rand(MersenneTwister(1234), 2)`.
    var rng = try MersenneTwister(seed: 1234)
    #expect(
      rng.rand(count: 5) == [
        0.5908446386657102, 0.7667970365022592, 0.5662374165061859, 0.4600853424625171,
        0.7940257103317943,
      ])
    var again = try MersenneTwister(seed: 1234)
    #expect(again.rand() == 0.5908446386657102)
  }

  @Test func seed1234GivesTheDocumentedNormals() throws {
    // `randn!(MersenneTwister(1234), zeros(5))`.
    var rng = try MersenneTwister(seed: 1234)
    #expect(
      rng.randn(count: 5) == [
        0.8673472019512456, -0.9017438158568171, -0.4944787535042339, -0.9029142938652416,
        0.8644013132535154,
      ])
  }

  @Test func complexNormalIsTwoNormalsScaledBySquareRootOfHalf() throws {
    // `randn(MersenneTwister(1234), ComplexF64)` prints 0.6133070881429037 - 0.6376291670853887im.
    var rng = try MersenneTwister(seed: 1234)
    let half = 0.7071067811865476
    #expect(half * rng.randn() == 0.6133070881429037)
    #expect(half * rng.randn() == -0.6376291670853887)
  }

  @Test func seed1234GivesTheDocumentedExponentials() throws {
    // `randexp!(MersenneTwister(1234), zeros(5))`.
    var rng = try MersenneTwister(seed: 1234)
    #expect(
      rng.randexp(count: 5) == [
        2.4835053723904896, 1.516703605376473, 0.6044364871025417, 0.6958665886385867,
        1.3065196315496677,
      ])
  }

  @Test func exponentialMatrixFillsColumnByColumn() throws {
    // `rng = MersenneTwister(1234); randexp(rng, Float32); randexp(rng, 3, 3)` prints
    // [1.5167 1.30652 0.344435; 0.604436 2.78029 0.418516; 0.695867 0.693292 0.643644].
    var rng = try MersenneTwister(seed: 1234)
    #expect(Float(rng.randexp()) == 2.4835055)
    let matrix = rng.randexp(rows: 3, columns: 3).map { String(format: "%.6g", $0) }
    #expect(
      matrix == [
        "1.5167", "0.604436", "0.695867", "1.30652", "2.78029", "0.693292", "0.344435",
        "0.418516", "0.643644",
      ])
  }

  @Test func juliaTestSuiteUniformsForSeeds0And42AndATwoWordSeed() throws {
    var zero = try MersenneTwister(seed: 0)
    #expect(zero.rand() == 0.8236475079774124)
    var fortyTwo = try MersenneTwister(seed: 42)
    #expect(fortyTwo.rand() == 0.5331830160438613)
    var large = try MersenneTwister(seed: 5_294_967_296)
    #expect(large.rand() == 0.3498809918210497)
  }

  @Test func juliaTestSuiteMatricesAreColumnMajor() throws {
    // `rand!(MersenneTwister(0), zeros(2, 2))` and `randn!(MersenneTwister(42), zeros(2, 2))`.
    var zero = try MersenneTwister(seed: 0)
    #expect(
      zero.rand(rows: 2, columns: 2) == [
        0.8236475079774124, 0.9103565379264364, 0.16456579813368521, 0.17732884646626457,
      ])
    var fortyTwo = try MersenneTwister(seed: 42)
    #expect(
      fortyTwo.randn(rows: 2, columns: 2) == [
        -0.5560268761463861, -0.444383357109696, 0.027155338009193845, -0.29948409035891055,
      ])
  }

  @Test func juliaTestSuiteArraysJustBelowTheBulkSizeReadTheCache() throws {
    // `AF64 = Vector{Float64}(undef, 381)`: twice `rand!(mt, AF64)[end]`, then 2004 values
    // drawn one by one.
    var rng = try MersenneTwister(seed: 0)
    #expect(rng.rand(count: 381).last == 0.957735065345398)
    #expect(rng.rand(count: 381).last == 0.6492481059865669)
    var last = 0.0
    for _ in 0..<2004 { last = rng.rand() }
    #expect(last == 0.1142787906708973)
  }

  @Test func juliaTestSuiteBulkArrayBypassesAStartedCache() throws {
    // Julia issue 9037: after one `rand()`, `rand!(mt, A)` with 1000 values fills 998 from
    // the recurrence and takes the last two from the cache.
    var rng = try MersenneTwister(seed: 0)
    _ = rng.rand()
    #expect(
      Array(rng.rand(count: 1000).suffix(5)) == [
        0.3371041633752143, 0.41147647589610803, 0.6063082992397912, 0.9103565379264364,
        0.16456579813368521,
      ])
  }
}
