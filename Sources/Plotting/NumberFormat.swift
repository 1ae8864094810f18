import Foundation

/// Locale-independent number formatting for labels, tooltips and path data.
///
/// Every function here builds its text from integers, so the output does not depend on the
/// platform's `printf` or on the user's locale.
public enum NumberFormat {
  /// The decimal text of `digits × 10^exponent`, plain or with a power of ten.
  ///
  /// - Parameters:
  ///   - digits: the integer significand, any sign.
  ///   - exponent: the power of ten it is scaled by.
  ///   - scientific: `true` writes `2.5×10⁶` (and `10⁶` for a significand of one).
  public static func decimal(digits: Int, exponent: Int, scientific: Bool) -> String {
    if digits == 0 { return "0" }
    let sign = digits < 0 ? "-" : ""
    var significand = String(digits.magnitude)
    var power = exponent
    // Trailing zeros of the significand move into the exponent.
    while significand.count > 1, significand.hasSuffix("0") {
      significand.removeLast()
      power += 1
    }
    if scientific {
      let leading = significand.count - 1 + power
      var mantissa = significand
      if mantissa.count > 1 { mantissa.insert(".", at: mantissa.index(after: mantissa.startIndex)) }
      if mantissa == "1" { return sign + "10" + superscript(leading) }
      return sign + mantissa + "×10" + superscript(leading)
    }
    if power >= 0 { return sign + significand + String(repeating: "0", count: power) }
    let decimals = -power
    if significand.count <= decimals {
      return sign + "0." + String(repeating: "0", count: decimals - significand.count) + significand
    }
    let split = significand.index(significand.endIndex, offsetBy: -decimals)
    return sign + significand[..<split] + "." + significand[split...]
  }

  /// `value` rounded to `significant` digits, plain between 1e-4 and 1e6, else like `1.5e-5`.
  ///
  /// Trailing zeros are dropped, so `significant(2.50, 4)` is `"2.5"`. NaN and infinities are
  /// written `NaN`, `Inf` and `-Inf`, as Julia prints them.
  public static func significant(_ value: Double, _ significant: Int = 4) -> String {
    var bytes: [UInt8] = []
    appendSignificant(value, significant, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 of ``significant(_:_:)`` of `value` to `bytes`.
  static func appendSignificant(_ value: Double, _ significant: Int, to bytes: inout [UInt8]) {
    if value.isNaN { return bytes.append(contentsOf: "NaN".utf8) }
    if value.isInfinite { return bytes.append(contentsOf: (value < 0 ? "-Inf" : "Inf").utf8) }
    if value == 0 { return bytes.append(UInt8(ascii: "0")) }
    let digits = max(1, min(15, significant))
    let magnitude = value.magnitude
    // Phase 1: the integer significand n and exponent with magnitude ≈ n × 10^-shift.
    var exponent = Int(floor(log10(magnitude)))
    var shift = digits - 1 - exponent
    var scaled = scaledByPowerOfTen(magnitude, shift).rounded()
    if scaled >= powerOfTen(digits) {
      exponent += 1
      shift -= 1
      scaled = scaledByPowerOfTen(magnitude, shift).rounded()
    }
    var significand = Int(scaled)
    while significand > 9, significand % 10 == 0 {
      significand /= 10
      shift -= 1
    }
    // Phase 2: the digits, then the decimal point or exponent placed among them.
    let zero = UInt8(ascii: "0")
    var count = 0
    var remaining = significand
    repeat {
      count += 1
      remaining /= 10
    } while remaining > 0
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    func appendDigits(pointAfter point: Int?) {
      var divisor = 1
      for _ in 1..<count { divisor *= 10 }
      var rest = significand
      for position in 0..<count {
        if position == point { bytes.append(UInt8(ascii: ".")) }
        bytes.append(zero + UInt8(rest / divisor))
        rest %= divisor
        divisor /= 10
      }
    }
    if exponent >= -4 && exponent < 6 {
      if shift <= 0 {
        appendDigits(pointAfter: nil)
        for _ in 0..<(-shift) { bytes.append(zero) }
      } else if count > shift {
        appendDigits(pointAfter: count - shift)
      } else {
        bytes.append(zero)
        bytes.append(UInt8(ascii: "."))
        for _ in 0..<(shift - count) { bytes.append(zero) }
        appendDigits(pointAfter: nil)
      }
    } else {
      appendDigits(pointAfter: count > 1 ? 1 : nil)
      bytes.append(UInt8(ascii: "e"))
      bytes.append(contentsOf: String(exponent).utf8)
    }
  }

  /// Powers of ten that a double holds exactly (10⁰ through 10²²).
  private static let exactPowers: [Double] = (0...22).map { power in
    (0..<power).reduce(1.0) { product, _ in product * 10 }
  }

  /// 10^power, exact up to 10²².
  private static func powerOfTen(_ power: Int) -> Double {
    power >= 0 && power <= 22 ? exactPowers[power] : pow(10, Double(power))
  }

  /// value × 10^power, dividing by an exact power for negative ones.
  private static func scaledByPowerOfTen(_ value: Double, _ power: Int) -> Double {
    if power >= 0 {
      return power <= 22 ? value * exactPowers[power] : value * pow(10, Double(power))
    }
    return -power <= 22 ? value / exactPowers[-power] : value / pow(10, Double(-power))
  }

  /// Appends `tenths / 10` in the shortest SVG number syntax (`-.5`, `12`, `3.4`).
  static func appendTenths(_ tenths: Int, to text: inout String) {
    var magnitude = tenths.magnitude
    if tenths < 0 { text.append("-") }
    let whole = magnitude / 10
    magnitude %= 10
    if whole != 0 || magnitude == 0 { text.append(String(whole)) }
    if magnitude != 0 {
      text.append(".")
      text.append(Character(Unicode.Scalar(UInt8(ascii: "0") + UInt8(magnitude))))
    }
  }

  /// A percentage for an SVG attribute, to hundredths (`37.25%`): a hundredth of a percent
  /// is under a pixel on any screen.
  static func percent(_ value: Double) -> String {
    var text = String(Int((value * 100).rounded()))
    if text.hasPrefix("-") { text.removeFirst() }
    while text.count < 3 { text.insert("0", at: text.startIndex) }
    text.insert(".", at: text.index(text.endIndex, offsetBy: -2))
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return (value < 0 && text != "0" ? "-" : "") + text + "%"
  }

  /// `value` with one decimal at most, for SVG attributes.
  static func attribute(_ value: Double) -> String {
    var text = ""
    appendTenths(Int((value * 10).rounded()), to: &text)
    if text.hasPrefix(".") { text.insert("0", at: text.startIndex) }
    if text.hasPrefix("-.") { text.insert("0", at: text.index(after: text.startIndex)) }
    return text
  }

  private static func superscript(_ value: Int) -> String {
    let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
    let body = String(value.magnitude).map { digits[Int($0.asciiValue ?? 48) - 48] }
    return (value < 0 ? "⁻" : "") + String(body)
  }
}
