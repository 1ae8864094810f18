/// Julia 1.0's `hash(x)` (64-bit), which fixes the iteration order of its `Dict` and `Set`.
///
/// The rules, with where Julia 1.0 states them:
/// - `hash(x) = hash(x, zero(UInt))` (base/hashing.jl).
/// - Integers and floats (base/float.jl): `hx(a, b, h) = hash_uint64((3a + reinterpret(UInt64,
///   b)) - h)`; `hash(x::Int64, h) = hx(reinterpret(UInt64, abs(x)), Float64(x), h)`;
///   `hash(x::Float64, h) = isnan(x) ? (hx_NaN ⊻ h) : hx(fptoui(UInt64, abs(x)), x, h)`, with
///   `hx_NaN = hx(0, NaN, 0)`; `Bool` hashes as `Int64(x)`.
/// - `hash_uint64 = hash_64_64`, Thomas Wang's 64-bit mix (base/hashing.jl).
/// - Strings (base/hashing.jl): `h += memhash_seed` (`0x71e729fd56419c81`), then
///   `memhash_seed(bytes, length, h % UInt32) + h`, where the C `memhash_seed`
///   (src/support/hashing.c) is the second word of MurmurHash3_x64_128 with that seed.
/// - Characters (base/char.jl): `hash_uint64(((reinterpret(UInt32, c) + 0xd4d64234) << 32) ⊻
///   h)`, a `Char` being its UTF-8 bytes left-aligned in a `UInt32`.
/// - Symbols: the generic `hash(x, h) = hash_uint(3h - objectid(x))` (base/hashing.jl), a
///   symbol's `objectid` being the hash it was made with, `memhash(name) ⊻ 0xaaaa…aaaa`
///   (src/symbol.c; `memhash` is MurmurHash3_x64_128's second word with seed `0xcafe8881`).
/// - Tuples (base/tuple.jl): `hash((), h) = h + 0x77cfa1eef01bca90`, `hash(t, h) = hash(t[1],
///   hash(tail(t), h))`; pairs (base/pair.jl): `hash(p, h) = hash(p.second, hash(p.first, h))`.
///
/// Other values (arrays, functions, mutable objects) hash by address or by rules sitegen does
/// not follow: `hash` returns `nil` for them, and a caller refuses the operation.
enum JuliaHash {
  /// `hash(value, h)`, or `nil` when Julia's hash of the value is not reproduced here.
  static func hash(_ value: Value, _ h: UInt64 = 0) -> UInt64? {
    switch value {
    case .int(let n): return hashInt(n, h)
    case .bool(let b): return hashInt(b ? 1 : 0, h)
    case .float(let x): return hashFloat(x, h)
    case .string(let text): return hashString(text, h)
    case .char(let c): return hashChar(c, h)
    case .symbol(let name):
      return hash64(3 &* h &- objectID(symbol: name))
    case .tuple(let items):
      var result = h &+ 0x77cf_a1ee_f01b_ca90
      for item in items.reversed() {
        guard let next = hash(item, result) else { return nil }
        result = next
      }
      return result
    case .nothing:
      // `nothing` is a singleton: its `objectid` is its type's, which depends on the session.
      return nil
    case .object(let pair as PairObject):
      guard let first = hash(pair.first, h) else { return nil }
      return hash(pair.second, first)
    case .array, .range, .namedTuple, .function, .builtin, .type, .module, .object, .trackedReal,
      .trackedArray:
      return nil
    }
  }

  /// Julia's `hash_64_64` (Thomas Wang's 64-bit integer mix).
  static func hash64(_ n: UInt64) -> UInt64 {
    var a = n
    a = ~a &+ (a << 21)
    a = a ^ (a >> 24)
    a = a &+ (a << 3) &+ (a << 8)
    a = a ^ (a >> 14)
    a = a &+ (a << 2) &+ (a << 4)
    a = a ^ (a >> 28)
    a = a &+ (a << 31)
    return a
  }

  /// `hx(a, b, h)` of base/float.jl.
  static func hx(_ a: UInt64, _ b: Double, _ h: UInt64) -> UInt64 {
    hash64((3 &* a &+ b.bitPattern) &- h)
  }

  static func hashInt(_ n: Int, _ h: UInt64) -> UInt64 {
    hx(n.magnitude == UInt(1) << 63 ? 1 << 63 : UInt64(n.magnitude), Double(n), h)
  }

  /// `nil` for an infinite or huge float, whose `fptoui` LLVM leaves undefined.
  static func hashFloat(_ x: Double, _ h: UInt64) -> UInt64? {
    if x.isNaN { return hx(0, Double.nan, 0) ^ h }
    guard abs(x) < 18_446_744_073_709_551_616.0 else { return nil }
    return hx(UInt64(abs(x).rounded(.towardZero)), x, h)
  }

  static func hashString(_ text: String, _ h: UInt64) -> UInt64 {
    let seeded = h &+ 0x71e7_29fd_5641_9c81
    return murmur3x64Second(Array(text.utf8), seed: UInt32(truncatingIfNeeded: seeded)) &+ seeded
  }

  static func hashChar(_ c: Character, _ h: UInt64) -> UInt64 {
    hash64(((UInt64(charBits(c)) &+ 0xd4d6_4234) << 32) ^ h)
  }

  /// `reinterpret(UInt32, c)`: the character's UTF-8 bytes, first byte highest.
  static func charBits(_ c: Character) -> UInt32 {
    var bits: UInt32 = 0
    for (k, byte) in String(c).utf8.prefix(4).enumerated() {
      bits |= UInt32(byte) << (24 - 8 * UInt32(k))
    }
    return bits
  }

  /// A symbol's `objectid`: `memhash(name) ⊻ (~0 ÷ 3 × 2)` (src/symbol.c).
  static func objectID(symbol name: String) -> UInt64 {
    murmur3x64Second(Array(name.utf8), seed: 0xcafe_8881) ^ 0xaaaa_aaaa_aaaa_aaaa
  }

  /// The second 64-bit word of MurmurHash3_x64_128 (Austin Appleby's public-domain algorithm).
  static func murmur3x64Second(_ data: [UInt8], seed: UInt32) -> UInt64 {
    murmur3x64(data, seed: seed).1
  }

  /// MurmurHash3_x64_128: both 64-bit words.
  static func murmur3x64(_ data: [UInt8], seed: UInt32) -> (UInt64, UInt64) {
    let c1: UInt64 = 0x87c3_7b91_1142_53d5
    let c2: UInt64 = 0x4cf5_ad43_2745_937f
    var h1 = UInt64(seed)
    var h2 = UInt64(seed)
    let blocks = data.count / 16
    func word(_ offset: Int) -> UInt64 {
      var w: UInt64 = 0
      for k in 0..<8 { w |= UInt64(data[offset + k]) << (8 * UInt64(k)) }
      return w
    }
    for block in 0..<blocks {
      var k1 = word(block * 16)
      var k2 = word(block * 16 + 8)
      k1 = rotl(k1 &* c1, 31) &* c2
      h1 ^= k1
      h1 = rotl(h1, 27) &+ h2
      h1 = h1 &* 5 &+ 0x52dc_e729
      k2 = rotl(k2 &* c2, 33) &* c1
      h2 ^= k2
      h2 = rotl(h2, 31) &+ h1
      h2 = h2 &* 5 &+ 0x3849_5ab5
    }
    let tail = Array(data[(blocks * 16)...])
    var k1: UInt64 = 0
    var k2: UInt64 = 0
    for (k, byte) in tail.enumerated() {
      if k < 8 {
        k1 ^= UInt64(byte) << (8 * UInt64(k))
      } else {
        k2 ^= UInt64(byte) << (8 * UInt64(k - 8))
      }
    }
    if tail.count > 8 {
      h2 ^= rotl(k2 &* c2, 33) &* c1
    }
    if !tail.isEmpty {
      h1 ^= rotl(k1 &* c1, 31) &* c2
    }
    h1 ^= UInt64(data.count)
    h2 ^= UInt64(data.count)
    h1 = h1 &+ h2
    h2 = h2 &+ h1
    h1 = fmix(h1)
    h2 = fmix(h2)
    h1 = h1 &+ h2
    h2 = h2 &+ h1
    return (h1, h2)
  }

  private static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

  private static func fmix(_ k: UInt64) -> UInt64 {
    var k = k
    k ^= k >> 33
    k = k &* 0xff51_afd7_ed55_8ccd
    k ^= k >> 33
    k = k &* 0xc4ce_b9fe_1a85_ec53
    k ^= k >> 33
    return k
  }

  /// Julia's `isequal`: `==` except that `NaN` equals `NaN` and `-0.0` differs from `0.0`;
  /// tuples and pairs elementwise. `nil` when it is not decided here (arrays, objects).
  static func isEqual(_ a: Value, _ b: Value) -> Bool? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.bool(let x), _): return isEqual(.int(x ? 1 : 0), b)
    case (_, .bool(let y)): return isEqual(a, .int(y ? 1 : 0))
    case (.float(let x), .float(let y)):
      if x.isNaN || y.isNaN { return x.isNaN && y.isNaN }
      return x == y && x.sign == y.sign
    case (.int(let x), .float(let y)): return !y.isNaN && Double(x) == y && exactly(x, y)
    case (.float(let x), .int(let y)): return !x.isNaN && x == Double(y) && exactly(y, x)
    case (.string(let x), .string(let y)): return x == y
    case (.char(let x), .char(let y)): return x == y
    case (.symbol(let x), .symbol(let y)): return x == y
    case (.nothing, .nothing): return true
    case (.tuple(let x), .tuple(let y)):
      guard x.count == y.count else { return false }
      for (p, q) in zip(x, y) {
        guard let same = isEqual(p, q) else { return nil }
        if !same { return false }
      }
      return true
    case (.object(let p as PairObject), .object(let q as PairObject)):
      guard let first = isEqual(p.first, q.first), let second = isEqual(p.second, q.second) else {
        return nil
      }
      return first && second
    case (.int, _), (.float, _), (.string, _), (.char, _), (.symbol, _), (.nothing, _),
      (.tuple, _), (_, .int), (_, .float), (_, .string), (_, .char), (_, .symbol), (_, .nothing),
      (_, .tuple):
      return false
    default:
      return nil
    }
  }

  /// Whether the integer `n` and the float `x` (already `==` as floats) are the same number.
  private static func exactly(_ n: Int, _ x: Double) -> Bool {
    guard let m = Int(exactly: x) else { return false }
    return m == n
  }
}
