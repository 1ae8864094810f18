import SourcePositions

/// Julia's `Regex`: a compiled pattern with its flags, shown as its literal (`base/regex.jl`).
final class RegexObject: RuntimeObject {
  let pattern: RegexPattern

  init(_ pattern: RegexPattern) { self.pattern = pattern }

  override var type: JuliaType { .other("Regex") }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }
  override func show(_ session: Interpreter) -> String {
    var quoted = "r\""
    for scalar in pattern.source.unicodeScalars {
      if scalar == "\"" { quoted += "\\" }
      quoted.unicodeScalars.append(scalar)
    }
    return quoted + "\"" + "ims".filter { pattern.flags.contains($0) }
  }

  /// The matches in `text` from byte index `start` on (`overlap` as `eachmatch`'s keyword),
  /// at most `limit` of them.
  func matches(
    in text: String, from start: Int = 1, overlap: Bool = false, limit: Int = .max,
    _ session: Interpreter, _ span: SourceSpan
  ) throws -> [RegexMatchObject] {
    let scalars = Array(text.unicodeScalars)
    // Byte offset (0-based) of each character position, and of the end.
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var byte = 0
    for scalar in scalars {
      offsets.append(byte)
      byte += String(scalar).utf8.count
    }
    offsets.append(byte)
    try session.charge(scalars.count, span)
    let matcher = RegexMatcher(pattern, scalars) { try session.charge($0, span) }
    var position = offsets.firstIndex { $0 >= start - 1 } ?? scalars.count + 1
    var found: [RegexMatchObject] = []
    while position <= scalars.count, found.count < limit {
      let result: [Range<Int>?]?
      do {
        result = try matcher.firstMatch(from: position)
      } catch is RegexMatcher.TooDeep {
        throw session.fail(
          .unsupported,
          "a regex match nesting more than \(RegexMatcher.maximumDepth) steps deep (a long subject repeated by a group) is not supported by sitegen's Julia",
          span)
      }
      guard let captures = result, let whole = captures[0] else { break }
      func piece(_ range: Range<Int>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[range])
        return result
      }
      found.append(
        RegexMatchObject(
          regex: self, match: piece(whole),
          captures: captures.dropFirst().map { $0.map(piece) },
          offset: offsets[whole.lowerBound] + 1,
          offsets: captures.dropFirst().map { $0.map { offsets[$0.lowerBound] + 1 } ?? 0 }))
      if overlap {
        position = whole.lowerBound + 1
      } else {
        position = whole.isEmpty ? whole.upperBound + 1 : whole.upperBound
      }
    }
    return found
  }
}

/// Julia's `RegexMatch`: the matched text, the captures (`nothing` where a group did not take
/// part), and their byte offsets.
final class RegexMatchObject: RuntimeObject, IndexableObject {
  let regex: RegexObject
  let match: String
  let captures: [String?]
  let offset: Int
  let offsets: [Int]

  init(regex: RegexObject, match: String, captures: [String?], offset: Int, offsets: [Int]) {
    self.regex = regex
    self.match = match
    self.captures = captures
    self.offset = offset
    self.offsets = offsets
  }

  override var type: JuliaType { .other("RegexMatch") }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }

  /// `RegexMatch("abbc", 1="bb")`, named groups by name.
  override func show(_ session: Interpreter) -> String {
    var text = "RegexMatch(" + session.quoted(match)
    if !captures.isEmpty {
      let items = captures.enumerated().map { k, capture in
        (regex.pattern.captureNames[k + 1] ?? String(k + 1)) + "="
          + (capture.map(session.quoted) ?? "nothing")
      }
      text += ", " + items.joined(separator: ", ")
    }
    return text + ")"
  }

  /// The captures as Julia types them.
  func captureArray(_ session: Interpreter, _ span: SourceSpan) throws -> Value {
    .array(
      try session.makeArray(
        captures.map { $0.map(Value.string) ?? .nothing },
        elementType: .other("Union{Nothing, SubString{String}}"), span))
  }

  override func field(_ name: String, _ session: Interpreter) -> Value? {
    switch name {
    case "match": return .string(match)
    case "captures":
      return .array(
        ArrayBox(
          captures.map { $0.map(Value.string) ?? .nothing },
          elementType: .other("Union{Nothing, SubString{String}}"), dims: nil))
    case "offset": return .int(offset)
    case "offsets": return .array(ArrayBox(offsets.map(Value.int), elementType: .int64, dims: nil))
    case "regex": return .object(regex)
    default: return nil
    }
  }

  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value {
    guard indices.count == 1 else { throw session.boundsError(.object(self), indices, span) }
    let number: Int
    switch indices[0] {
    case .int(let n):
      guard n >= 1, n <= captures.count else {
        throw session.boundsError(
          .array(
            ArrayBox(
              captures.map { $0.map(Value.string) ?? .nothing }, elementType: .any, dims: nil)),
          indices, span)
      }
      number = n
    case .string(let name), .symbol(let name):
      guard let n = regex.pattern.captureNames.first(where: { $0.value == name })?.key else {
        throw session.fail(.error, "no capture group named \(name) found in regex", span)
      }
      number = n
    default:
      throw session.noMethod("getindex", [.object(self)] + indices, span)
    }
    return captures[number - 1].map(Value.string) ?? .nothing
  }

  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
  {
    throw session.noMethod("setindex!", [.object(self), value] + indices, span)
  }
}

/// `eachmatch(r, s)`: the matches, listed when iterated or collected.
final class RegexMatchIterator: RuntimeObject, IterableObject {
  let regex: RegexObject
  let text: String
  let overlap: Bool

  init(regex: RegexObject, text: String, overlap: Bool) {
    self.regex = regex
    self.text = text
    self.overlap = overlap
  }

  override var type: JuliaType { .other("Base.RegexMatchIterator") }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }
  override func show(_ session: Interpreter) -> String {
    "Base.RegexMatchIterator(\(regex.show(session)), \(session.quoted(text)), \(overlap))"
  }

  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] {
    try regex.matches(in: text, overlap: overlap, session, span).map { .object($0) }
  }
}
