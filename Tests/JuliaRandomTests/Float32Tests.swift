import Foundation
import Testing

@testable import JuliaRandom

/// `Float32` draws against values derived here from the `Float64` stream by Julia 1.0's recipe
/// (`generation.jl`, `RNGs.jl`), in 64-bit halves rather than the `UInt128` arithmetic of the
/// implementation, and against the `randn` docstring's `ComplexF32` example.
@Suite struct Float32Tests {
  /// `2^-23`: a `Float32` in [0, 1) drawn from 23 bits `k` is exactly `k * 2^-23`.
  static let unit: Float = 1 / 8_388_608

  /// The bit patterns of the next `count` `Double`s in [1, 2) that `rand(rng, count)` would
  /// draw (its values plus 1.0, which is exact).
  static func closeOpen12Bits(_ rng: inout MersenneTwister, count: Int) -> [UInt64] {
    rng.rand(count: count).map { ($0 + 1.0).bitPattern }
  }

  /// The four `Float32`s Julia makes of two `Double`s `lo`, `hi` in [1, 2): the words of
  /// `u ⊻ u << 26`, `u = hi << 64 | lo`, each keeping its low 23 bits as the fraction.
  static func fourValues(lo: UInt64, hi: UInt64) -> [Float] {
    let mixedLo = lo ^ (lo << 26)
    let mixedHi = hi ^ (hi << 26) ^ (lo >> 38)
    return [mixedLo, mixedLo >> 32, mixedHi, mixedHi >> 32].map {
      Float($0 & 0x7f_ffff) * unit
    }
  }

  @Test func scalarIsTheLow23BitsOfTheNextDouble() throws {
    var rng = try MersenneTwister(seed: 1234)
    var reference = rng
    for _ in 0..<2000 {
      let bits = reference.randCloseOpen12().bitPattern
      #expect(rng.randFloat32() == Float(bits & 0x7f_ffff) * Self.unit)
    }
  }

  @Test(arguments: [0, 1, 3, 4, 5, 7, 8, 10, 764, 765, 767, 768, 1000, 1531, 2004, 4099])
  func arrayFollowsTheDoubleFill(count: Int) throws {
    // Small arrays copy from the cache; from 768 values (384 doubles) on, the doubles come
    // straight from the recurrence. Start mid-cache so both the cache and the recurrence matter.
    var rng = try MersenneTwister(seed: 42)
    for _ in 0..<700 { _ = rng.rand() }
    var reference = rng
    let values = rng.randFloat32(count: count)

    let blocks = count / 4
    let doubles = Self.closeOpen12Bits(&reference, count: 2 * blocks)
    var expected: [Float] = []
    for block in 0..<blocks {
      expected += Self.fourValues(lo: doubles[2 * block], hi: doubles[2 * block + 1])
    }
    for _ in (4 * blocks)..<count {
      expected.append(Float(reference.randCloseOpen12().bitPattern & 0x7f_ffff) * Self.unit)
    }
    #expect(values == expected)
    #expect(values.allSatisfy { 0 <= $0 && $0 < 1 })
    // The generator continues where the reference does.
    #expect(rng.rand() == reference.rand())
  }

  @Test func firstValueOfAnArrayIsTheScalarDraw() throws {
    // The low word of `u ⊻ u << 26` is untouched by the shift: an array's first value uses the
    // same bits as `rand(rng, Float32)` would.
    var scalar = try MersenneTwister(seed: 0)
    var array = try MersenneTwister(seed: 0)
    #expect(array.randFloat32(count: 8)[0] == scalar.randFloat32())
  }

  @Test func emptyArrayFillsAnEmptyCache() throws {
    // `_rand_max383!` refills an empty cache even for no values, so a following bulk fill reads
    // the recurrence after the cache's 1002 values, as it does after one `rand()`.
    var rng = try MersenneTwister(seed: 7)
    _ = rng.randFloat32(count: 0)
    let bulk = rng.rand(count: 1000)
    var afterOneDraw = try MersenneTwister(seed: 7)
    _ = afterOneDraw.rand()
    #expect(bulk.prefix(998) == afterOneDraw.rand(count: 1000).prefix(998))
    var untouched = try MersenneTwister(seed: 7)
    #expect(untouched.rand(count: 1000).prefix(998) != bulk.prefix(998))
  }

  @Test func complexFloat32NormalsOfTheDocstring() throws {
    // `rng = MersenneTwister(1234); randn(rng, ComplexF64); randn(rng, ComplexF32, (2, 3))`
    // prints [-0.349649-0.638457im 0.376756-0.192146im -0.396334-0.0136413im;
    // 0.611224+1.56403im 0.355204-0.365563im 0.0905552+1.31012im]: each part is
    // `SQRT_HALF * randn(rng, Float32)`, the irrational rounded to `Float32` first.
    var rng = try MersenneTwister(seed: 1234)
    _ = rng.randn()
    _ = rng.randn()
    let half = Float(0.7071067811865476)
    let parts = (0..<12).map { _ in String(format: "%.6g", half * rng.randnFloat32()) }
    #expect(
      parts == [
        "-0.349649", "-0.638457", "0.611224", "1.56403", "0.376756", "-0.192146",
        "0.355204", "-0.365563", "-0.396334", "-0.0136413", "0.0905552", "1.31012",
      ])
  }

  @Test func normalsAndExponentialsAreTheDoublesRounded() throws {
    var rng = try MersenneTwister(seed: 3)
    var reference = rng
    #expect(rng.randnFloat32(count: 50) == reference.randn(count: 50).map { Float($0) })
    #expect(rng.randexpFloat32() == Float(reference.randexp()))
    // `randexp(MersenneTwister(1234), Float32)` prints 2.4835055f0 in its docstring.
    var documented = try MersenneTwister(seed: 1234)
    #expect(documented.randexpFloat32() == 2.4835055)
  }
}
