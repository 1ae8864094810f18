import SourcePositions

/// Julia's `Dict{K,V}`: a hash table with Julia 1.0's slot layout, so that it iterates, prints
/// and displays its entries in Julia's order.
final class DictObject: RuntimeObject, IndexableObject, IterableObject {
  let keyType: JuliaType
  let valueType: JuliaType
  var table = JuliaHashTable()

  init(keyType: JuliaType, valueType: JuliaType) {
    self.keyType = keyType
    self.valueType = valueType
  }

  override var type: JuliaType { .dict(keyType, valueType) }

  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    let copy = DictObject(keyType: keyType, valueType: valueType)
    copier.remember(self, as: copy)
    copy.table = table.mapped { copier.copy($0) }
    return copy
  }

  /// Julia's `copy(d)`: the same slots, entries shared.
  func copy() -> DictObject {
    let copy = DictObject(keyType: keyType, valueType: valueType)
    copy.table = table
    return copy
  }

  /// The entries in iteration order.
  var entries: [(key: Value, value: Value)] {
    table.filledSlots.compactMap { slot in
      guard let key = table.keys[slot], let value = table.values[slot] else { return nil }
      return (key, value)
    }
  }

  /// The entries as `Pair{K,V}`s.
  var pairs: [Value] {
    entries.map { .object(PairObject($0.key, $0.value, types: (keyType, valueType))) }
  }

  /// The slot of `key`, or `nil`.
  func slot(of key: Value, _ session: Interpreter, _ span: SourceSpan) throws -> Int? {
    let hash = try session.juliaHash(key, span)
    return try table.slot(of: key, hash: hash) { try session.juliaIsEqual($0, $1, span) }
  }

  /// The value stored under `key`, or `nil`.
  func value(for key: Value, _ session: Interpreter, _ span: SourceSpan) throws -> Value? {
    try slot(of: key, session, span).flatMap { table.values[$0] }
  }

  /// `d[key] = value` (Julia's `setindex!`): the key and the value converted to the dict's
  /// types, a key that converts to a different value refused as Julia refuses it.
  func store(_ key: Value, _ value: Value, _ session: Interpreter, _ span: SourceSpan) throws {
    _ = try session.juliaHash(key, span)
    let storedKey = try session.convertElement(key, to: keyType, span)
    if !(try session.juliaIsEqual(storedKey, key, span)) {
      throw session.fail(
        .argument,
        "ArgumentError: \(session.show(key)) is not a valid key for type \(keyType.name)", span)
    }
    let storedValue = try session.convertElement(value, to: valueType, span)
    let hash = try session.juliaHash(storedKey, span)
    try session.charge(1, span)
    let before = table.keys.count
    switch try table.place(
      of: storedKey, hash: hash, equal: { try session.juliaIsEqual($0, $1, span) })
    {
    case .found(let slot):
      table.replace(at: slot, key: storedKey, value: storedValue)
    case .free(let slot):
      try session.allocate(1, span)
      table.insert(at: slot, key: storedKey, value: storedValue, hash: hash)
    }
    if table.keys.count != before { try session.charge(table.keys.count, span) }
  }

  /// Removes the entry at `slot` and returns its value.
  @discardableResult
  func remove(at slot: Int) -> Value {
    let value = table.values[slot] ?? .nothing
    table.delete(at: slot)
    return value
  }

  func keyError(_ key: Value, _ session: Interpreter, _ span: SourceSpan) -> LanguageError {
    session.fail(.key, "KeyError: key \(session.show(key)) not found", span)
  }

  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value {
    guard indices.count == 1 else {
      throw session.fail(
        .method, "MethodError: no method matching getindex(::\(type.name), ...)", span)
    }
    try session.charge(1, span)
    guard let value = try value(for: indices[0], session, span) else {
      throw keyError(indices[0], session, span)
    }
    return value
  }

  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
  {
    guard indices.count == 1 else {
      throw session.fail(
        .method, "MethodError: no method matching setindex!(::\(type.name), ...)", span)
    }
    try store(indices[0], value, session, span)
  }

  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] {
    try session.charge(table.keys.count, span)
    return pairs
  }

  /// Julia 1.0's `show(io, ::AbstractDict)`: `Dict("a" => 1,"b" => 2)`, with the full type
  /// when the key or value type is not implicit or the dict is empty; at most 10 entries then
  /// `…` when the output is limited (inside a REPL display); pairs written `a=>b` in a compact
  /// context (inside a displayed dict).
  func show(_ session: Interpreter, limited: Bool, compact: Bool = false) -> String {
    let all = entries
    let prefix =
      !all.isEmpty && Interpreter.isImplicit(keyType) && Interpreter.isImplicit(valueType)
      ? "Dict" : type.name
    var parts: [String] = []
    for (n, entry) in all.enumerated() {
      let pair = PairObject(entry.key, entry.value, types: (keyType, valueType))
      parts.append(pair.show(session, compact: compact, typeKnown: true))
      if limited, n + 1 >= 10 {
        parts[parts.count - 1] += "…"
        break
      }
    }
    return prefix + "(" + parts.joined(separator: ",") + ")"
  }

  override func show(_ session: Interpreter) -> String { show(session, limited: false) }

  /// The display where no error can be raised; cells and `display` take `displayText`, which
  /// refuses what it cannot lay out.
  override func display(_ session: Interpreter) -> String {
    let span = SourceSpan(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
    return (try? displayText(session, span)) ?? show(session)
  }

  /// Julia 1.0's `show(io, MIME"text/plain", ::AbstractDict)` on the REPL's 24×80 screen: a
  /// summary, then one `key => value` line per entry, keys padded to one width, values compact,
  /// at most 20 lines with the 20th `⋮ => ⋮` when there are more entries.
  func displayText(_ session: Interpreter, _ span: SourceSpan) throws -> String {
    try Self.displayEntries(entries, summary: type.name, session, span)
  }

  /// The `text/plain` layout of an `AbstractDict` (a `Dict`, or `pairs` of a named tuple).
  static func displayEntries(
    _ all: [(key: Value, value: Value)], summary: String, _ session: Interpreter,
    _ span: SourceSpan
  ) throws -> String {
    let count = all.count
    var text = "\(summary) with \(count) \(count == 1 ? "entry" : "entries")"
    if all.isEmpty { return text }
    text += ":"
    // The REPL's 24×80 screen: 3 rows kept free and 1 for the summary (at most 20 entries);
    // of the columns, 6 for the prefix "  " and the separator " => ".
    let rows = Swift.min(24 - 3 - 1, 20)
    let columns = 80 - 6
    let shown = all.prefix(rows)
    // Shown in the REPL's limited context: a dict inside shows at most 10 entries.
    func element(_ value: Value) -> String {
      if case .object(let inner as DictObject) = value {
        return inner.show(session, limited: true, compact: true)
      }
      return session.showElement(value, compact: true)
    }
    let keys = shown.map { element($0.key) }
    let values = shown.map { element($0.value) }
    var keyWidth = 0
    var valueWidth = 0
    for (key, value) in zip(keys, values) {
      keyWidth = Swift.min(Swift.max(key.count, keyWidth), columns)
      valueWidth = Swift.min(Swift.max(value.count, valueWidth), columns)
    }
    if keyWidth > Swift.max(columns / 2, columns - valueWidth) {
      keyWidth = Swift.max((columns + 2) / 3, columns - valueWidth)
    }
    for k in 0..<shown.count {
      text += "\n  "
      if k + 1 == rows, rows < count {
        text += "⋮" + String(repeating: " ", count: Swift.max(0, keyWidth - 1)) + " => ⋮"
        break
      }
      let key = try session.truncated(keys[k], keyWidth, span)
      text += key + String(repeating: " ", count: Swift.max(0, keyWidth - key.count))
      text += " => " + (try session.truncated(values[k], columns - keyWidth, span))
    }
    return text
  }
}
