import SourcePositions

extension LibraryModule {
  /// `union`, `intersect`, `setdiff` and `issubset` with an array first: Julia 1.0's
  /// base/abstractset.jl and array.jl keep the first occurrences in order ("Maintain order with
  /// arrays"), compare with `isequal` (through a `Set` of seen elements), and return a
  /// `Vector`: of the promoted element type for `union`, of the first array's for the others.
  static var arraySetFunctions: [LibraryFunction] {
    let array = JuliaType.abstractArray(nil, nil)
    return [
      LibraryFunction(
        "union",
        [
          LibraryMethod([array], vararg: .any) { call in
            let types = try call.args.map { try setElementType($0, call) }
            let type = types.dropFirst().reduce(types[0]) { JuliaType.promote($0, $1) }
            var kept: [Value] = []
            for arg in call.args {
              for item in try call.session.iterate(arg, call.span) {
                let value = try call.session.convertElement(item, to: type, call.span)
                if !(try contains(kept, value, call)) { kept.append(value) }
              }
            }
            return .array(try call.session.makeArray(kept, elementType: type, call.span))
          }
        ]),
      LibraryFunction(
        "intersect",
        [
          LibraryMethod([array], vararg: .any) { call in
            try shrink(call) { value, others in
              try others.allSatisfy { try contains($0, value, call) }
            }
          }
        ]),
      LibraryFunction(
        "setdiff",
        [
          LibraryMethod([array], vararg: .any) { call in
            try shrink(call) { value, others in
              try !others.contains { try contains($0, value, call) }
            }
          }
        ]),
      // `issubset(l, r) = all(in(r), l)` (base/abstractset.jl): `in` compares with `==`.
      LibraryFunction(
        "issubset",
        [
          LibraryMethod([.any, .any]) { call in
            let session = call.session
            for item in try session.iterate(call.args[0], call.span) {
              let found = try session.binary(.isIn, item, call.args[1], call.span)
              if !(try session.truth(found, call.span)) { return .bool(false) }
            }
            return .bool(true)
          }
        ]),
    ]
  }

  /// The distinct elements of the first argument, in order, that `keep` accepts given the
  /// elements of the other arguments; a vector of the first argument's element type.
  private static func shrink(
    _ call: LibraryCall, _ keep: (Value, [[Value]]) throws -> Bool
  ) throws -> Value {
    let type = try setElementType(call.args[0], call)
    for arg in call.args.dropFirst() { _ = try setElementType(arg, call) }
    let others = try call.args.dropFirst().map { try call.session.iterate($0, call.span) }
    var kept: [Value] = []
    for value in try call.session.iterate(call.args[0], call.span)
    where !(try contains(kept, value, call)) {
      kept.append(value)
    }
    try call.session.charge(kept.count * (others.map(\.count).reduce(0, +) + 1), call.span)
    let result = try kept.filter { try keep($0, others) }
    return .array(try call.session.makeArray(result, elementType: type, call.span))
  }

  /// Whether `values` holds one `isequal` to `value`.
  private static func contains(_ values: [Value], _ value: Value, _ call: LibraryCall) throws
    -> Bool
  {
    try call.session.charge(values.count, call.span)
    return try values.contains { try call.session.juliaIsEqual($0, value, call.span) }
  }

  /// The element type of an argument of a set operation on arrays: an array's, a range's or a
  /// set's; other collections are refused.
  private static func setElementType(_ value: Value, _ call: LibraryCall) throws -> JuliaType {
    switch value {
    case .array(let box) where box.wrapper == nil: return box.elementType
    case .range:
      switch value.type {
      case .range(let element): return element
      case .other(let name) where RangeValue.typeNames.contains(name):
        return name.hasPrefix("LinRange") ? .float64 : .int64
      default: break
      }
    case .object(let set as SetObject): return set.elementType
    default: break
    }
    throw call.fail(
      .unsupported,
      "a set operation on \(value.type.name) is not supported by sitegen's Julia")
  }
}
