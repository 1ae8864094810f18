import SourcePositions

/// Searching strings for strings, characters and regexes, and what is built on it: `split`,
/// `replace`, `findfirst`, `match` (`base/strings/search.jl`, `util.jl`, `base/regex.jl`).
/// Positions are Julia's: 1-based UTF-8 byte indices.
enum StringSearch {
  /// A search from byte index `k`: the first match's start and its last byte (`start - 1` for
  /// an empty match), or nil.
  typealias Finder = (Int) throws -> (start: Int, last: Int)?

  /// The finder of a needle: a string, a character, a regex, or a collection of characters.
  static func finder(_ needle: Value, _ bytes: [UInt8], _ call: LibraryCall, _ callName: String)
    throws -> Finder
  {
    switch needle {
    case .string(let text): return literalFinder(Array(text.utf8), bytes)
    case .char(let c): return literalFinder(Array(String(c).utf8), bytes)
    case .object(let regex as RegexObject):
      let text = String(decoding: bytes, as: UTF8.self)
      return { k in
        guard k <= bytes.count + 1,
          let found = try regex.matches(in: text, from: k, limit: 1, call.session, call.span).first
        else { return nil }
        return (found.offset, found.offset + found.match.utf8.count - 1)
      }
    case .array, .tuple:
      let characters = try call.session.iterate(needle, call.span)
      var set = Set<Character>()
      for item in characters {
        guard case .char(let c) = item else {
          throw call.session.noMethod(callName, call.args, call.span)
        }
        set.insert(c)
      }
      return characterFinder(bytes) { set.contains($0) }
    default:
      throw call.session.noMethod(callName, call.args, call.span)
    }
  }

  static func literalFinder(_ needle: [UInt8], _ bytes: [UInt8]) -> Finder {
    { k in
      guard k >= 1, k <= bytes.count + 1 else { return nil }
      if needle.isEmpty { return (k, k - 1) }
      var i = k - 1
      while i + needle.count <= bytes.count {
        if bytes[i] == needle[0], Array(bytes[i..<(i + needle.count)]) == needle {
          return (i + 1, i + needle.count)
        }
        i += 1
      }
      return nil
    }
  }

  static func characterFinder(_ bytes: [UInt8], _ test: @escaping (Character) -> Bool) -> Finder {
    { k in
      var i = k
      while i <= bytes.count {
        if JuliaString.isValid(bytes, i) {
          let (c, next) = JuliaString.character(bytes, at: i)
          if test(c) { return (i, next - 1) }
          i = next
        } else {
          i += 1
        }
      }
      return nil
    }
  }

  /// The text of a prefix or suffix argument: a string or a character.
  static func literal(_ value: Value, _ call: LibraryCall, _ callName: String) throws -> String {
    switch value {
    case .string(let text): return text
    case .char(let c): return String(c)
    default: throw call.session.noMethod(callName, call.args, call.span)
    }
  }

  static func substring(_ bytes: [UInt8], _ from: Int, _ through: Int) -> String {
    guard from <= through else { return "" }
    return String(decoding: bytes[(from - 1)..<through], as: UTF8.self)
  }

  /// An array of `SubString{String}`s.
  static func substrings(_ parts: [String], _ call: LibraryCall) throws -> Value {
    .array(
      try call.session.makeArray(
        parts.map(Value.string), elementType: .other("SubString{String}"), call.span))
  }

  /// `split(s, dlm; limit = 0, keepempty = true)`; with no delimiter, on white space and
  /// dropping empty parts (`base/strings/util.jl` `_split`).
  static func split(_ call: LibraryCall, separator: Value?) throws -> Value {
    let bytes = Array(call.string(0).utf8)
    try call.charge(bytes.count)
    let limit = try call.keyword("limit").map { try call.session.intArgument($0, call.span) } ?? 0
    let keepEmpty =
      try call.keyword("keepempty").map { try call.session.truth($0, call.span) }
      ?? (separator != nil)
    let find: Finder =
      try separator.map { try finder($0, bytes, call, "split") }
      ?? characterFinder(bytes) { JuliaChar.isSpace(JuliaChar.scalar($0)) }
    var parts: [String] = []
    var i = 1
    let n = JuliaString.lastIndex(call.string(0))
    if var found = try find(i) {
      var j = found.start
      var k = found.last + 1
      while 0 < j && j <= n && parts.count != limit - 1 {
        if i < k {
          if keepEmpty || i < j { parts.append(substring(bytes, i, j - 1)) }
          i = k
        }
        if k <= j { k = j + 1 }
        guard let next = try find(k) else { break }
        found = next
        j = found.start
        k = found.last + 1
      }
    }
    if keepEmpty || i <= bytes.count { parts.append(substring(bytes, i, bytes.count)) }
    return try substrings(parts, call)
  }

  /// `replace(s, pattern => replacement; count)`: a string, character or regex pattern; a
  /// string, character or function replacement (`base/strings/util.jl`).
  static func replace(_ call: LibraryCall) throws -> Value {
    guard case .object(let pair as PairObject) = call.args[1] else {
      throw call.session.noMethod("replace", call.args, call.span)
    }
    let text = call.string(0)
    let bytes = Array(text.utf8)
    try call.charge(bytes.count)
    let count =
      try call.keyword("count").map { try call.session.intArgument($0, call.span) } ?? Int.max
    if count == 0 { return .string(text) }
    if count < 0 {
      throw call.fail(.domain, "DomainError with \(count):\n`count` must be non-negative.")
    }
    let find = try finder(pair.first, bytes, call, "replace")
    func replacement(_ start: Int, _ last: Int) throws -> String {
      switch pair.second {
      case .string(let s): return s
      case .char(let c): return String(c)
      default:
        let matched = substring(bytes, start, last)
        return call.session.printString(
          try call.session.call(pair.second, [.string(matched)], [], call.span))
      }
    }
    var out = ""
    var n = 1
    var i = 1
    let a = 1
    let e = JuliaString.lastIndex(text)
    var found = try find(i)
    while let (j, k) = found {
      if i == a || i <= k {
        out += substring(bytes, i, j - 1)
        out += try replacement(j, k)
      }
      var next: Int
      if k < j {
        i = j
        if j > e { break }
        next = j + (j <= bytes.count ? JuliaString.character(bytes, at: j).1 - j : 1)
      } else {
        next = k + 1
        while next <= bytes.count, !JuliaString.isValid(bytes, next) { next += 1 }
        i = next
      }
      found = try find(next)
      if found == nil || n == count { break }
      n += 1
      // The result so far must fit the memory budget (counted once, when it is made).
      try call.session.ensureRoom(out.utf8.count, call.span)
      try call.charge(1)
    }
    out += substring(bytes, i, bytes.count)
    try call.session.allocateText(out.utf8.count, call.span)
    return .string(out)
  }

  /// `findfirst(needle, s)` / `findnext(needle, s, i)`: a character's index, a string's or a
  /// regex's range, or `nothing`.
  static func find(_ call: LibraryCall, from k: Int) throws -> Value {
    let bytes = Array(call.string(1).utf8)
    try call.charge(bytes.count)
    guard let (start, last) = try finder(call.args[0], bytes, call, "findfirst")(k) else {
      return .nothing
    }
    if case .char = call.args[0] { return .int(start) }
    return .range(RangeValue(kind: .integer(start: start, step: 1), count: last - start + 1))
  }

  /// `findlast(needle, s)`: the last match of a string or character.
  static func findLast(_ call: LibraryCall) throws -> Value {
    let bytes = Array(call.string(1).utf8)
    try call.charge(bytes.count)
    let find = try finder(call.args[0], bytes, call, "findlast")
    var best: (Int, Int)?
    var k = 1
    while let found = try find(k) {
      best = found
      k = found.start + 1
      if k > bytes.count + 1 { break }
    }
    guard let (start, last) = best else { return .nothing }
    if case .char = call.args[0] { return .int(start) }
    return .range(RangeValue(kind: .integer(start: start, step: 1), count: last - start + 1))
  }

  /// `Regex(pattern, flags)`.
  static func regex(_ call: LibraryCall) throws -> Value {
    do {
      let flags = call.args.count > 1 ? call.string(1) : ""
      return .object(RegexObject(try RegexPattern(call.string(0), flags: flags)))
    } catch let failure as RegexPattern.Failure {
      throw call.fail(.unsupported, "\(failure.message) is not supported by sitegen's Julia")
    }
  }

  /// `match(r, s[, i])`: the first match from byte `i`, or `nothing`.
  static func match(_ call: LibraryCall) throws -> Value {
    guard case .object(let regex as RegexObject) = call.args[0] else {
      throw call.session.noMethod("match", call.args, call.span)
    }
    let start = call.args.count > 2 ? try call.session.intArgument(call.args[2], call.span) : 1
    let text = call.string(1)
    guard start >= 1, start <= text.utf8.count + 1 else {
      throw call.fail(
        .bounds,
        "BoundsError: attempt to access \(call.session.quoted(text))\n  at index [\(start)]")
    }
    let found = try regex.matches(in: text, from: start, limit: 1, call.session, call.span)
    return found.first.map { .object($0) } ?? .nothing
  }
}
