/// Integers from ranges, permutations and shuffles, as Julia 1.0's `Random` draws them for a
/// `MersenneTwister` (`stdlib/Random/src/generation.jl`, `RNGs.jl` and `misc.jl` at v1.0.0).
extension MersenneTwister {
  /// Julia's `rand(rng, UInt52Raw())` on a `MersenneTwister`: the bit pattern of the next cached
  /// `Double` in [1, 2) (exponent bits included; callers mask them away).
  @inline(__always)
  mutating func nextUInt52Raw() -> UInt64 {
    nextCloseOpen12Bits()
  }

  /// Julia's `rand(rng, LessThan(limit, Masked(mask, UInt52Raw())))`: masked raw draws, each
  /// rejected while it exceeds `limit`.
  @inline(__always)
  mutating func maskedBelow(_ limit: UInt64, mask: UInt64) -> UInt64 {
    var x = nextUInt52Raw() & mask
    while x > limit { x = nextUInt52Raw() & mask }
    return x
  }

  /// The number of bits of `m` (Julia's `64 - leading_zeros(m)`) and the mask of that width.
  static func mask(covering m: UInt64) -> (bits: Int, mask: UInt64) {
    let bits = 64 - m.leadingZeroBitCount
    return (bits, bits == 64 ? UInt64.max : (UInt64(1) << UInt64(bits)) - 1)
  }

  /// The largest range length (`last - first + 1`) that `rand(rng, first:last)` draws with 52
  /// bits per value; longer ranges take Julia's 64-bit path, which is not reproduced.
  public static let maximumRangeLength: UInt64 = 1 << 52

  /// A uniform integer of `first...last`, as Julia 1.0's `rand(rng, first:last)`: a
  /// `MersenneTwister` samples unit ranges with `SamplerRangeFast`, drawing the range's bit
  /// width of each raw 52-bit value and rejecting values past the range's length.
  /// - Precondition: the range is non-empty and at most `maximumRangeLength` long.
  public mutating func rand(in range: ClosedRange<Int>) -> Int {
    let m = UInt64(bitPattern: Int64(range.upperBound) &- Int64(range.lowerBound))
    precondition(m < MersenneTwister.maximumRangeLength, "range too long for 52-bit sampling")
    let (_, mask) = MersenneTwister.mask(covering: m)
    let x = maskedBelow(m, mask: mask)
    return Int(bitPattern: UInt(x &+ UInt64(bitPattern: Int64(range.lowerBound))))
  }

  /// `count` uniform integers of `range`, as Julia 1.0's `rand(rng, range, count)` (the same
  /// sampler, one value after another).
  public mutating func rand(in range: ClosedRange<Int>, count: Int) -> [Int] {
    (0..<count).map { _ in rand(in: range) }
  }

  /// The order Julia 1.0's `shuffle!(rng, a)` leaves an array of `count` elements in, as the
  /// 0-based positions of the original elements: Fisher–Yates from the last place down, place
  /// `i` (1-based) swapped with `1 + rand(rng, ltm52(i, mask))`, the mask halved whenever
  /// `mask >> 1 == i` (`misc.jl`).
  public mutating func shuffledIndices(count: Int) -> [Int] {
    precondition(count >= 0 && UInt64(count) <= MersenneTwister.maximumRangeLength)
    var a = Array(0..<count)
    guard count > 1 else { return a }
    var mask = UInt64(MersenneTwister.nextPowerOfTwo(count) - 1)
    for i in stride(from: count, through: 2, by: -1) {
      if mask >> 1 == UInt64(i) { mask >>= 1 }
      let j = 1 + Int(maskedBelow(UInt64(i - 1), mask: mask))
      a.swapAt(i - 1, j - 1)
    }
    return a
  }

  /// Julia 1.0's `randperm(rng, n)`: the inside-out Fisher–Yates of `randperm!` (`misc.jl`),
  /// starting from `a[1] = 1` with the mask 3, doubled (plus one) after place `1 + mask`.
  public mutating func randperm(_ n: Int) -> [Int] {
    precondition(n >= 0 && UInt64(n) <= MersenneTwister.maximumRangeLength)
    guard n > 0 else { return [] }
    var a = [Int](repeating: 0, count: n)
    a[0] = 1
    var mask: UInt64 = 3
    if n >= 2 {
      for i in 2...n {
        let j = 1 + Int(maskedBelow(UInt64(i - 1), mask: mask))
        if i != j { a[i - 1] = a[j - 1] }
        a[j - 1] = i
        if UInt64(i) == 1 + mask { mask = 2 * mask + 1 }
      }
    }
    return a
  }

  /// Julia's `nextpow2(n)` (`nextpow(2, n)`) for `n >= 1`.
  static func nextPowerOfTwo(_ n: Int) -> Int {
    var p = 1
    while p < n { p <<= 1 }
    return p
  }
}
