import SourcePositions

/// Julia's `String` semantics on Swift strings: indices are UTF-8 byte positions (1-based), a
/// character is a Unicode scalar (`base/strings/string.jl`, `base/char.jl`).
enum JuliaString {
  /// `show(io, s::String)`: the text in quotes with `"`, `$` and `\\` escaped, the C escapes
  /// `\a`…`\r`, `\e`, `\0` (`\x00` before a digit), and other unprintable characters in
  /// hexadecimal, padded in full when a hexadecimal digit follows (`base/strings/io.jl`
  /// `escape_string`).
  static func quoted(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var result = "\""
    for (k, c) in scalars.enumerated() {
      let next = k + 1 < scalars.count ? scalars[k + 1] : nil
      let fullHex = next?.properties.isASCIIHexDigit ?? false
      func hex(_ prefix: String, _ pad: Int) -> String {
        let digits = String(c.value, radix: 16)
        return prefix + String(repeating: "0", count: max(0, pad - digits.count)) + digits
      }
      switch c {
      case "\"", "$": result += "\\" + String(c)
      case "\\": result += "\\\\"
      case "\0": result += (next.map { ("0"..."9").contains($0) } ?? false) ? "\\x00" : "\\0"
      case "\u{1B}": result += "\\e"
      case "\u{07}"..."\r":
        let letters = Array("abtnvfr")
        result += "\\" + String(letters[Int(c.value) - 7])
      default:
        if JuliaChar.isPrintable(c) {
          result.unicodeScalars.append(c)
        } else if c.value <= 0x7f {
          result += hex("\\x", 2)
        } else if c.value <= 0xffff {
          result += hex("\\u", fullHex ? 4 : 2)
        } else {
          result += hex("\\U", fullHex ? 8 : 4)
        }
      }
    }
    return result + "\""
  }

  /// `lastindex(s)`: the byte index where the last character starts (0 for "").
  static func lastIndex(_ text: String) -> Int {
    let bytes = Array(text.utf8)
    var index = bytes.count
    while index > 0, bytes[index - 1] & 0xC0 == 0x80 { index -= 1 }
    return index
  }

  /// Whether byte index `i` (1-based) starts a character.
  static func isValid(_ bytes: [UInt8], _ i: Int) -> Bool {
    i >= 1 && i <= bytes.count && bytes[i - 1] & 0xC0 != 0x80
  }

  /// The character starting at byte `i` (valid) and the index after it.
  static func character(_ bytes: [UInt8], at i: Int) -> (Character, Int) {
    var end = i
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    let text = String(decoding: bytes[(i - 1)..<end], as: UTF8.self)
    return (text.first ?? "\0", end + 1)
  }

  /// `BoundsError` for `s[i]` as Julia 1.0 shows it.
  static func boundsError(
    _ text: String, _ index: String, _ session: Interpreter, _ span: SourceSpan
  )
    -> LanguageError
  {
    session.fail(
      .bounds,
      "BoundsError: attempt to access \(session.quoted(text))\n  at index [\(index)]", span)
  }

  /// `StringIndexError(s, i)`: `i` falls inside a character.
  static func indexError(_ text: String, _ i: Int, _ session: Interpreter, _ span: SourceSpan)
    -> LanguageError
  {
    session.fail(.bounds, "StringIndexError(\(session.quoted(text)), \(i))", span)
  }

  /// `s[i]` (a `Char`) and `s[a:b]` (a `String` of whole characters from byte `a` through the
  /// character starting at byte `b`).
  static func index(_ text: String, _ index: Value, _ session: Interpreter, _ span: SourceSpan)
    throws -> Value
  {
    let bytes = Array(text.utf8)
    switch index {
    case .int(let i):
      guard i >= 1, i <= bytes.count else {
        throw boundsError(text, String(i), session, span)
      }
      guard isValid(bytes, i) else { throw indexError(text, i, session, span) }
      return .char(character(bytes, at: i).0)
    case .range(let range) where range.isInteger:
      guard case .int(let first) = range.first, case .int(let last) = range.last else {
        return .string("")
      }
      if range.count == 0 { return .string("") }
      guard case .integer(_, 1) = range.kind else {
        throw session.fail(
          .unsupported,
          "indexing a string with a stepped range is not supported by sitegen's Julia",
          span)
      }
      guard first >= 1, last <= bytes.count else {
        throw boundsError(text, session.show(index), session, span)
      }
      guard isValid(bytes, first) else { throw indexError(text, first, session, span) }
      guard isValid(bytes, last) else { throw indexError(text, last, session, span) }
      let end = character(bytes, at: last).1 - 1
      return .string(String(decoding: bytes[(first - 1)..<end], as: UTF8.self))
    case .array(let box) where box.values.allSatisfy(\.isInt):
      var result = ""
      for item in box.values {
        guard case .char(let c) = try Self.index(text, item, session, span) else { continue }
        result.append(c)
      }
      return .string(result)
    default:
      throw session.fail(
        .method,
        "MethodError: no method matching getindex(::String, ::\(index.type.name))", span)
    }
  }

  /// `'a' + 1`, `'b' - 'a'`, `'b' - 1` and comparisons of characters (`base/char.jl`).
  static func charArithmetic(
    _ op: BinaryOperator, _ a: Value, _ b: Value, _ session: Interpreter, _ span: SourceSpan
  ) throws -> Value {
    func code(_ value: Value) -> Int? {
      switch value {
      case .char(let c): Int(JuliaChar.scalar(c).value)
      case .int(let n): n
      default: nil
      }
    }
    guard let x = code(a), let y = code(b) else {
      throw session.fail(
        .method,
        "MethodError: no method matching \(op.functionName)(::\(a.type.name), ::\(b.type.name))",
        span)
    }
    func character(_ n: Int) throws -> Value {
      guard let value = UInt32(exactly: n), let scalar = Unicode.Scalar(value) else {
        throw session.fail(
          .unsupported,
          "the character with code \(n) (not a Unicode scalar) is not supported by sitegen's Julia",
          span)
      }
      return .char(Character(scalar))
    }
    switch (op, a, b) {
    case (.add, _, _): return try character(x + y)
    case (.subtract, .char, .char): return .int(x - y)
    case (.subtract, .char, .int): return try character(x - y)
    case (.less, _, _): return .bool(x < y)
    case (.greater, _, _): return .bool(x > y)
    case (.lessOrEqual, _, _): return .bool(x <= y)
    case (.greaterOrEqual, _, _): return .bool(x >= y)
    default:
      throw session.fail(
        .method,
        "MethodError: no method matching \(op.functionName)(::\(a.type.name), ::\(b.type.name))",
        span)
    }
  }
}
