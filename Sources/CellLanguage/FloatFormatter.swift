import Foundation

/// Formats `Float64`s as Julia 1.0 prints them (`base/grisu/grisu.jl`, `_show`): the shortest
/// digits that round-trip, in plain form for decimal exponents from -4 to 6 and as `1.0e-5`,
/// `1.234567e6` outside.
enum FloatFormatter {
  /// The shortest round-trip form (`show` of a `Float64`).
  static func shortest(_ x: Double) -> String {
    if let special = special(x) { return special }
    let (digits, point) = shortestDigits(abs(x))
    return format(x, digits: digits, point: point)
  }

  /// The shortest form of a `Float32` (Julia's grisu in its single-precision shortest mode):
  /// `typed` (`show` outside an array of `Float32`s) writes `1.0f0` and `1.0f-8`, untyped
  /// (`print`, or inside such an array) `1.0` and `1.0e-8`.
  static func shortest32(_ x: Float, typed: Bool) -> String {
    if x.isNaN { return typed ? "NaN32" : "NaN" }
    if x.isInfinite { return (x < 0 ? "-" : "") + (typed ? "Inf32" : "Inf") }
    if x == 0 { return (x.sign == .minus ? "-" : "") + (typed ? "0.0f0" : "0.0") }
    let (digits, point) = shortestDigits(text: abs(x).description)
    var text = format(Double(x), digits: digits, point: point)
    if typed {
      if let e = text.firstIndex(of: "e") {
        text.replaceSubrange(e...e, with: "f")
      } else {
        text += "f0"
      }
    }
    return text
  }

  /// The compact form with 6 significant digits, used inside matrices.
  static func compact(_ x: Double) -> String {
    if let special = special(x) { return special }
    if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
    // printf's %e is correctly rounded, as Grisu's fixed-precision mode is.
    let text = String(format: "%.5e", abs(x))
    let parts = text.split(separator: "e")
    var digits = parts[0].filter { $0 != "." }
    let exponent = Int(parts[1]) ?? 0
    while digits.count > 1, digits.last == "0" { digits.removeLast() }
    return format(x, digits: String(digits), point: exponent + 1)
  }

  private static func special(_ x: Double) -> String? {
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x < 0 ? "-Inf" : "Inf" }
    if x == 0 { return x.sign == .minus ? "-0.0" : "0.0" }
    return nil
  }

  /// The shortest digits of a positive finite `x` and the decimal point position `pt`
  /// (x = 0.d₁d₂… × 10^pt), read from Swift's shortest round-trip description.
  static func shortestDigits(_ x: Double) -> (String, Int) {
    shortestDigits(text: x.description)
  }

  /// The digits and point of a positive finite number's shortest round-trip description
  /// (Swift's `description` of a `Double` or a `Float`: `1234.5`, `1e-05`, `5e-324`).
  static func shortestDigits(text description: String) -> (String, Int) {
    // The description is ASCII: read as bytes.
    let text = Array(description.utf8)
    let exponentMark = text.firstIndex(of: UInt8(ascii: "e"))
    let mantissa = text[..<(exponentMark ?? text.count)]
    let exponent =
      exponentMark.map { Int(String(decoding: text[($0 + 1)...], as: UTF8.self)) ?? 0 } ?? 0
    var digits = mantissa.filter { $0 != UInt8(ascii: ".") }
    var point = mantissa.firstIndex(of: UInt8(ascii: ".")) ?? mantissa.count
    var first = 0
    while digits.count - first > 1, digits[first] == UInt8(ascii: "0") {
      first += 1
      point -= 1
    }
    digits.removeFirst(first)
    while digits.count > 1, digits.last == UInt8(ascii: "0") { digits.removeLast() }
    return (String(decoding: digits, as: UTF8.self), point + exponent)
  }

  private static func format(_ x: Double, digits: String, point: Int) -> String {
    let length = digits.count
    var pt = point
    var exponentForm = pt <= -4 || pt > 6
    if !exponentForm, pt >= length {
      // Julia issue #6608: large integers whose trailing digits are not exact.
      let modulus = pow(10.0, Double(pt - length))
      let shifted = x + 0.05
      let remainder = shifted - modulus * (shifted / modulus).rounded(.down)
      exponentForm = abs(remainder - 0.05) > 0.05
    }
    var out = x < 0 ? "-" : ""
    let characters = Array(digits)
    if exponentForm {
      out.append(characters[0])
      out += "."
      out += length > 1 ? String(characters[1...]) : "0"
      out += "e\(pt - 1)"
    } else if pt <= 0 {
      out += "0."
      while pt < 0 {
        out += "0"
        pt += 1
      }
      out += digits
    } else if pt >= length {
      out += digits
      out += String(repeating: "0", count: pt - length)
      out += ".0"
    } else {
      out += String(characters[0..<pt]) + "." + String(characters[pt...])
    }
    return out
  }
}
