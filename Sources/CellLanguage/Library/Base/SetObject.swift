import SourcePositions

/// Julia's `Set{T}`: a `Dict{T,Nothing}` underneath (base/set.jl), so it iterates and prints in
/// Julia 1.0's hash order.
final class SetObject: RuntimeObject, IterableObject {
  let elementType: JuliaType
  var table = JuliaHashTable()

  init(elementType: JuliaType) {
    self.elementType = elementType
  }

  override var type: JuliaType { .set(elementType) }

  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    let copy = SetObject(elementType: elementType)
    copier.remember(self, as: copy)
    copy.table = table.mapped { copier.copy($0) }
    return copy
  }

  /// Julia's `copy(s)`: the same slots.
  func copy() -> SetObject {
    let copy = SetObject(elementType: elementType)
    copy.table = table
    return copy
  }

  var members: [Value] { table.filledSlots.compactMap { table.keys[$0] } }

  func contains(_ value: Value, _ session: Interpreter, _ span: SourceSpan) throws -> Bool {
    try session.charge(1, span)
    let hash = try session.juliaHash(value, span)
    return try table.slot(of: value, hash: hash) { try session.juliaIsEqual($0, $1, span) } != nil
  }

  /// `push!(s, x)`: `x` converted to the element type, added unless an equal one is there.
  func insert(_ value: Value, _ session: Interpreter, _ span: SourceSpan) throws {
    _ = try session.juliaHash(value, span)
    let stored = try session.convertElement(value, to: elementType, span)
    if !(try session.juliaIsEqual(stored, value, span)) {
      throw session.fail(
        .argument,
        "ArgumentError: \(session.show(value)) is not a valid key for type \(elementType.name)",
        span)
    }
    let hash = try session.juliaHash(stored, span)
    try session.charge(1, span)
    let before = table.keys.count
    switch try table.place(
      of: stored, hash: hash, equal: { try session.juliaIsEqual($0, $1, span) })
    {
    case .found(let slot):
      table.replace(at: slot, key: stored, value: .nothing)
    case .free(let slot):
      try session.allocate(1, span)
      table.insert(at: slot, key: stored, value: .nothing, hash: hash)
    }
    if table.keys.count != before { try session.charge(table.keys.count, span) }
  }

  /// `delete!(s, x)`.
  func remove(_ value: Value, _ session: Interpreter, _ span: SourceSpan) throws {
    let hash = try session.juliaHash(value, span)
    if let slot = try table.slot(
      of: value, hash: hash, equal: { try session.juliaIsEqual($0, $1, span) })
    {
      table.delete(at: slot)
    }
  }

  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] {
    try session.charge(table.keys.count, span)
    return members
  }

  /// Julia 1.0's `show(io, ::Set)`: `Set([2, 1])` (`show_vector`: elements compact, the element
  /// type written when it is not implicit or the set is empty: `Set(Any[1])`, `Set(Int64[])`).
  override func show(_ session: Interpreter) -> String {
    let all = members
    let prefix = !all.isEmpty && Interpreter.isImplicit(elementType) ? "" : elementType.name
    let items = all.map { session.showElement($0, compact: true) }
    return "Set(" + prefix + "[" + items.joined(separator: ", ") + "])"
  }
}
