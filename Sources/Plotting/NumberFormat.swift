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
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Inf" : "Inf" }
    if value == 0 { return "0" }
    let digits = max(1, min(15, significant))
    var exponent = Int(floor(log10(value.magnitude)))
    var scaled = (value / pow(10, Double(exponent - digits + 1))).rounded()
    if scaled.magnitude >= pow(10, Double(digits)) {
      exponent += 1
      scaled = (value / pow(10, Double(exponent - digits + 1))).rounded()
    }
    let power = exponent - digits + 1
    if exponent >= -4 && exponent < 6 {
      return decimal(digits: Int(scaled), exponent: power, scientific: false)
    }
    let plain = decimal(digits: Int(scaled), exponent: 0, scientific: false)
    let sign = plain.hasPrefix("-") ? "-" : ""
    var mantissa = String(plain.drop { $0 == "-" })
    while mantissa.count > 1, mantissa.hasSuffix("0") { mantissa.removeLast() }
    if mantissa.count > 1 { mantissa.insert(".", at: mantissa.index(after: mantissa.startIndex)) }
    return sign + mantissa + "e" + String(exponent)
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
