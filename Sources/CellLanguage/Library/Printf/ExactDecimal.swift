/// The exact decimal expansion of a number's magnitude, and its roundings as Julia 1.0's
/// `Printf` asks Grisu for them (`base/printf.jl`: `fix_dec`, `ini_dec`, `decode_dec`).
///
/// A finite `Float64` is `m·2^e`: for `e ≥ 0` an integer, for `e < 0` the integer `m·5^(-e)`
/// divided by `10^(-e)`; either way its decimal digits are finite and computed here exactly
/// with integer arithmetic. Grisu's fixed and precision modes (and their bignum fallbacks)
/// round the exact binary value, halfway cases away from zero (`base/grisu/fastfixed.jl`
/// `roundup`, `bignum.jl` `generatecounteddigits!`), so `%.2f` of 2.675 (in binary
/// 2.67499999…) is `2.67` and `%.2f` of 0.125 (exact) is `0.13`.
struct ExactDecimal {
  /// The digits (0…9) without leading zeros; empty for zero.
  var digits: [UInt8]
  /// The decimal point's place: the value is `0.d₁d₂… × 10^point`.
  var point: Int

  /// The expansion of `|x|` (finite).
  init(_ x: Double) {
    let magnitude = abs(x)
    if magnitude == 0 {
      digits = []
      point = 1
      return
    }
    var significand = magnitude.significandBitPattern
    var exponent = Int(magnitude.exponentBitPattern)
    if exponent == 0 {
      exponent = 1
    } else {
      significand |= 1 << 52
    }
    exponent -= 1075
    var number = BigDecimalInteger(significand)
    if exponent >= 0 {
      number.multiply(byPowerOf: 2, exponent)
      digits = number.decimalDigits
      point = digits.count
    } else {
      number.multiply(byPowerOf: 5, -exponent)
      digits = number.decimalDigits
      point = digits.count + exponent
    }
    while digits.last == 0 { digits.removeLast() }
  }

  /// The expansion of `|n|`.
  init(_ n: Int) {
    digits = String(n.magnitude).utf8.map { $0 - UInt8(ascii: "0") }
    point = digits.count
    if n == 0 {
      digits = []
      point = 1
    }
  }

  /// The first `count` digits, rounded half away from zero: `nil` when the value rounds to
  /// zero; the point moves up one when the rounding carries (9.99 → 10.0).
  private func rounded(toDigits count: Int) -> (digits: [UInt8], point: Int)? {
    if count >= digits.count { return digits.isEmpty ? nil : (digits, point) }
    if count < 0 { return nil }
    var kept = Array(digits[..<count])
    var newPoint = point
    if digits[count] >= 5 {
      var index = kept.count - 1
      while index >= 0, kept[index] == 9 {
        kept[index] = 0
        index -= 1
      }
      if index >= 0 {
        kept[index] += 1
      } else {
        kept.insert(1, at: 0)
        newPoint += 1
      }
    }
    if kept.allSatisfy({ $0 == 0 }) { return nil }
    return (kept, newPoint)
  }

  /// Grisu's fixed mode (`fix_dec(x, n)`): the digits through the `n`th after the point, with
  /// trailing zeros dropped when `trimmed` (the fast path, `fastfixedtoa`); `("0", 1)` when the
  /// value rounds to zero, as `fix_dec` sets it.
  func fixed(_ n: Int, trimmed: Bool) -> (digits: [UInt8], point: Int) {
    let count = point + n
    guard case (var kept, let newPoint)? = rounded(toDigits: count) else { return ([0], 1) }
    if trimmed {
      while kept.count > 1, kept.last == 0 { kept.removeLast() }
    } else {
      let wanted = newPoint + n
      if kept.count < wanted { kept += [UInt8](repeating: 0, count: wanted - kept.count) }
    }
    return (kept, newPoint)
  }

  /// Grisu's precision mode (`ini_dec(x, n)`): exactly `n` significant digits; a zero is `n`
  /// zeros with the point at 1.
  func significant(_ n: Int) -> (digits: [UInt8], point: Int) {
    guard case (var kept, let newPoint)? = rounded(toDigits: n) else {
      return ([UInt8](repeating: 0, count: n), 1)
    }
    if kept.count > n { kept.removeLast(kept.count - n) }
    if kept.count < n { kept += [UInt8](repeating: 0, count: n - kept.count) }
    return (kept, newPoint)
  }
}

/// A non-negative integer in base 10⁹ limbs (least significant first), enough for the exact
/// expansion of a `Float64`: at most 1075 powers of 5 times a 53-bit significand.
struct BigDecimalInteger {
  private static let base: UInt64 = 1_000_000_000
  private var limbs: [UInt64]

  init(_ value: UInt64) {
    limbs = []
    var rest = value
    repeat {
      limbs.append(rest % Self.base)
      rest /= Self.base
    } while rest > 0
  }

  /// Multiplies by `factor^exponent` (factor 2 or 5), a few powers at a time.
  mutating func multiply(byPowerOf factor: UInt64, _ exponent: Int) {
    // 2^29 and 5^12 stay below 10⁹, so a limb times one fits in 64 bits with the carry.
    let step = factor == 2 ? 29 : 12
    var left = exponent
    while left > 0 {
      let power = min(step, left)
      var multiplier: UInt64 = 1
      for _ in 0..<power { multiplier *= factor }
      multiply(by: multiplier)
      left -= power
    }
  }

  private mutating func multiply(by multiplier: UInt64) {
    var carry: UInt64 = 0
    for index in limbs.indices {
      let product = limbs[index] * multiplier + carry
      limbs[index] = product % Self.base
      carry = product / Self.base
    }
    while carry > 0 {
      limbs.append(carry % Self.base)
      carry /= Self.base
    }
  }

  /// The decimal digits, most significant first, without leading zeros.
  var decimalDigits: [UInt8] {
    var result: [UInt8] = []
    for (index, limb) in limbs.enumerated().reversed() {
      var chunk = [UInt8](repeating: 0, count: 9)
      var rest = limb
      for k in stride(from: 8, through: 0, by: -1) {
        chunk[k] = UInt8(rest % 10)
        rest /= 10
      }
      if index == limbs.count - 1 {
        result += chunk.drop(while: { $0 == 0 })
      } else {
        result += chunk
      }
    }
    return result.isEmpty ? [0] : result
  }
}
