/// An arbitrary-precision integer (Julia's `BigInt`): a sign and a magnitude in base 2³²,
/// least significant limb first, with no trailing zero limbs (zero has no limbs and is never
/// negative). Schoolbook algorithms: the sizes tutorials use (`factorial(big(30))`) are small.
struct BigInteger: Hashable, Sendable {
  private(set) var negative: Bool
  private(set) var limbs: [UInt32]

  init(_ n: Int) {
    negative = n < 0
    var magnitude = n.magnitude
    limbs = []
    while magnitude > 0 {
      limbs.append(UInt32(truncatingIfNeeded: magnitude))
      magnitude >>= 32
    }
  }

  init(magnitude: UInt64) {
    negative = false
    limbs = [UInt32(truncatingIfNeeded: magnitude), UInt32(truncatingIfNeeded: magnitude >> 32)]
    normalize()
  }

  private init(negative: Bool, limbs: [UInt32]) {
    self.negative = negative
    self.limbs = limbs
    normalize()
  }

  private mutating func normalize() {
    while limbs.last == 0 { limbs.removeLast() }
    if limbs.isEmpty { negative = false }
  }

  var isZero: Bool { limbs.isEmpty }
  var signum: Int { isZero ? 0 : (negative ? -1 : 1) }

  /// The value as an `Int`, if it fits.
  var intValue: Int? {
    guard limbs.count <= 2 else { return nil }
    var magnitude: UInt64 = 0
    for (k, limb) in limbs.enumerated() { magnitude |= UInt64(limb) << (32 * UInt64(k)) }
    if negative {
      if magnitude <= UInt64(Int.max) { return -Int(magnitude) }
      return magnitude == UInt64(Int.max) + 1 ? Int.min : nil
    }
    return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
  }

  /// The nearest `Double` (correctly rounded through the decimal text, which Swift parses exactly).
  var doubleValue: Double { Double(description) ?? .nan }

  var magnitudeValue: BigInteger { BigInteger(negative: false, limbs: limbs) }

  static prefix func - (x: BigInteger) -> BigInteger {
    BigInteger(negative: !x.negative, limbs: x.limbs)
  }

  private static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    for k in stride(from: a.count - 1, through: 0, by: -1) where a[k] != b[k] {
      return a[k] < b[k] ? -1 : 1
    }
    return 0
  }

  private static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(max(a.count, b.count) + 1)
    var carry: UInt64 = 0
    for k in 0..<max(a.count, b.count) {
      let sum = UInt64(k < a.count ? a[k] : 0) + UInt64(k < b.count ? b[k] : 0) + carry
      result.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    if carry > 0 { result.append(UInt32(carry)) }
    return result
  }

  /// `a - b` for magnitudes with `a >= b`.
  private static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(a.count)
    var borrow: Int64 = 0
    for k in 0..<a.count {
      var difference = Int64(a[k]) - Int64(k < b.count ? b[k] : 0) - borrow
      borrow = 0
      if difference < 0 {
        difference += 1 << 32
        borrow = 1
      }
      result.append(UInt32(difference))
    }
    return result
  }

  static func + (x: BigInteger, y: BigInteger) -> BigInteger {
    if x.negative == y.negative {
      return BigInteger(negative: x.negative, limbs: addMagnitudes(x.limbs, y.limbs))
    }
    if compareMagnitudes(x.limbs, y.limbs) >= 0 {
      return BigInteger(negative: x.negative, limbs: subtractMagnitudes(x.limbs, y.limbs))
    }
    return BigInteger(negative: y.negative, limbs: subtractMagnitudes(y.limbs, x.limbs))
  }

  static func - (x: BigInteger, y: BigInteger) -> BigInteger { x + (-y) }

  static func * (x: BigInteger, y: BigInteger) -> BigInteger {
    if x.isZero || y.isZero { return BigInteger(0) }
    var result = [UInt32](repeating: 0, count: x.limbs.count + y.limbs.count)
    for (i, a) in x.limbs.enumerated() {
      var carry: UInt64 = 0
      for (j, b) in y.limbs.enumerated() {
        let t = UInt64(a) * UInt64(b) + UInt64(result[i + j]) + carry
        result[i + j] = UInt32(truncatingIfNeeded: t)
        carry = t >> 32
      }
      var k = i + y.limbs.count
      while carry > 0 {
        let t = UInt64(result[k]) + carry
        result[k] = UInt32(truncatingIfNeeded: t)
        carry = t >> 32
        k += 1
      }
    }
    return BigInteger(negative: x.negative != y.negative, limbs: result)
  }

  /// The quotient truncated toward zero and the remainder (the sign of `x`), as Julia's `divrem`;
  /// `y` must not be zero.
  func quotientAndRemainder(dividingBy y: BigInteger) -> (BigInteger, BigInteger) {
    if Self.compareMagnitudes(limbs, y.limbs) < 0 { return (BigInteger(0), self) }
    // Binary long division on magnitudes.
    var quotient = [UInt32](repeating: 0, count: limbs.count)
    var remainder: [UInt32] = []
    for bit in stride(from: limbs.count * 32 - 1, through: 0, by: -1) {
      // remainder = remainder * 2 + bit
      var carry: UInt32 = (limbs[bit / 32] >> UInt32(bit % 32)) & 1
      for k in 0..<remainder.count {
        let next = remainder[k] >> 31
        remainder[k] = (remainder[k] << 1) | carry
        carry = next
      }
      if carry > 0 { remainder.append(carry) }
      if Self.compareMagnitudes(remainder, y.limbs) >= 0 {
        remainder = Self.subtractMagnitudes(remainder, y.limbs)
        while remainder.last == 0 { remainder.removeLast() }
        quotient[bit / 32] |= 1 << UInt32(bit % 32)
      }
    }
    return (
      BigInteger(negative: negative != y.negative, limbs: quotient),
      BigInteger(negative: negative, limbs: remainder)
    )
  }

  static func < (x: BigInteger, y: BigInteger) -> Bool {
    if x.negative != y.negative { return x.negative }
    let c = compareMagnitudes(x.limbs, y.limbs)
    return x.negative ? c > 0 : c < 0
  }

  /// Decimal digits, with a leading `-` when negative.
  var description: String {
    if isZero { return "0" }
    var chunks: [UInt32] = []
    var rest = limbs
    // Repeated division by 10⁹ of the magnitude.
    while !rest.isEmpty {
      var remainder: UInt64 = 0
      for k in stride(from: rest.count - 1, through: 0, by: -1) {
        let current = (remainder << 32) | UInt64(rest[k])
        rest[k] = UInt32(current / 1_000_000_000)
        remainder = current % 1_000_000_000
      }
      chunks.append(UInt32(remainder))
      while rest.last == 0 { rest.removeLast() }
    }
    var text = negative ? "-" : ""
    text += String(chunks.last ?? 0)
    for chunk in chunks.dropLast().reversed() {
      let digits = String(chunk)
      text += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return text
  }

  /// Parses decimal digits with an optional sign.
  init?(decimal text: String) {
    var digits = Substring(text)
    var isNegative = false
    if digits.first == "-" || digits.first == "+" {
      isNegative = digits.first == "-"
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else {
      return nil
    }
    var value = BigInteger(0)
    let ten = BigInteger(10)
    for digit in digits { value = value * ten + BigInteger(Int(String(digit)) ?? 0) }
    self = isNegative ? -value : value
  }
}
