import SourcePositions

/// `enumerate(x)` and `zip(a, b, …)`: Julia 1.0's lazy iterators (base/iterators.jl). They
/// iterate as the pairs and tuples they yield, and show as Julia's default `show` of their
/// structs: `Base.Iterators.Enumerate{Array{Int64,1}}([5, 6])`.
final class LazyIterator: RuntimeObject, IterableObject {
  enum Kind { case enumerate, zip }

  let kind: Kind
  /// The wrapped collections (one for `enumerate`).
  let sources: [Value]

  init(_ kind: Kind, _ sources: [Value]) {
    self.kind = kind
    self.sources = sources
  }

  /// The iterator's Julia type, nested as Julia 1.0 nests `zip`'s `Zip1`, `Zip2` and `Zip`.
  var typeName: String { Self.typeName(kind, sources.map(\.type.name)) }

  private static func typeName(_ kind: Kind, _ names: [String]) -> String {
    switch kind {
    case .enumerate: return "Base.Iterators.Enumerate{\(names[0])}"
    case .zip:
      switch names.count {
      case 1: return "Base.Iterators.Zip1{\(names[0])}"
      case 2: return "Base.Iterators.Zip2{\(names[0]),\(names[1])}"
      default:
        return "Base.Iterators.Zip{\(names[0]),\(typeName(.zip, Array(names.dropFirst())))}"
      }
    }
  }

  override var type: JuliaType { .other(typeName) }

  override func show(_ session: Interpreter) -> String {
    Self.shown(kind, sources, session)
  }

  private static func shown(_ kind: Kind, _ sources: [Value], _ session: Interpreter) -> String {
    let name = typeName(kind, sources.map(\.type.name))
    if kind == .zip, sources.count > 2 {
      return name + "(" + session.show(sources[0]) + ", "
        + shown(.zip, Array(sources.dropFirst()), session) + ")"
    }
    return name + "(" + sources.map { session.show($0) }.joined(separator: ", ") + ")"
  }

  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    // The sources may be mutable arrays: the copy wraps their copies.
    LazyIterator(kind, sources.map { copier.copy($0) })
  }

  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] {
    let lists = try sources.map { try session.iterate($0, span) }
    switch kind {
    case .enumerate:
      return lists[0].enumerated().map { .tuple([.int($0.offset + 1), $0.element]) }
    case .zip:
      let count = lists.map(\.count).min() ?? 0
      try session.ensureRoom(count, span)
      return (0..<count).map { k in .tuple(lists.map { $0[k] }) }
    }
  }
}
