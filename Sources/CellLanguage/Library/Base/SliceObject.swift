import SourcePositions

/// Julia's `Base.Slice(Base.OneTo(n))`, what `to_indices` makes of a `:` (base/indices.jl):
/// `parentindices` of a view gives it, and `view` takes it back as a `:`.
final class SliceObject: RuntimeObject, IterableObject {
  let count: Int

  init(_ count: Int) { self.count = count }

  override var type: JuliaType { .other("Base.Slice{Base.OneTo{Int64}}") }
  override func show(_ session: Interpreter) -> String { "Base.Slice(Base.OneTo(\(count)))" }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }

  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] {
    try session.charge(count, span)
    return (0..<count).map { .int($0 + 1) }
  }
}

extension SubArrayIndex {
  /// The index as `parentindices` gives it back.
  var value: Value {
    switch self {
    case .scalar(let i): .int(i)
    case .slice(let n): .object(SliceObject(n))
    case .oneTo(let n): .range(.indices(n, .oneTo))
    case .unitRange(let a, let b):
      .range(RangeValue(kind: .integer(start: a, step: 1), count: b - a + 1))
    case .stepRange(let a, let s, let n):
      .range(RangeValue(kind: .integer(start: a, step: s), count: n))
    case .vector(let items): .array(ArrayBox(items.map { .int($0) }, elementType: .int64))
    }
  }
}
