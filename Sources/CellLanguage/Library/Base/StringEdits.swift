/// String edits and character predicates of Julia 1.0 (`base/strings/util.jl`, `unicode.jl`).
enum StringEdits {
  /// `strip`/`lstrip`/`rstrip(s[, chars])`: white space by default, else a character or a
  /// collection of characters.
  static func strip(_ call: LibraryCall, leading: Bool, trailing: Bool) -> Value {
    var scalars = Array(call.string(0).unicodeScalars)
    var test: (Unicode.Scalar) -> Bool = JuliaChar.isSpace
    if call.args.count > 1 {
      var set = Set<Unicode.Scalar>()
      switch call.args[1] {
      case .char(let c): set.insert(JuliaChar.scalar(c))
      case .string(let text): set.formUnion(text.unicodeScalars)
      case .array(let box):
        for case .char(let c) in box.values { set.insert(JuliaChar.scalar(c)) }
      case .tuple(let items):
        for case .char(let c) in items { set.insert(JuliaChar.scalar(c)) }
      default: break
      }
      test = { set.contains($0) }
    }
    if trailing { while let last = scalars.last, test(last) { scalars.removeLast() } }
    if leading {
      let start = scalars.firstIndex { !test($0) } ?? scalars.count
      scalars.removeFirst(start)
    }
    var result = ""
    result.unicodeScalars.append(contentsOf: scalars)
    return .string(result)
  }

  /// `chop(s; head = 0, tail = 1)`.
  static func chop(_ call: LibraryCall) throws -> Value {
    let head = try call.keyword("head").map { try call.session.intArgument($0, call.span) } ?? 0
    let tail = try call.keyword("tail").map { try call.session.intArgument($0, call.span) } ?? 1
    let scalars = Array(call.string(0).unicodeScalars)
    guard head >= 0, tail >= 0 else {
      throw call.fail(.argument, "ArgumentError: head and tail must be non-negative")
    }
    guard head + tail < scalars.count else { return .string("") }
    var result = ""
    result.unicodeScalars.append(contentsOf: scalars[head..<(scalars.count - tail)])
    return .string(result)
  }

  /// A character mapping applied to a character or to each character of a string.
  static func mapped(_ call: LibraryCall, _ map: (Unicode.Scalar) -> Unicode.Scalar) -> Value {
    switch call.args[0] {
    case .char(let c): return .char(Character(map(JuliaChar.scalar(c))))
    default:
      var result = ""
      result.unicodeScalars.append(contentsOf: call.string(0).unicodeScalars.map(map))
      return .string(result)
    }
  }

  /// `titlecase(s; wordsep = !iscased, strict = true)` (Julia 0.7's rewrite, in 1.0): the
  /// first character of each word in title case, the others lower-cased when `strict`; a word
  /// separator is by default any character that is not a cased letter (Lu, Lt, Ll).
  static func titlecase(_ call: LibraryCall) throws -> Value {
    let strict = try call.keyword("strict").map { try call.session.truth($0, call.span) } ?? true
    let wordsep = call.keyword("wordsep")
    var result = ""
    var startWord = true
    for u in call.string(0).unicodeScalars {
      let separates: Bool
      if let wordsep {
        separates = try call.session.truth(
          try call.session.call(wordsep, [.char(Character(u))], [], call.span), call.span)
      } else {
        separates = ![.uppercaseLetter, .titlecaseLetter, .lowercaseLetter].contains(
          u.properties.generalCategory)
      }
      if separates {
        result.unicodeScalars.append(u)
        startWord = true
      } else {
        result.unicodeScalars.append(
          startWord ? JuliaChar.titlecase(u) : strict ? JuliaChar.lowercase(u) : u)
        startWord = false
      }
    }
    return .string(result)
  }

  /// `uppercasefirst(s)` / `lowercasefirst(s)`: the first character mapped.
  static func first(_ call: LibraryCall, _ map: (Unicode.Scalar) -> Unicode.Scalar) -> Value {
    var scalars = Array(call.string(0).unicodeScalars)
    if let first = scalars.first { scalars[0] = map(first) }
    var result = ""
    result.unicodeScalars.append(contentsOf: scalars)
    return .string(result)
  }

  /// `nextind(s, i)` (`direction` 1), `prevind(s, i)` (-1), `thisind(s, i)` (0): byte indices
  /// of character starts, `0` and `ncodeunits(s) + 1` at the ends (`base/strings/string.jl`).
  static func step(_ call: LibraryCall, _ direction: Int) throws -> Value {
    let text = call.string(0)
    let bytes = Array(text.utf8)
    let i = try call.session.intArgument(call.args[1], call.span)
    let n = bytes.count
    guard i >= 0, i <= n + 1, !(direction == 1 && i == n + 1), !(direction == -1 && i == 0) else {
      throw JuliaString.boundsError(text, String(i), call.session, call.span)
    }
    func isStart(_ j: Int) -> Bool { j < 1 || j > n || JuliaString.isValid(bytes, j) }
    switch direction {
    case 1:
      var j = i + 1
      while !isStart(j) { j += 1 }
      return .int(j)
    case -1:
      var j = i - 1
      while !isStart(j) { j -= 1 }
      return .int(j)
    default:
      var j = i
      while !isStart(j) { j -= 1 }
      return .int(j)
    }
  }

  /// A predicate of characters (`isdigit(c)`, …).
  static func predicate(_ name: String, _ test: @escaping (Unicode.Scalar) -> Bool)
    -> LibraryFunction
  {
    LibraryFunction(
      name,
      [
        LibraryMethod([.char]) { call in
          guard case .char(let c) = call.args[0] else { return .bool(false) }
          return .bool(test(JuliaChar.scalar(c)))
        }
      ])
  }
}

/// `parse(T, s)` and `tryparse(T, s)` for `Int`, `Float64` and `Bool` (`base/parse.jl`).
enum StringParsing {
  static func parse(_ call: LibraryCall, trying: Bool) throws -> Value {
    guard case .type(let type) = call.args[0] else {
      throw call.session.noMethod(trying ? "tryparse" : "parse", call.args, call.span)
    }
    let text = call.string(1)
    do {
      switch type {
      case .int64: return .int(try integer(text))
      case .float64: return .float(try float(text))
      case .bool:
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        let n = try integer(text)
        guard n == 0 || n == 1 else {
          throw LanguageError(
            kind: .argument, message: "InexactError: Bool(Bool, \(n))", span: call.span)
        }
        return .bool(n == 1)
      default:
        throw call.fail(
          .unsupported,
          "\(trying ? "tryparse" : "parse")(\(type.name), …) is not supported by sitegen's Julia")
      }
    } catch let failure as Failure {
      if trying { return .nothing }
      throw call.fail(failure.kind, failure.message)
    }
  }

  struct Failure: Error {
    let kind: LanguageError.Kind
    let message: String
  }

  /// `tryparse_internal(Int, s, …)`: white space around, a sign, a `0x`/`0o`/`0b` prefix.
  static func integer(_ text: String) throws -> Int {
    let quoted = PrintfFormat.quoted(text)
    let scalars = Array(text.unicodeScalars)
    var i = 0
    while i < scalars.count, JuliaChar.isSpace(scalars[i]) { i += 1 }
    guard i < scalars.count else {
      throw Failure(
        kind: .argument, message: "ArgumentError: input string is empty or only contains whitespace"
      )
    }
    var negative = false
    if scalars[i] == "-" || scalars[i] == "+" {
      negative = scalars[i] == "-"
      i += 1
    }
    var base = 10
    if i + 1 < scalars.count, scalars[i] == "0" {
      switch scalars[i + 1] {
      case "x": base = 16
      case "o": base = 8
      case "b": base = 2
      default: break
      }
      if base != 10 { i += 2 }
    }
    guard i < scalars.count, !JuliaChar.isSpace(scalars[i]) else {
      throw Failure(
        kind: .argument, message: "ArgumentError: premature end of integer: \(quoted)")
    }
    var value = 0
    while i < scalars.count, !JuliaChar.isSpace(scalars[i]) {
      let c = scalars[i]
      let digit: Int
      switch c.value {
      case 48...57: digit = Int(c.value) - 48
      case 65...90: digit = Int(c.value) - 55
      case 97...122: digit = Int(c.value) - 87
      default: digit = base
      }
      guard digit < base else {
        throw Failure(
          kind: .argument,
          message:
            "ArgumentError: invalid base \(base) digit \(JuliaChar.show(Character(c))) in \(quoted)"
        )
      }
      let (product, overflow1) = value.multipliedReportingOverflow(by: base)
      let (sum, overflow2) =
        negative
        ? product.subtractingReportingOverflow(digit) : product.addingReportingOverflow(digit)
      guard !overflow1, !overflow2 else {
        throw Failure(kind: .overflow, message: "OverflowError: overflow parsing \(quoted)")
      }
      value = sum
      i += 1
    }
    while i < scalars.count {
      guard JuliaChar.isSpace(scalars[i]) else {
        throw Failure(
          kind: .argument,
          message: "ArgumentError: extra characters after whitespace in \(quoted)")
      }
      i += 1
    }
    return value
  }

  /// `parse(Float64, s)`: C's `strtod` reading of the whole string, white space around.
  static func float(_ text: String) throws -> Double {
    let trimmed = String(
      String.UnicodeScalarView(
        text.unicodeScalars.drop { JuliaChar.isSpace($0) }.reversed().drop {
          JuliaChar.isSpace($0)
        }.reversed()))
    let lowered = trimmed.lowercased()
    let sign = lowered.hasPrefix("-") ? -1.0 : 1.0
    let unsigned =
      lowered.hasPrefix("-") || lowered.hasPrefix("+")
      ? String(lowered.dropFirst()) : lowered
    if unsigned == "inf" || unsigned == "infinity" { return sign * .infinity }
    if unsigned == "nan" { return .nan }
    guard !trimmed.isEmpty, !unsigned.hasPrefix("0x"), let value = Double(trimmed),
      !unsigned.contains("_")
    else {
      throw Failure(
        kind: .argument,
        message: "ArgumentError: cannot parse \(PrintfFormat.quoted(text)) as Float64")
    }
    return value
  }
}
