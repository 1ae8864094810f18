import SourcePositions

/// One conversion applied to one argument, step for step as the code Julia 1.0's `Printf`
/// generates for it (`base/printf.jl`: `special_handler`, `gen_d`, `gen_f`, `gen_e`, `gen_g`,
/// `gen_a`, `gen_c`, `gen_s`, `pad`, `print_fixed`, `print_exp_e`) — its quirks included, such as
/// `%g` deciding between the fixed and the exponent form on `precision + 1` digits.
extension PrintfSpec {
  /// A number's decimal digits as Grisu hands them to the generated code: `digits` (ASCII),
  /// the point `pt` (value `0.digits × 10^pt`) and the sign.
  private struct Decoded {
    var digits: [Character]
    var pt: Int
    var neg: Bool
    var len: Int { digits.count }

    init(_ digits: [UInt8], _ pt: Int, _ neg: Bool) {
      self.digits = digits.map { Character(Unicode.Scalar($0 + UInt8(ascii: "0"))) }
      self.pt = pt
      self.neg = neg
    }

    init(characters: [Character], _ pt: Int, _ neg: Bool) {
      self.digits = characters
      self.pt = pt
      self.neg = neg
    }
  }

  /// The number a numeric conversion reads.
  private enum Number {
    case int(Int)
    case float(Double)
  }

  /// The longest digit string Julia's buffer holds (`DIGITS`, 309 + 17 bytes, less one).
  private static let maximumDigits = 325

  /// `pad(m, n, c)`: the generated padding loop; with `m ≤ 1` it writes `c` at most once.
  private func pad(_ m: Int, _ n: Int, _ c: Character, _ out: inout String) {
    if m <= 1 {
      if n > 0 { out.append(c) }
    } else if n > 0 {
      out += String(repeating: c, count: n)
    }
  }

  private func sign(_ neg: Bool, _ out: inout String) {
    if has("+") {
      out.append(neg ? "-" : "+")
    } else if has(" ") {
      out.append(neg ? "-" : " ")
    } else if neg {
      out.append("-")
    }
  }

  /// The text of this conversion of `value`.
  func format(_ value: Value, _ session: Interpreter, _ span: SourceSpan) throws -> String {
    switch conversion {
    case "s", "S":
      return formatString(value, session)
    case "c", "C":
      return try formatChar(value, session, span)
    case "p":
      throw session.fail(
        .unsupported, "the printf conversion %p is not supported by sitegen's Julia", span)
    default:
      break
    }
    let number: Number
    switch value {
    case .int(let n): number = .int(n)
    case .bool(let b): number = .int(b ? 1 : 0)
    case .float(let x): number = .float(x)
    // An irrational formats as its Float64 (Printf converts a Real with `float`).
    case .object(let x as IrrationalObject): number = .float(x.value)
    default:
      // The generated code's first use of the argument is `isfinite(x)`.
      throw session.fail(
        .method, "MethodError: no method matching isfinite(::\(value.type.name))", span)
    }
    if case .float(let x) = number, x.isFinite, x != 0 {
      // The exact expansion multiplies a number of about k digits by k/12 powers of five or
      // two (k the binary exponent's size): charged before it is made.
      let k = abs(Int(x.exponent))
      try session.charge(1 + k * k / 150, span)
    }
    if case .float(let x) = number, !x.isFinite {
      // special_handler: NaN, Inf and -Inf, padded to the width.
      let text = x.isNaN ? "NaN" : x < 0 ? "-Inf" : (has("+") ? "+" : has(" ") ? " " : "") + "Inf"
      let fill = String(repeating: " ", count: max(0, width - text.count))
      return has("-") ? text + fill : fill + text
    }
    switch conversion {
    case "f", "F": return formatFixed(number)
    case "e", "E": return formatExponent(number, width: width, precision: precision, inG: false)
    case "g", "G": return formatGeneral(number)
    case "a", "A": return try formatHex(number, session, span)
    default: return try formatInteger(number, session, span)
    }
  }

  // MARK: Digits (fix_dec, ini_dec, decode_*)

  /// `fix_dec(x, n)`: the digits through the `n`th after the point.
  private func fixDec(_ number: Number, _ n: Int) -> Decoded {
    switch number {
    case .int(let value):
      // fix_dec(x::Integer, n) = decode_dec(x): all the integer's digits.
      let exact = ExactDecimal(value)
      return Decoded(exact.digits.isEmpty ? [0] : exact.digits, exact.point, value < 0)
    case .float(let x):
      let n = min(n, Self.maximumDigits)
      // fastfixedtoa trims trailing zeros; it gives up (to the bignum code, which does not)
      // past 20 fractional digits or a binary exponent above 20.
      let binaryExponent = Int(abs(x).exponentBitPattern) - 1075
      let trimmed = n <= 20 && binaryExponent <= 20
      let (digits, point) = ExactDecimal(x).fixed(n, trimmed: trimmed)
      return Decoded(digits, point, x.sign == .minus)
    }
  }

  /// `ini_dec(x, n)`: exactly `n` significant digits.
  private func iniDec(_ number: Number, _ n: Int) -> Decoded {
    switch number {
    case .int(let value):
      let (digits, point) = ExactDecimal(value).significant(n)
      return Decoded(digits, point, value < 0)
    case .float(let x):
      let (digits, point) = ExactDecimal(x).significant(n)
      return Decoded(digits, point, x.sign == .minus)
    }
  }

  // MARK: Conversions

  /// `gen_d`: `%d %i %u %o %x %X` (and `%D %O %U`).
  private func formatInteger(_ number: Number, _ session: Interpreter, _ span: SourceSpan) throws
    -> String
  {
    var prefix = ""
    let decoded: Decoded
    let lower = Character(conversion.lowercased())
    switch number {
    case .float(let x):
      guard lower != "o", lower != "x" else {
        guard x.rounded(.towardZero) == x, let value = Int(exactly: x) else {
          throw session.fail(
            .unsupported,
            "%\(conversion) of a non-integer Float64 is not supported by sitegen's Julia", span)
        }
        return try formatInteger(.int(value), session, span)
      }
      // decode_dec of a float: Grisu's fixed mode with no fractional digits.
      var fixed = fixDec(number, 0)
      if fixed.digits == ["0"] { fixed.neg = false }
      while fixed.digits.count < fixed.pt { fixed.digits.append("0") }
      decoded = fixed
    case .int(let value):
      let magnitude = value.magnitude
      var text: String
      switch conversion {
      case "o", "O":
        text = String(magnitude, radix: 8)
        // decode_0ct: one more leading digit, a zero.
        if has("#"), magnitude != 0 { text = "0" + text }
      case "x":
        text = String(magnitude, radix: 16)
        if has("#") { prefix = "0x" }
      case "X":
        text = String(magnitude, radix: 16).uppercased()
        if has("#") { prefix = "0X" }
      default:
        text = String(magnitude)
      }
      decoded = Decoded(characters: Array(text), text.count, value < 0)
    }
    return layoutInteger(decoded, prefix: prefix)
  }

  private func layoutInteger(_ decoded: Decoded, prefix: String) -> String {
    var out = ""
    let pt = decoded.pt
    let neg = decoded.neg ? 1 : 0
    var width = self.width - prefix.count
    var precision = self.precision
    let spacePad =
      width > max(1, precision) && has("-") || precision < 0 && width > 1 && !has("0")
      || precision >= 0 && width > precision
    var padding: Int?
    if precision < 1 { precision = 1 }
    if spacePad {
      if has("+") || has(" ") {
        width -= 1
        if width > precision { padding = width - (pt > precision ? pt : precision) }
      } else if width > precision {
        padding = width - neg - (pt > precision ? pt : precision)
      }
    }
    if let padding, !has("-") { pad(width - precision, padding, " ", &out) }
    sign(decoded.neg, &out)
    out += prefix
    if spacePad && precision > 1 {
      pad(precision - 1, precision - pt, "0", &out)
    } else if !spacePad && width > 1 {
      let zeros = has("+") || has(" ") ? (width - 1) - pt : width - neg - pt
      pad(width - 1, zeros, "0", &out)
    }
    out += String(decoded.digits.prefix(pt))
    if let padding, has("-") { pad(width - precision, padding, " ", &out) }
    return out
  }

  /// `print_fixed`: the digits with the point placed, and the trailing zeros to `precision`.
  private func printFixed(
    _ precision: Int, _ decoded: Decoded, trailingZeros: Bool, _ out: inout String
  ) {
    var precision = precision
    var pt = decoded.pt
    let ndigits = decoded.len
    if pt <= 0 {
      out += "0."
      precision += pt
      while pt < 0 {
        out += "0"
        pt += 1
      }
      out += String(decoded.digits)
      precision -= ndigits
    } else if ndigits <= pt {
      out += String(decoded.digits)
      out += String(repeating: "0", count: pt - ndigits)
      if trailingZeros { out += "." }
    } else {
      out += String(decoded.digits[..<pt]) + "." + String(decoded.digits[pt...])
      precision -= ndigits - pt
    }
    if trailingZeros, precision > 0 { out += String(repeating: "0", count: precision) }
  }

  /// `print_fixed_width`: how many characters `print_fixed` writes.
  private func printFixedWidth(_ precision: Int, _ decoded: Decoded, trailingZeros: Bool) -> Int {
    var precision = precision
    let pt = decoded.pt
    var ndigits = decoded.len
    var count = 0
    if pt <= 0 {
      count += 2
      precision += pt
      if pt < 0 { count -= pt }
      count += ndigits
      precision -= ndigits
    } else if ndigits <= pt {
      count += ndigits
      if ndigits < pt { count += pt - ndigits }
      count += trailingZeros ? 1 : 0
    } else {
      ndigits -= pt
      count += pt + 1 + ndigits
      precision -= ndigits
    }
    if trailingZeros, precision > 0 { count += precision }
    return count
  }

  /// `gen_f`: `%f %F`.
  private func formatFixed(_ number: Number) -> String {
    let precision = self.precision < 0 ? 6 : self.precision
    let decoded = fixDec(number, precision)
    let pt = decoded.pt
    let neg = decoded.neg ? 1 : 0
    var width = self.width
    var padding: Int?
    if precision > 0 || has("#") { width -= precision + 1 }
    if has("+") || has(" ") {
      width -= 1
      if width > 1 { padding = width - (pt > 0 ? pt : 1) }
    } else if width > 1 {
      padding = width - (pt > 0 ? pt : 1) - neg
    }
    var out = ""
    if let padding, !has("-"), !has("0") { pad(width - 1, padding, " ", &out) }
    sign(decoded.neg, &out)
    if let padding, !has("-"), has("0") { pad(width - 1, padding, "0", &out) }
    if precision > 0 {
      printFixed(precision, decoded, trailingZeros: true, &out)
    } else {
      out += String(decoded.digits)
      if pt > decoded.len { out += String(repeating: "0", count: pt - decoded.len) }
      if has("#") { out += "." }
    }
    if let padding, has("-") { pad(width - 1, padding, " ", &out) }
    return out
  }

  /// `print_exp_e`: the exponent's sign and at least two digits.
  private func printExponent(_ exp: Int, _ out: inout String) {
    out += exp < 0 ? "-" : "+"
    let magnitude = abs(exp)
    out += magnitude < 10 ? "0\(magnitude)" : "\(magnitude)"
  }

  /// `gen_e`: `%e %E`, and the exponent branch of `%g` (`inG`, which drops trailing zeros
  /// unless `#` but pads as if it had not).
  private func formatExponent(_ number: Number, width: Int, precision: Int, inG: Bool) -> String {
    let precision = precision < 0 ? 6 : precision
    let ndigits = min(precision + 1, Self.maximumDigits)
    let decoded = iniDec(number, ndigits)
    let exp = decoded.pt - 1
    var expmark = conversion.isUppercase ? "E" : "e"
    if precision == 0 && has("#") { expmark = "." + expmark }
    var width = width - (precision + expmark.count + (precision > 0 ? 1 : 0) + 4)
    var padding: Int?
    let wide = exp <= -100 || 100 <= exp ? 1 : 0
    if has("+") || has(" ") {
      width -= 1
      if width > 0 { padding = width - wide }
    } else if width > 0 {
      padding = width - wide - (decoded.neg ? 1 : 0)
    }
    var out = ""
    if let padding, !has("-"), !has("0") { pad(width, padding, " ", &out) }
    sign(decoded.neg, &out)
    if let padding, !has("-"), has("0") { pad(width, padding, "0", &out) }
    out.append(decoded.digits[0])
    if precision > 0 {
      if inG && !has("#") {
        var end = ndigits
        while end > 1, decoded.digits[end - 1] == "0" { end -= 1 }
        if end > 1 { out += "." + String(decoded.digits[1..<end]) }
      } else {
        out += "." + String(decoded.digits[1..<ndigits])
        if ndigits < precision + 1 {
          pad(precision + 1 - ndigits, precision + 1 - ndigits, "0", &out)
        }
      }
    }
    out += expmark
    printExponent(exp, &out)
    if let padding, has("-") { pad(width, padding, " ", &out) }
    return out
  }

  /// `gen_g`: `%g %G`: the fixed form when `precision > exp ≥ -4`, the exponent decided on
  /// `precision + 1` significant digits; trailing zeros dropped unless `#`.
  private func formatGeneral(_ number: Number) -> String {
    let precision = self.precision < 0 ? 6 : self.precision
    let ndigits = min(precision + 1, Self.maximumDigits)
    let exp = iniDec(number, ndigits).pt - 1
    guard precision > exp && exp >= -4 else {
      return formatExponent(number, width: width, precision: precision - 1, inG: true)
    }
    let fprec = precision - (exp + 1)
    let decoded = fixDec(number, fprec)
    var width = self.width
    var padding = 0
    width -= printFixedWidth(fprec, decoded, trailingZeros: has("#"))
    if has("+") || has(" ") || decoded.neg { width -= 1 }
    if width >= 1 { padding = width }
    var out = ""
    if !has("-"), !has("0"), padding > 0 { pad(width, padding, " ", &out) }
    sign(decoded.neg, &out)
    if !has("-"), has("0"), padding > 0 { pad(width, padding, "0", &out) }
    printFixed(fprec, decoded, trailingZeros: has("#"), &out)
    if has("-"), padding > 0 { pad(width, padding, " ", &out) }
    return out
  }

  /// `gen_a` with no precision: `%a %A`, the shortest hexadecimal significand.
  private func formatHex(_ number: Number, _ session: Interpreter, _ span: SourceSpan) throws
    -> String
  {
    guard precision < 0, case .float(let x) = number else {
      throw session.fail(
        .unsupported,
        "%\(conversion) with a precision or an integer is not supported by sitegen's Julia", span)
    }
    // ini_hex(x): the significand's hexadecimal digits without trailing zeros; the binary
    // exponent of the leading 1.
    var digits: [Character]
    var exp: Int
    if x == 0 {
      digits = ["0"]
      exp = 0
    } else {
      let magnitude = abs(x)
      let exponent = Int(magnitude.exponent)
      // The 53-bit significand of the number normalised to [1, 2), subnormals included.
      let normalised = magnitude.significand
      var bits = normalised.significandBitPattern | (1 << 52)
      while bits & 0xf == 0 { bits >>= 4 }
      let text = String(bits, radix: 16)
      digits = Array(conversion == "A" ? text.uppercased() : text)
      exp = exponent
    }
    let len = digits.count
    let hexmark = conversion == "A" ? "0X" : "0x"
    let expmark = conversion == "A" ? "P" : "p"
    var width = self.width - (hexmark.count + expmark.count + 3 + (has("#") ? 1 : 0))
    let expDigits = String(abs(exp)).count
    let neg = x.sign == .minus
    var padding: Int?
    if has("+") || has(" ") {
      width -= 1
      if width > 0 { padding = (width + 1) - expDigits }
    } else if width > 0 {
      padding = (width + 1) - (neg ? 1 : 0) - expDigits
    }
    if let current = padding, width > 0 {
      padding = current - (has("#") ? len - 1 : (len > 1 ? len : 0))
    }
    var out = ""
    if let padding, !has("-"), !has("0") { pad(width, padding, " ", &out) }
    sign(neg, &out)
    out += hexmark
    if let padding, !has("-"), has("0") { pad(width, padding, "0", &out) }
    out.append(digits[0])
    if has("#") { out += "." }
    if len > 1 { out += (has("#") ? "" : ".") + String(digits[1...]) }
    out += expmark + (exp < 0 ? "-" : "+") + String(abs(exp))
    if let padding, has("-") { pad(width, padding, " ", &out) }
    return out
  }

  /// `gen_c`: `%c`, a character (or an integer's code point), padded by its text width.
  private func formatChar(_ value: Value, _ session: Interpreter, _ span: SourceSpan) throws
    -> String
  {
    let character: Character
    switch value {
    case .char(let c): character = c
    case .int(let n):
      guard let scalar = UInt32(exactly: n).flatMap(Unicode.Scalar.init) else {
        throw session.fail(.unsupported, "%c of \(n) is not supported by sitegen's Julia", span)
      }
      character = Character(scalar)
    default:
      throw session.fail(
        .method, "MethodError: no method matching Char(::\(value.type.name))", span)
    }
    var out = ""
    let textWidth = StringFunctions.textWidth(String(character))
    if width > 1 && !has("-") { pad(width - 1, width - textWidth, has("0") ? "0" : " ", &out) }
    out.append(character)
    if width > 1 && has("-") { pad(width - 1, width - textWidth, " ", &out) }
    return out
  }

  /// `gen_s`: `%s` (`print`; `show` with `#`), cut to `precision` bytes of whole characters,
  /// padded by text width.
  private func formatString(_ value: Value, _ session: Interpreter) -> String {
    var text = has("#") ? session.show(value) : session.printString(value)
    if precision != -1 { text = Self.limit(text, precision) }
    guard width > 0 else { return text }
    var out = ""
    let textWidth = StringFunctions.textWidth(text)
    if !has("-") { pad(width, width - textWidth, " ", &out) }
    out += text
    if has("-") { pad(width, width - textWidth, " ", &out) }
    return out
  }

  /// `_limit(s, prec)`: the longest prefix of whole characters within `prec` bytes.
  private static func limit(_ text: String, _ bytes: Int) -> String {
    var result = ""
    var used = 0
    for scalar in text.unicodeScalars {
      let size = String(scalar).utf8.count
      if used + size > bytes { break }
      used += size
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}
