/// `Float32` draws, as Julia 1.0's `Random` makes them for a `MersenneTwister`
/// (`stdlib/Random/src/generation.jl`, `RNGs.jl` and `normal.jl` at v1.0.0).
extension MersenneTwister {
  /// Julia's `mask128(u, Float32)`: keeps 23 mantissa bits of each 32-bit word and sets the
  /// exponent of 1, making four `Float32`s in [1, 2).
  static let float32MantissaMask: UInt128 = 0x007f_ffff_007f_ffff_007f_ffff_007f_ffff
  /// The exponent of `1f0` in each 32-bit word (Julia's second constant of `mask128`).
  static let float32Ones: UInt128 = 0x3f80_0000_3f80_0000_3f80_0000_3f80_0000

  /// A `Float32` uniform in [0, 1), as Julia's `rand(rng, Float32)`:
  /// `reinterpret(Float32, rand(r, UInt23()) | 0x3f800000) - 1`, where `UInt23()` masks a
  /// `rand(r, UInt32)` to 23 bits and a `MersenneTwister`'s `UInt32` is the low 32 bits of
  /// the next raw 52-bit draw (`rand(r, UInt52Raw()) % UInt32`): the low 23 bits of the next
  /// cached `Double`'s mantissa.
  public mutating func randFloat32() -> Float {
    Float(bitPattern: UInt32(truncatingIfNeeded: nextUInt52Raw()) & 0x007f_ffff | 0x3f80_0000)
      - 1
  }

  /// `count` uniform `Float32`s in [0, 1), as Julia 1.0's `rand(rng, Float32, count)`
  /// (`rand!(r::MersenneTwister, A::Array{Float32}, CloseOpen01(Float32))`).
  ///
  /// Every 16 bytes of the array are first filled as two `Double`s in [1, 2), by the same fill
  /// as `rand(rng, Float64, 2 * (count ÷ 4))`; each such pair, read as the little-endian
  /// `UInt128` `u`, becomes `mask128(u ⊻ u << 26, Float32)`: four `Float32`s in [1, 2), its
  /// 32-bit words from the lowest. The last `count % 4` values are `rand(rng, Float32) + 1f0`,
  /// one after another. Then `1f0` is subtracted from every value.
  public mutating func randFloat32(count: Int) -> [Float] {
    precondition(count >= 0, "a count of values cannot be negative")
    let blocks = count / 4
    let doubles = closeOpen12Bits(count: 2 * blocks)
    var values: [Float] = []
    values.reserveCapacity(count)
    for block in 0..<blocks {
      var u = UInt128(doubles[2 * block + 1]) << 64 | UInt128(doubles[2 * block])
      u ^= u << 26
      u = u & MersenneTwister.float32MantissaMask | MersenneTwister.float32Ones
      for word in 0..<4 {
        values.append(Float(bitPattern: UInt32(truncatingIfNeeded: u >> (32 * word))))
      }
    }
    for _ in (4 * blocks)..<count {
      values.append(randFloat32() + 1)
    }
    return values.map { $0 - 1 }
  }

  /// A standard normal `Float32`, as Julia's `randn(rng, Float32)`: `normal.jl` converts the
  /// `Float64` draw, `convert(Float32, randn(rng))`, rounding to nearest.
  public mutating func randnFloat32() -> Float {
    Float(randn())
  }

  /// `count` standard normal `Float32`s, as Julia's `randn(rng, Float32, count)`: `randn!`
  /// draws `randn(rng, Float32)` for each element in turn.
  public mutating func randnFloat32(count: Int) -> [Float] {
    precondition(count >= 0, "a count of values cannot be negative")
    return (0..<count).map { _ in randnFloat32() }
  }

  /// An exponential `Float32` with scale 1, as Julia's `randexp(rng, Float32)`: the `Float64`
  /// draw converted, as for `randn` (`normal.jl` defines both in one loop).
  public mutating func randexpFloat32() -> Float {
    Float(randexp())
  }

  /// `count` exponential `Float32`s, as Julia's `randexp(rng, Float32, count)`.
  public mutating func randexpFloat32(count: Int) -> [Float] {
    precondition(count >= 0, "a count of values cannot be negative")
    return (0..<count).map { _ in randexpFloat32() }
  }
}
