import SourcePositions

/// Making `Pair`s, `Dict`s and `Set`s from their types, and the operators on them.
extension Interpreter {
  /// `Dict{K,V}`, `Set{T}`, `Pair{A,B}` from `Dict` / `Set` / `Pair` and parameters.
  func collectionType(_ name: String, _ parameters: [Value], _ span: SourceSpan) throws -> Value {
    let types = try parameters.map { parameter -> JuliaType in
      guard case .type(let type) = parameter else {
        throw fail(.type, "TypeError: in \(name), expected Type, got \(parameter.type.name)", span)
      }
      return type
    }
    switch (name, types.count) {
    case ("Dict", 2): return .type(.dict(types[0], types[1]))
    case ("Pair", 2): return .type(.pair(types[0], types[1]))
    case ("Set", 1): return .type(.set(types[0]))
    default:
      throw fail(
        .unsupported,
        "\(name) with \(types.count) type parameters is not supported by sitegen's Julia",
        span)
    }
  }

  /// A new `Pair`, `Dict` or `Set` when `type` is one of theirs, else `nil`.
  func constructCollection(_ type: JuliaType, _ args: [Value], _ span: SourceSpan) throws -> Value?
  {
    switch type {
    case .symbol where !args.isEmpty:
      // `Symbol(x...) = Symbol(string(x...))` (base/strings/basic.jl's `Symbol(x...)`).
      return .symbol(args.map { printString($0) }.joined())
    case .unionAll("Pair"):
      guard args.count == 2 else { throw noMethod("Pair", args, span) }
      return .object(PairObject(args[0], args[1]))
    case .pair(let a, let b):
      guard args.count == 2 else { throw noMethod(type.name, args, span) }
      return .object(
        PairObject(
          try convertElement(args[0], to: a, span), try convertElement(args[1], to: b, span),
          types: (a, b)))
    case .unionAll("Dict"):
      return .object(try makeDict(args, span))
    case .dict(let k, let v):
      return .object(try makeDict(args, keyType: k, valueType: v, span))
    case .unionAll("Set"):
      return .object(try makeSet(args, elementType: nil, span))
    case .set(let t):
      return .object(try makeSet(args, elementType: t, span))
    default:
      return nil
    }
  }

  /// `Dict(…)` (types from the arguments) or `Dict{K,V}(…)`.
  func makeDict(
    _ args: [Value], keyType: JuliaType? = nil, valueType: JuliaType? = nil, _ span: SourceSpan
  ) throws -> DictObject {
    // `Dict(d)` / `Dict{K,V}(d)` of a dict of those types copies its slots (base/dict.jl).
    if args.count == 1, case .object(let source as DictObject) = args[0],
      keyType == nil || (keyType == source.keyType && valueType == source.valueType)
    {
      try charge(source.table.keys.count, span)
      return source.copy()
    }
    let isPairList =
      args.count != 1 || { if case .object(is PairObject) = args[0] { true } else { false } }()
    let entries: [Value] = isPairList ? args : try iterate(args[0], span)
    var types: (JuliaType, JuliaType)
    if let keyType, let valueType {
      types = (keyType, valueType)
    } else if args.isEmpty {
      types = (.any, .any)
    } else {
      types = try entryTypes(isPairList ? nil : args[0], entries, span)
    }
    let dict = DictObject(keyType: types.0, valueType: types.1)
    // `Dict{K,V}(ps::Pair...)` reserves room for them; `Dict(ps::Pair{K,V}...)` and
    // `Dict{K,V}(kv)` do not (Julia 1.0's base/dict.jl).
    if keyType != nil, isPairList, args.count > 1 { dict.table.reserve(args.count) }
    for entry in entries {
      let (key, value) = try keyValue(entry, span)
      try dict.store(key, value, self, span)
    }
    return dict
  }

  /// The key and value of a `Dict` constructor's entry: a pair or a 2-tuple.
  func keyValue(_ entry: Value, _ span: SourceSpan) throws -> (Value, Value) {
    switch entry {
    case .object(let pair as PairObject): return (pair.first, pair.second)
    case .tuple(let items) where items.count == 2: return (items[0], items[1])
    default:
      throw fail(
        .argument,
        "ArgumentError: Dict(kv): kv needs to be an iterator of tuples or pairs", span)
    }
  }

  /// `Dict(kv)`'s key and value types: those of the entries' common type (Julia's
  /// `dict_with_eltype`); entries of different types are refused, since Julia's widening of them
  /// is not reproduced.
  func entryTypes(_ collection: Value?, _ entries: [Value], _ span: SourceSpan) throws
    -> (JuliaType, JuliaType)
  {
    if case .array(let box)? = collection {
      switch box.elementType {
      case .pair(let k, let v): return (k, v)
      case .tuple(let items) where items.count == 2: return (items[0], items[1])
      case .any where entries.isEmpty: return (.any, .any)
      default: break
      }
    }
    guard let first = entries.first else { return (.any, .any) }
    let type = first.type
    guard entries.allSatisfy({ $0.type == type }) else {
      throw fail(
        .unsupported,
        "a Dict of entries of different types is not supported by sitegen's Julia (give its "
          + "types: Dict{K,V}(…))", span)
    }
    switch type {
    case .pair(let k, let v): return (k, v)
    case .tuple(let items) where items.count == 2: return (items[0], items[1])
    default:
      throw fail(
        .argument, "ArgumentError: Dict(kv): kv needs to be an iterator of tuples or pairs", span)
    }
  }

  /// `Set(itr)` / `Set{T}(itr)`: `union!(Set{T}(), itr)`, which reserves room for `itr`'s
  /// length first (base/abstractset.jl).
  func makeSet(_ args: [Value], elementType: JuliaType?, _ span: SourceSpan) throws -> SetObject {
    guard args.count <= 1 else { throw noMethod("Set", args, span) }
    guard let source = args.first else { return SetObject(elementType: elementType ?? .any) }
    let items = try iterate(source, span)
    let type = try elementType ?? iterableElementType(source, items, span)
    let set = SetObject(elementType: type)
    set.table.reserve(items.count)
    for item in items { try set.insert(item, self, span) }
    return set
  }

  /// Julia's `eltype` of an iterable a `Set` is made from.
  func iterableElementType(_ source: Value, _ items: [Value], _ span: SourceSpan) throws
    -> JuliaType
  {
    switch source {
    case .array(let box): return box.elementType
    case .range(let range): return range.isInteger ? .int64 : .float64
    case .string: return .char
    case .object(let set as SetObject): return set.elementType
    case .object(let view as DictViewObject):
      return view.isKeys ? view.dict.keyType : view.dict.valueType
    case .object(let dict as DictObject): return .pair(dict.keyType, dict.valueType)
    default:
      guard let first = items.first else { return .any }
      guard items.allSatisfy({ $0.type == first.type }) else {
        throw fail(
          .unsupported,
          "a Set of values of different types from a \(source.type.name) is not supported by "
            + "sitegen's Julia (give its type: Set{T}(…))", span)
      }
      return first.type
    }
  }

  /// `==` on pairs, dicts and sets (`nil` for other values): pairs elementwise; dicts with the
  /// same keys and `==` values; sets with the same members.
  func collectionsEqual(_ a: Value, _ b: Value, _ span: SourceSpan) throws -> Bool? {
    switch (a, b) {
    case (.object(let p as PairObject), .object(let q as PairObject)):
      return try valuesEqual(p.first, q.first, span) && valuesEqual(p.second, q.second, span)
    case (.object(let x as DictObject), .object(let y as DictObject)):
      guard x.table.count == y.table.count else { return false }
      for entry in x.entries {
        guard let other = try y.value(for: entry.key, self, span),
          try valuesEqual(entry.value, other, span)
        else { return false }
      }
      return true
    case (.object(let x as SetObject), .object(let y as SetObject)):
      guard x.table.count == y.table.count else { return false }
      for member in x.members where !(try y.contains(member, self, span)) { return false }
      return true
    default:
      return nil
    }
  }

  /// `x in c` for a dict (`x` must be a pair: key present with an `==` value) or a set; `nil`
  /// for other collections.
  func collectionContains(_ collection: Value, _ x: Value, _ span: SourceSpan) throws -> Bool? {
    switch collection {
    case .object(let set as SetObject):
      return try set.contains(x, self, span)
    case .object(let dict as DictObject):
      guard case .object(let pair as PairObject) = x else {
        throw fail(
          .error,
          "AbstractDict collections only contain Pairs;\nEither look for e.g. A=>B instead, or use "
            + "the `keys` or `values` function if you are looking for a key or value respectively.",
          span)
      }
      guard let value = try dict.value(for: pair.first, self, span) else { return false }
      return try valuesEqual(value, pair.second, span)
    case .object(let view as DictViewObject) where view.isKeys:
      return try view.dict.slot(of: x, self, span) != nil
    default:
      return nil
    }
  }

  /// Julia's `isless(p::Pair, q::Pair)`: by `first`, then by `second` (base/pair.jl).
  func pairIsLess(_ p: PairObject, _ q: PairObject, _ span: SourceSpan) throws -> Bool {
    if !(try juliaIsEqual(p.first, q.first, span)) {
      return try truth(try binary(.less, p.first, q.first, span), span)
    }
    return try truth(try binary(.less, p.second, q.second, span), span)
  }

  /// The REPL display of a cell's result, refusing what sitegen cannot lay out exactly.
  func checkedDisplay(_ value: Value) throws -> String {
    let span = SourceSpan(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
    switch value {
    case .object(let dict as DictObject): return try dict.displayText(self, span)
    case .object(let view as DictViewObject): return try view.displayText(self, span)
    case .object(let pairs as PairsObject): return try pairs.displayText(self, span)
    case .object(let set as SetObject) where set.table.count > 20:
      // The REPL shows a long collection's first and last ten; Julia 1.0's rule for a `Set`'s
      // is not reproduced.
      throw fail(
        .unsupported,
        "displaying a Set of more than 20 elements is not supported by sitegen's Julia (print "
          + "it, or collect it)", span)
    default: return display(value)
    }
  }
}
