/// The state of dSFMT-19937, the double-precision SIMD-oriented Fast Mersenne Twister.
///
/// Follows the dSFMT 2.2.3 reference (Saito and Matsumoto, `dSFMT.c` and
/// `dSFMT-params19937.h`), which Julia 1.0 links as `libdSFMT`. The state is 192 pairs of
/// 64-bit words: 191 pairs of the recurrence plus the "lung" pair. Every generated word is the
/// bit pattern of a `Double` in [1, 2).
struct DSFMTState: Equatable, Sendable {
  /// The number of 128-bit words in the recurrence (`DSFMT_N`).
  static let pairCount = 191
  /// The fewest `Double`s one bulk generation may produce (`dsfmt_get_min_array_size()`).
  static let minimumArraySize = 2 * pairCount
  /// The recurrence's lag (`DSFMT_POS1`).
  static let lag = 117
  /// The left shift of the recurrence (`DSFMT_SL1`).
  static let shiftLeft: UInt64 = 19
  /// The right shift of the recurrence (`DSFMT_SR`).
  static let shiftRight: UInt64 = 12
  /// The masks of the recurrence, one per 64-bit half (`DSFMT_MSK1`, `DSFMT_MSK2`).
  static let masks: (UInt64, UInt64) = (0x000f_faff_ffff_fb3f, 0x000f_fdff_fc90_fffd)
  /// The period-certification fix and vector (`DSFMT_FIX1/2`, `DSFMT_PCV1/2`).
  static let fix: (UInt64, UInt64) = (0x9001_4964_b32f_4329, 0x3b8d_12ac_548a_7c7a)
  static let certificationVector: (UInt64, UInt64) = (0x3d84_e1ac_0dc8_2880, 0x0000_0000_0000_0001)
  /// The mantissa mask and the exponent of 1.0 that put a word into [1, 2)
  /// (`DSFMT_LOW_MASK`, `DSFMT_HIGH_CONST`).
  static let mantissaMask: UInt64 = 0x000f_ffff_ffff_ffff
  static let exponentOfOne: UInt64 = 0x3ff0_0000_0000_0000

  /// The recurrence's words, `words[2 * i]` the low and `words[2 * i + 1]` the high half of pair
  /// `i`; pair `pairCount` is the lung.
  private(set) var words: [UInt64]

  /// A state initialised from `key` by `dsfmt_init_by_array`.
  init(key: [UInt32]) {
    words = DSFMTState.initialWords(key: key)
    certifyPeriod()
  }
}

extension DSFMTState {
  /// dSFMT's `dsfmt_init_by_array`: mixes `key` into the state seen as 32-bit words.
  private static func initialWords(key: [UInt32]) -> [UInt64] {
    // Phase 1: the state as 768 little-endian 32-bit words, all bytes 0x8b.
    let size = (pairCount + 1) * 4
    let lag = 11  // size >= 623
    let mid = (size - lag) / 2
    var state = [UInt32](repeating: 0x8b8b_8b8b, count: size)
    func mix1(_ x: UInt32) -> UInt32 { (x ^ (x >> 27)) &* 1_664_525 }
    func mix2(_ x: UInt32) -> UInt32 { (x ^ (x >> 27)) &* 1_566_083_941 }

    // Phase 2: fold the key in, then stir `size` more times.
    let count = max(key.count + 1, size)
    var r = mix1(state[0] ^ state[mid % size] ^ state[(size - 1) % size])
    state[mid % size] &+= r
    r &+= UInt32(truncatingIfNeeded: key.count)
    state[(mid + lag) % size] &+= r
    state[0] = r
    var i = 1
    for j in 0..<(count - 1) {
      r = mix1(state[i] ^ state[(i + mid) % size] ^ state[(i + size - 1) % size])
      state[(i + mid) % size] &+= r
      r &+= (j < key.count ? key[j] : 0) &+ UInt32(i)
      state[(i + mid + lag) % size] &+= r
      state[i] = r
      i = (i + 1) % size
    }
    for _ in 0..<size {
      r = mix2(state[i] &+ state[(i + mid) % size] &+ state[(i + size - 1) % size])
      state[(i + mid) % size] ^= r
      r &-= UInt32(i)
      state[(i + mid + lag) % size] ^= r
      state[i] = r
      i = (i + 1) % size
    }

    // Phase 3: pair the 32-bit words into 64-bit ones and mask the recurrence into [1, 2).
    var words = (0..<(size / 2)).map { UInt64(state[2 * $0]) | UInt64(state[2 * $0 + 1]) << 32 }
    for k in 0..<(2 * pairCount) {
      words[k] = (words[k] & mantissaMask) | exponentOfOne
    }
    return words
  }

  /// dSFMT's `period_certification`: makes sure the period is a multiple of 2¹⁹⁹³⁷ − 1.
  private mutating func certifyPeriod() {
    let lung = 2 * DSFMTState.pairCount
    let pcv = DSFMTState.certificationVector
    var inner =
      ((words[lung] ^ DSFMTState.fix.0) & pcv.0) ^ ((words[lung + 1] ^ DSFMTState.fix.1) & pcv.1)
    var shift: UInt64 = 32
    while shift > 0 {
      inner ^= inner >> shift
      shift >>= 1
    }
    if inner & 1 == 0 {
      // DSFMT_PCV2 is odd, so flipping the lowest bit of the lung's high half fixes it.
      words[lung + 1] ^= 1
    }
  }

  /// Runs the recurrence `pairs` times (at least `pairCount`), writing every new 128-bit word
  /// to `output` as two `UInt64`s; the state then holds the last `pairCount` of them.
  ///
  /// This is dSFMT's `gen_rand_array_c1o2` (`dsfmt_fill_array_close1_open2`): the output is the
  /// bit patterns of `2 * pairs` `Double`s in [1, 2), in the order `genrand_close1_open2`
  /// would return them. `output` is raw memory so that it may be a `Double` array's storage.
  mutating func generate(into output: UnsafeMutableRawPointer, pairs: Int) {
    precondition(pairs >= DSFMTState.pairCount, "dSFMT fills at least 382 values at a time")
    let n = DSFMTState.pairCount
    let lag = DSFMTState.lag
    func outputWord(_ k: Int) -> UInt64 { output.load(fromByteOffset: 8 * k, as: UInt64.self) }
    words.withUnsafeMutableBufferPointer { state in
      var lung0 = state[2 * n]
      var lung1 = state[2 * n + 1]
      for i in 0..<pairs {
        // a: the word `pairCount` back; b: the word `pairCount − lag` back.
        let (a0, a1) =
          i < n
          ? (state[2 * i], state[2 * i + 1])
          : (outputWord(2 * (i - n)), outputWord(2 * (i - n) + 1))
        let j = i + lag
        let (b0, b1) =
          j < n
          ? (state[2 * j], state[2 * j + 1])
          : (outputWord(2 * (j - n)), outputWord(2 * (j - n) + 1))
        let newLung0 = (a0 << DSFMTState.shiftLeft) ^ (lung1 >> 32) ^ (lung1 << 32) ^ b0
        let newLung1 = (a1 << DSFMTState.shiftLeft) ^ (lung0 >> 32) ^ (lung0 << 32) ^ b1
        lung0 = newLung0
        lung1 = newLung1
        let r0 = (lung0 >> DSFMTState.shiftRight) ^ (lung0 & DSFMTState.masks.0) ^ a0
        let r1 = (lung1 >> DSFMTState.shiftRight) ^ (lung1 & DSFMTState.masks.1) ^ a1
        output.storeBytes(of: r0, toByteOffset: 16 * i, as: UInt64.self)
        output.storeBytes(of: r1, toByteOffset: 16 * i + 8, as: UInt64.self)
      }
      for k in 0..<(2 * n) {
        state[k] = outputWord(2 * (pairs - n) + k)
      }
      state[2 * n] = lung0
      state[2 * n + 1] = lung1
    }
  }
}
