import SourcePositions

/// `pairs(nt)` of a named tuple: Julia's `Iterators.Pairs`, an `AbstractDict` of its names (as
/// symbols) and values, in the tuple's order.
final class PairsObject: RuntimeObject, IterableObject, IndexableObject {
  let tuple: NamedTuple
  /// The values' common type (Julia's `eltype` of the named tuple).
  let valueType: JuliaType

  init(_ tuple: NamedTuple, valueType: JuliaType) {
    self.tuple = tuple
    self.valueType = valueType
  }

  override var type: JuliaType {
    let names = tuple.names.map { ":" + $0 }.joined(separator: ", ")
    let symbols = Array(repeating: "Symbol", count: tuple.names.count).joined(separator: ",")
    let types = tuple.values.map(\.type.name).joined(separator: ",")
    let comma = tuple.names.count == 1 ? "," : ""
    return .other(
      "Base.Iterators.Pairs{Symbol,\(valueType.name),Tuple{\(symbols)},"
        + "NamedTuple{(\(names)\(comma)),Tuple{\(types)}}}")
  }

  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    PairsObject(copier.copy(tuple), valueType: valueType)
  }

  var entries: [(key: Value, value: Value)] {
    zip(tuple.names, tuple.values).map { (Value.symbol($0), $1) }
  }

  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] {
    entries.map { .object(PairObject($0.key, $0.value, types: (.symbol, valueType))) }
  }

  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value {
    guard indices.count == 1, case .symbol(let name) = indices[0], let value = tuple[name] else {
      throw session.fail(
        .key, "KeyError: key \(indices.map { session.show($0) }.joined()) not found", span)
    }
    return value
  }

  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
  {
    throw session.fail(
      .method, "MethodError: no method matching setindex!(::\(type.name), ...)", span)
  }

  /// Julia 1.0's display: `pairs(::NamedTuple) with 2 entries:` (the `showarg` of `Pairs` over
  /// a named tuple), then the entries as a dict's.
  func displayText(_ session: Interpreter, _ span: SourceSpan) throws -> String {
    try DictObject.displayEntries(entries, summary: "pairs(::NamedTuple)", session, span)
  }

  override func display(_ session: Interpreter) -> String {
    let span = SourceSpan(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
    return (try? displayText(session, span)) ?? show(session)
  }

  /// Julia 1.0's `show` of an `AbstractDict` whose type is not implicit: the type, then the
  /// pairs compact.
  override func show(_ session: Interpreter) -> String {
    let parts = entries.map {
      PairObject($0.key, $0.value, types: (.symbol, valueType)).show(
        session, compact: false, typeKnown: true)
    }
    return type.name + "(" + parts.joined(separator: ",") + ")"
  }
}
