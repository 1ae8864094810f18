/// Base's functions on `Pair`, `Dict` and `Set` (base/pair.jl, base/dict.jl, base/set.jl,
/// base/abstractdict.jl at Julia 1.0), registered by type; other arguments fall back to the
/// older built-ins of the same names. `length`, `isempty`, `first` and `last` are left to the
/// built-ins, which iterate these objects: registering them would put a dispatch in front of
/// the built-ins' fast path, which the notebook's inner loops take.
extension LibraryModule {
  static let dictType = JuliaType.unionAll("Dict")
  static let setType = JuliaType.unionAll("Set")
  static let pairType = JuliaType.unionAll("Pair")

  static var dictFunctions: [LibraryFunction] {
    [
      LibraryFunction(
        "haskey",
        [
          LibraryMethod([dictType, .any]) { call in
            .bool(try dict(call).slot(of: call.args[1], call.session, call.span) != nil)
          }
        ]),
      // `get(d, key, default)`.
      LibraryFunction(
        "get",
        [
          LibraryMethod([dictType, .any, .any]) { call in
            try dict(call).value(for: call.args[1], call.session, call.span) ?? call.args[2]
          },
          // `get(A, i, default)` of a vector (base/abstractarray.jl) and `get(nt, name,
          // default)` of a named tuple (base/namedtuple.jl).
          LibraryMethod([.abstractArray(nil, 1), .int64, .any]) { call in
            let items = try call.session.iterate(call.args[0], call.span)
            guard case .int(let i) = call.args[1], i >= 1, i <= items.count else {
              return call.args[2]
            }
            return items[i - 1]
          },
          LibraryMethod([.any, .symbol, .any]) { call in
            guard case .namedTuple(let tuple) = call.args[0],
              case .symbol(let name) = call.args[1]
            else { throw call.session.noMethod("get", call.args, call.span) }
            return tuple[name] ?? call.args[2]
          },
        ]),
      // `get!(d, key, default)`: stores `default` when the key is missing.
      LibraryFunction(
        "get!",
        [
          LibraryMethod([dictType, .any, .any]) { call in
            let d = try dict(call)
            if let value = try d.value(for: call.args[1], call.session, call.span) { return value }
            try d.store(call.args[1], call.args[2], call.session, call.span)
            return try d.value(for: call.args[1], call.session, call.span) ?? call.args[2]
          }
        ]),
      LibraryFunction(
        "delete!",
        [
          LibraryMethod([dictType, .any]) { call in
            let d = try dict(call)
            if let slot = try d.slot(of: call.args[1], call.session, call.span) {
              d.remove(at: slot)
            }
            return call.args[0]
          },
          LibraryMethod([setType, .any]) { call in
            try set(call).remove(call.args[1], call.session, call.span)
            return call.args[0]
          },
        ]),
      // `pop!(d, key)` (a `KeyError` when missing) and `pop!(d, key, default)`.
      LibraryFunction(
        "pop!",
        [
          LibraryMethod([dictType, .any]) { call in
            let d = try dict(call)
            guard let slot = try d.slot(of: call.args[1], call.session, call.span) else {
              throw d.keyError(call.args[1], call.session, call.span)
            }
            return d.remove(at: slot)
          },
          LibraryMethod([dictType, .any, .any]) { call in
            let d = try dict(call)
            guard let slot = try d.slot(of: call.args[1], call.session, call.span) else {
              return call.args[2]
            }
            return d.remove(at: slot)
          },
          LibraryMethod([setType, .any]) { call in
            let s = try set(call)
            guard try s.contains(call.args[1], call.session, call.span) else {
              throw call.fail(.key, "KeyError: key \(call.session.show(call.args[1])) not found")
            }
            try s.remove(call.args[1], call.session, call.span)
            return call.args[1]
          },
        ]),
      LibraryFunction(
        "push!",
        [
          LibraryMethod([setType], vararg: .any) { call in
            let s = try set(call)
            for item in call.args.dropFirst() { try s.insert(item, call.session, call.span) }
            return call.args[0]
          },
          LibraryMethod([dictType], vararg: pairType) { call in
            let d = try dict(call)
            for case .object(let p as PairObject) in call.args.dropFirst() {
              try d.store(p.first, p.second, call.session, call.span)
            }
            return call.args[0]
          },
        ]),
      LibraryFunction(
        "empty!",
        [
          LibraryMethod([dictType]) { call in
            try dict(call).table.removeAll()
            return call.args[0]
          },
          LibraryMethod([setType]) { call in
            try set(call).table.removeAll()
            return call.args[0]
          },
        ]),
      LibraryFunction(
        "keys",
        [LibraryMethod([dictType]) { call in .object(DictViewObject(try dict(call), keys: true)) }]),
      LibraryFunction(
        "values",
        [
          LibraryMethod([dictType]) { call in .object(DictViewObject(try dict(call), keys: false))
          }
        ]),
      LibraryFunction(
        "copy",
        [
          LibraryMethod([dictType]) { call in .object(try dict(call).copy()) },
          LibraryMethod([setType]) { call in .object(try set(call).copy()) },
        ]),
      // `collect(d)`: its pairs, typed `Pair{K,V}` even when empty.
      LibraryFunction(
        "collect",
        [
          LibraryMethod([dictType]) { call in
            let d = try dict(call)
            return .array(
              try call.session.makeArray(
                try d.elements(call.session, call.span), elementType: .pair(d.keyType, d.valueType),
                call.span))
          },
          LibraryMethod([setType]) { call in
            let s = try set(call)
            return .array(
              try call.session.makeArray(
                try s.elements(call.session, call.span), elementType: s.elementType, call.span))
          },
        ]),
      // `pairs(nt)` of a named tuple whose values share a type (else its pairs' type would be
      // a `Union`, which sitegen does not write).
      LibraryFunction(
        "pairs",
        [
          LibraryMethod([.any]) { call in
            guard case .namedTuple(let tuple) = call.args[0] else {
              throw call.fail(
                .unsupported,
                "pairs of a \(call.args[0].type.name) is not supported by sitegen's Julia")
            }
            let types = Set(tuple.values.map(\.type))
            guard types.count <= 1 else {
              throw call.fail(
                .unsupported,
                "pairs of a NamedTuple of values of different types is not supported by "
                  + "sitegen's Julia")
            }
            return .object(PairsObject(tuple, valueType: types.first ?? .other("Union{}")))
          }
        ]),
      // `in(x, c)` as a function, as the operator.
      LibraryFunction(
        "in",
        [
          LibraryMethod([.any, .any]) { call in
            try call.session.binary(.isIn, call.args[0], call.args[1], call.span)
          }
        ]),
      // `merge(d, others...)`: a new `Dict` of the promoted types with each one's entries in turn.
      LibraryFunction(
        "merge",
        [
          LibraryMethod([dictType], vararg: dictType) { call in
            let dicts = call.args.compactMap { value -> DictObject? in
              if case .object(let d as DictObject) = value { d } else { nil }
            }
            let keyType = try promoted(dicts.map(\.keyType), call)
            let valueType = try promoted(dicts.map(\.valueType), call)
            let result = try call.session.makeDict(
              [.object(dicts[0])], keyType: keyType, valueType: valueType, call.span)
            for other in dicts.dropFirst() {
              for entry in other.entries {
                try result.store(entry.key, entry.value, call.session, call.span)
              }
            }
            return .object(result)
          }
        ]),
      LibraryFunction(
        "union",
        [
          LibraryMethod([setType], vararg: .any) { call in
            try setOperation(call) { result, others, session in
              for other in others {
                let items = try session.iterate(other, call.span)
                result.table.reserve(items.count)
                for item in items { try result.insert(item, session, call.span) }
              }
            }
          }
        ]),
      LibraryFunction(
        "intersect",
        [
          // `intersect(s, itrs...)` keeps `s`'s element type and slots, removing what is not in
          // every other argument.
          LibraryMethod([setType], vararg: .any) { call in
            try setOperation(call, promote: false) { result, others, session in
              for other in others {
                for member in result.members
                where
                  !(try session.truth(
                    try session.binary(.isIn, member, other, call.span), call.span))
                {
                  try result.remove(member, session, call.span)
                }
              }
            }
          }
        ]),
      LibraryFunction(
        "setdiff",
        [
          LibraryMethod([setType], vararg: .any) { call in
            try setOperation(call, promote: false) { result, others, session in
              for other in others {
                for item in try session.iterate(other, call.span) {
                  try result.remove(item, session, call.span)
                }
              }
            }
          }
        ]),
    ]
  }

  private static func dict(_ call: LibraryCall) throws -> DictObject {
    guard case .object(let d as DictObject) = call.args[0] else {
      throw call.session.noMethod("Dict", call.args, call.span)
    }
    return d
  }

  private static func set(_ call: LibraryCall) throws -> SetObject {
    guard case .object(let s as SetObject) = call.args[0] else {
      throw call.session.noMethod("Set", call.args, call.span)
    }
    return s
  }

  /// Julia's `promote_type` of key or value types as `merge` and `union` take it: equal types,
  /// `Int64` with `Float64` (`Float64`), anything with `Any` (`Any`); other mixtures are
  /// refused.
  private static func promoted(_ types: [JuliaType], _ call: LibraryCall) throws -> JuliaType {
    var result = types[0]
    for type in types.dropFirst() where type != result {
      let numbers: Set<JuliaType> = [.int64, .float64]
      if type == .any || result == .any {
        result = .any
      } else if numbers.contains(type), numbers.contains(result) {
        result = .float64
      } else {
        throw call.fail(
          .unsupported,
          "combining collections of \(result.name) and \(type.name) is not supported by "
            + "sitegen's Julia")
      }
    }
    return result
  }

  /// `union`/`intersect`/`setdiff(s, itrs...)`: a copy of `s` (re-inserted into a set of the
  /// promoted element type, as `union` builds it; its own slots for `setdiff`, which copies),
  /// then `body` with the other arguments.
  private static func setOperation(
    _ call: LibraryCall, promote: Bool = true,
    _ body: (SetObject, ArraySlice<Value>, Interpreter) throws -> Void
  ) throws -> Value {
    let s = try set(call)
    let session = call.session
    let result: SetObject
    if promote {
      var types = [s.elementType]
      for other in call.args.dropFirst() {
        types.append(
          try session.iterableElementType(other, try session.iterate(other, call.span), call.span))
      }
      let type = try promoted(types, call)
      // `union!(emptymutable(s, T), s)` / `Set{T}(s)`: room reserved, members in order.
      result = SetObject(elementType: type)
      result.table.reserve(s.table.count)
      for member in s.members { try result.insert(member, session, call.span) }
    } else {
      result = s.copy()
    }
    try body(result, call.args.dropFirst(), session)
    return .object(result)
  }
}
