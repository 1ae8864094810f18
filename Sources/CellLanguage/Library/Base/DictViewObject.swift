import SourcePositions

/// `keys(d)` and `values(d)` of a `Dict`: Julia's `KeySet` and `ValueIterator`, views of the
/// dict (a later change to it shows through).
final class DictViewObject: RuntimeObject, IterableObject {
  let dict: DictObject
  let isKeys: Bool

  init(_ dict: DictObject, keys: Bool) {
    self.dict = dict
    self.isKeys = keys
  }

  override var type: JuliaType {
    // Julia 1.0: `KeySet{K,T<:AbstractDict{K}}`, `ValueIterator{T<:AbstractDict}`.
    isKeys
      ? .other("Base.KeySet{\(dict.keyType.name),\(dict.type.name)}")
      : .other("Base.ValueIterator{\(dict.type.name)}")
  }

  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    guard case .object(let copy as DictObject) = copier.copy(.object(dict)) else { return nil }
    return DictViewObject(copy, keys: isKeys)
  }

  var items: [Value] { dict.entries.map { isKeys ? $0.key : $0.value } }

  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] {
    try session.charge(dict.table.keys.count, span)
    return items
  }

  /// Julia 1.0's `show` of a key set or value iterator: `show_vector`, `["a", "b"]`.
  override func show(_ session: Interpreter) -> String {
    let elementType = isKeys ? dict.keyType : dict.valueType
    let all = items
    let prefix = !all.isEmpty && Interpreter.isImplicit(elementType) ? "" : elementType.name
    return prefix + "[" + all.map { session.showElement($0, compact: true) }.joined(separator: ", ")
      + "]"
  }

  /// Julia 1.0's `text/plain` display: `Base.KeySet for a Dict{String,Int64} with 2 entries.
  /// Keys:` then one element per line (`show` without `:compact`), at most 20 lines.
  override func display(_ session: Interpreter) -> String {
    (try? displayText(
      session, SourceSpan(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))))
      ?? show(session)
  }

  func displayText(_ session: Interpreter, _ span: SourceSpan) throws -> String {
    let all = items
    let count = all.count
    var text =
      (isKeys ? "Base.KeySet" : "Base.ValueIterator") + " for a \(dict.type.name) with \(count) "
      + (count == 1 ? "entry" : "entries") + "."
    if all.isEmpty { return text }
    text += isKeys ? " Keys:" : " Values:"
    let rows = 20
    for (k, item) in all.enumerated() {
      text += "\n  "
      if k + 1 == rows, rows < count {
        text += "⋮"
        break
      }
      text += try session.truncated(session.showElement(item, compact: false), 78, span)
    }
    return text
  }
}
