import SourcePositions

/// Julia's `Pair{A,B}` (`a => b`): immutable, iterates and indexes as `(first, second)`.
final class PairObject: RuntimeObject, IterableObject, IndexableObject {
  let first: Value
  let second: Value
  /// The pair's type parameters (a `Dict{Any,Any}`'s pairs are `Pair{Any,Any}`).
  let firstType: JuliaType
  let secondType: JuliaType

  init(_ first: Value, _ second: Value, types: (JuliaType, JuliaType)? = nil) {
    self.first = first
    self.second = second
    firstType = types?.0 ?? first.type
    secondType = types?.1 ?? second.type
  }

  override var type: JuliaType { .pair(firstType, secondType) }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    PairObject(copier.copy(first), copier.copy(second), types: (firstType, secondType))
  }

  /// Whether the pair's type parameters are its elements' types (Julia's `has_tight_type`).
  var isTight: Bool { first.type == firstType && second.type == secondType }

  /// Julia 1.0's `show(io, ::Pair)`: `a => b` (`a=>b` when compact) with a nested pair in
  /// parentheses; a pair whose parameters are wider than its elements, outside a container
  /// that states them, in the default form `Pair{Any,Any}("a", 1)`.
  func show(_ session: Interpreter, compact: Bool, typeKnown: Bool = false) -> String {
    guard isTight || typeKnown else {
      return type.name + "(" + session.show(first) + ", " + session.show(second) + ")"
    }
    func part(_ value: Value) -> String {
      let text = session.showElement(value, compact: compact)
      if case .object(let inner as PairObject) = value, inner.isTight { return "(" + text + ")" }
      return text
    }
    return part(first) + (compact ? "=>" : " => ") + part(second)
  }

  override func show(_ session: Interpreter) -> String { show(session, compact: false) }

  override func field(_ name: String, _ session: Interpreter) -> Value? {
    switch name {
    case "first": first
    case "second": second
    default: nil
    }
  }

  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] { [first, second] }

  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value {
    if indices.count == 1, case .int(let k) = indices[0], k == 1 || k == 2 {
      return k == 1 ? first : second
    }
    throw session.boundsError(.object(self), indices, span)
  }

  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
  {
    throw session.fail(
      .method, "MethodError: no method matching setindex!(::\(type.name), ...)", span)
  }
}

extension Interpreter {
  /// An element's `show` inside a container: a pair with its own rules, others as `show`.
  func showElement(_ value: Value, compact: Bool) -> String {
    if case .object(let pair as PairObject) = value { return pair.show(self, compact: compact) }
    if case .object(let dict as DictObject) = value { return dict.show(self) }
    return show(value, compact: compact)
  }

  /// The hash Julia 1.0 gives `key`, or a located refusal when sitegen does not reproduce it.
  func juliaHash(_ key: Value, _ span: SourceSpan) throws -> UInt64 {
    guard let hash = JuliaHash.hash(key) else {
      throw fail(
        .unsupported,
        "a Dict or Set key of type \(key.type.name) is not supported by sitegen's Julia (Julia "
          + "hashes it by rules sitegen does not reproduce, and its hash fixes the order)", span)
    }
    return hash
  }

  /// Julia's `isequal` on keys, refused where sitegen does not decide it.
  func juliaIsEqual(_ a: Value, _ b: Value, _ span: SourceSpan) throws -> Bool {
    guard let same = JuliaHash.isEqual(a, b) else {
      throw fail(
        .unsupported,
        "comparing Dict or Set keys of types \(a.type.name) and \(b.type.name) is not supported "
          + "by sitegen's Julia", span)
    }
    return same
  }

  /// Whether the type shows without its parameters inside a container (Julia 1.0's
  /// `typeinfo_implicit`: `Float64`, `Int64`, `Char`, `String`, `Symbol`, and tuples, pairs,
  /// arrays and dicts of them).
  static func isImplicit(_ type: JuliaType) -> Bool {
    switch type {
    case .float64, .int64, .char, .string, .symbol, .nothing: return true
    case .tuple(let items): return items.allSatisfy(isImplicit)
    case .pair(let a, let b), .dict(let a, let b): return isImplicit(a) && isImplicit(b)
    case .array(let element, _): return isImplicit(element)
    default: return false
    }
  }

  /// Julia 1.0's `_truncate_at_width_or_chars(s, width, "\r\n")` for a one-line `show`: cut
  /// to `width` columns with `…`. Characters are one column each, which holds for ASCII; a wider
  /// string with other characters is refused rather than measured wrongly.
  func truncated(_ text: String, _ width: Int, _ span: SourceSpan) throws -> String {
    if width <= 0 { return "" }
    let characters = Array(text)
    // ASCII, `…` and `⋮` take one column each (Julia's `textwidth`).
    let narrow = text.unicodeScalars.allSatisfy { $0.isASCII || $0 == "…" || $0 == "⋮" }
    if characters.count >= width - 1, !narrow {
      throw fail(
        .unsupported,
        "displaying a long non-ASCII text in a Dict is not supported by sitegen's Julia (its "
          + "column width is not measured)", span)
    }
    guard characters.count > width else { return text }
    return String(characters.prefix(width - 1)) + "…"
  }
}
