/// Julia 1.0's `MersenneTwister`: dSFMT-19937 behind Julia's cache of 1002 values.
///
/// Seeded with the same integer, it yields exactly the numbers Julia 1.0's `Random.seed!(n)`
/// followed by `rand`, `randn` and `randexp` yield (Julia's `stdlib/Random/src/RNGs.jl`,
/// `generation.jl` and `normal.jl`). It is a value: a copy continues the same stream
/// independently, as Julia's `copy(rng)` does.
public struct MersenneTwister: Equatable, Sendable {
  /// Julia's `MT_CACHE_F = 501 << 1`: how many `Double`s one refill of the cache generates.
  static let cacheSize = 1002

  /// The seed as Julia keeps it: 32-bit words, least significant first.
  public private(set) var seedWords: [UInt32]
  /// The dSFMT recurrence, already advanced past everything in `cache`.
  var state: DSFMTState
  /// Bit patterns of `Double`s in [1, 2), read from `cacheIndex` on.
  var cache: [UInt64]
  /// How many values of `cache` were used (Julia's `idxF`); `cacheSize` means empty.
  var cacheIndex: Int

  /// A generator seeded with 0, the seed Julia's global generator is built with (Julia then
  /// reseeds it from system entropy as it starts; a generator here is always reproducible).
  public init() {
    self.init(seedWords: [0])
  }

  /// A generator seeded with a non-negative integer, as Julia's `MersenneTwister(seed)`.
  /// - Throws: `SeedError` when `seed` is negative.
  public init(seed: some BinaryInteger) throws {
    self.init(seedWords: try MersenneTwister.seedWords(for: seed))
  }

  /// A generator seeded with 32-bit words, as Julia's `MersenneTwister(::Vector{UInt32})`.
  public init(seedWords: [UInt32]) {
    self.seedWords = seedWords
    state = DSFMTState(key: seedWords)
    cache = [UInt64](repeating: 0, count: MersenneTwister.cacheSize)
    cacheIndex = MersenneTwister.cacheSize
  }

  /// Reseeds the generator, as Julia's `Random.seed!(rng, seed)`.
  /// - Throws: `SeedError` when `seed` is negative; the generator is then unchanged.
  public mutating func seed(_ seed: some BinaryInteger) throws {
    self = MersenneTwister(seedWords: try MersenneTwister.seedWords(for: seed))
  }

  /// Reseeds the generator with 32-bit words, as Julia's `Random.seed!(rng, ::Vector{UInt32})`.
  public mutating func seed(words: [UInt32]) {
    self = MersenneTwister(seedWords: words)
  }

  /// Julia's `make_seed(n)`: the integer's 32-bit words, least significant first.
  static func seedWords(for seed: some BinaryInteger) throws -> [UInt32] {
    guard seed >= 0 else { throw SeedError.negative(String(seed)) }
    var rest = seed
    var words: [UInt32] = []
    repeat {
      words.append(UInt32(truncatingIfNeeded: rest))
      rest >>= 32
    } while rest != 0
    return words
  }

  /// The next cached value's bit pattern, a `Double` in [1, 2); refills the cache when empty.
  @inline(__always)
  mutating func nextCloseOpen12Bits() -> UInt64 {
    if cacheIndex == MersenneTwister.cacheSize {
      refillCache()
    }
    let bits = cache[cacheIndex]
    cacheIndex += 1
    return bits
  }

  /// Julia's `gen_rand`: fills the whole cache from the recurrence and marks it full.
  @inline(never)
  mutating func refillCache() {
    cache.withUnsafeMutableBytes { bytes in
      state.generate(
        into: bytes.baseAddress.unsafelyUnwrapped, pairs: MersenneTwister.cacheSize / 2)
    }
    cacheIndex = 0
  }

  /// A `Double` uniform in [1, 2): Julia's `rand(rng, Random.CloseOpen12())`, dSFMT's
  /// `genrand_close1_open2`.
  package mutating func randCloseOpen12() -> Double {
    Double(bitPattern: nextCloseOpen12Bits())
  }

  /// A `Double` uniform in [0, 1), as Julia's `rand(rng)`.
  public mutating func rand() -> Double {
    Double(bitPattern: nextCloseOpen12Bits()) - 1.0
  }

  /// 52 uniform bits, as Julia's `rand(rng, Random.UInt52())`: the mantissa of the next value.
  @inline(__always)
  mutating func nextUInt52() -> UInt64 {
    nextCloseOpen12Bits() & DSFMTState.mantissaMask
  }
}
