import Foundation
import SourcePositions

/// Array built-ins: construction, mutation, higher-order functions.
extension Interpreter {
  /// Dims from `zeros(3)`, `zeros(2, 3)`, `zeros((2, 3))`, with an optional leading type.
  func dimsArguments(_ args: ArraySlice<Value>, _ name: String, _ span: SourceSpan) throws -> [Int]
  {
    if args.count == 1, case .tuple(let items) = args[args.startIndex] {
      let dims = try items.map { try intArgument($0, span) }
      guard dims.allSatisfy({ $0 >= 0 }) else {
        throw fail(.argument, "ArgumentError: invalid dimensions for \(name): \(dims)", span)
      }
      return dims
    }
    let dims = try args.map { try intArgument($0, span) }
    guard !dims.isEmpty, dims.count <= 2, dims.allSatisfy({ $0 >= 0 }) else {
      throw fail(.argument, "ArgumentError: invalid dimensions for \(name): \(dims)", span)
    }
    return dims
  }

  func arrayBuiltin(
    _ builtin: Builtin, _ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan
  )
    throws -> Value
  {
    func arity(_ counts: ClosedRange<Int>) throws {
      guard counts.contains(args.count) else { throw noMethod(builtin.name, args, span) }
    }
    func box(_ value: Value) throws -> ArrayBox {
      guard case .array(let box) = value else {
        throw fail(
          .method, "MethodError: no method matching \(builtin.name)(::\(value.type.name))", span)
      }
      try refuseWritingIntoWrapper(value, span)
      return box
    }
    switch builtin {
    case .push:
      guard args.count >= 1 else { throw noMethod("push!", args, span) }
      let array = try box(args[0])
      try refuseResizingViewed(array, builtin.name, args, span)
      guard array.storage == nil || array.storage is DoubleStorage, array.dims.count == 1 else {
        throw noMethod("push!", args, span)
      }
      for value in args.dropFirst() {
        try allocate(1, span)
        array.append(try convertElement(value, to: array.elementType, span))
      }
      return args[0]
    case .append:
      try arity(2...2)
      let array = try box(args[0])
      try refuseResizingViewed(array, builtin.name, args, span)
      for value in try iterate(args[1], span) {
        try allocate(1, span)
        array.append(try convertElement(value, to: array.elementType, span))
      }
      return args[0]
    case .pop:
      try arity(1...1)
      let array = try box(args[0])
      try refuseResizingViewed(array, builtin.name, args, span)
      guard array.count > 0 else {
        throw fail(.argument, "ArgumentError: array must be non-empty", span)
      }
      var values = array.values
      let last = values.removeLast()
      array.values = values
      array.dims = [values.count]
      return last
    case .empty:
      try arity(1...1)
      let array = try box(args[0])
      try refuseResizingViewed(array, builtin.name, args, span)
      array.values = []
      array.dims = [0]
      return args[0]
    case .zeros, .ones:
      var rest = args[...]
      var type = JuliaType.float64
      if case .type(let t)? = args.first {
        type = t
        rest = args.dropFirst()
      }
      let dims = try dimsArguments(rest, builtin.name, span)
      let count = try elementCount(dims, span)
      try ensureRoom(count, span)
      var one: Value =
        type == .int64 ? .int(builtin == .ones ? 1 : 0) : .float(builtin == .ones ? 1 : 0)
      if case .numeric = type, let value = builtin == .ones ? oneOf(type) : zeroOf(type) {
        one = value
      }
      return .array(
        try makeArray([Value](repeating: one, count: count), elementType: type, dims: dims, span))
    case .fill:
      guard args.count >= 2 else { throw noMethod("fill", args, span) }
      let dims = try dimsArguments(args.dropFirst(), "fill", span)
      let count = try elementCount(dims, span)
      try ensureRoom(count, span)
      return .array(
        try makeArray(
          [Value](repeating: args[0], count: count), elementType: args[0].type, dims: dims, span))
    case .fillBang:
      try arity(2...2)
      let array = try box(args[0])
      try fill(array, positions: Array(0..<array.count), with: args[1], span)
      return args[0]
    case .copy, .deepcopy:
      try arity(1...1)
      switch args[0] {
      case .array(let array):
        try allocate(array.count, span)
        if builtin == .deepcopy, let view = array.viewStorage {
          // `deepcopy` of a view copies its parent and keeps the view's type.
          try allocate(view.parent.count, span)
          return .array(array.viewing(view.parent.copy()))
        }
        return .array(array.copy())
      case .object(let instance as StructInstance) where instance !== StructInstance.missing:
        guard builtin == .deepcopy else {
          throw fail(
            .unsupported, "copy of a \(instance.type.name) is not supported by sitegen's Julia",
            span)
        }
        return try deepCopy(args[0], span)
      default: return args[0]
      }
    case .collect:
      try arity(1...2)
      let subject = args.last ?? .nothing
      if let (values, dims) = try arrayContents(subject, span) {
        return .array(try makeArray(values, dims: dims, span))
      }
      let values = try iterate(subject, span)
      return .array(try makeArray(values, span))
    case .vec:
      try arity(1...1)
      if case .array(let box) = args[0], box.wrapper?.subArray != nil {
        // `vec(a::AbstractVector) = a`; a matrix's is a `ReshapedArray`.
        guard box.dims.count == 1 else { throw refusedReshape(args[0], "vec", span) }
        return args[0]
      }
      let (values, _) = try arrayContents(args[0], span) ?? (try iterate(args[0], span), [])
      return .array(try makeArray(values, span))
    case .reverse:
      try arity(1...1)
      if let dims = kwargs.last(where: { $0.0 == "dims" })?.1 {
        return try reverseAlongDim(args[0], dims, span)
      }
      if case .string(let text) = args[0] { return .string(String(text.reversed())) }
      if case .tuple(let items) = args[0] { return .tuple(items.reversed()) }
      if case .range(let range) = args[0] { return try reverseRange(range, span) }
      return .array(try makeArray(try iterate(args[0], span).reversed(), span))
    case .map:
      guard args.count >= 2 else { throw noMethod("map", args, span) }
      let collections = try args.dropFirst().map { try iterate($0, span) }
      let count = collections.map(\.count).min() ?? 0
      var results: [Value] = []
      results.reserveCapacity(count)
      for k in 0..<count {
        try tick(span)
        results.append(try call(args[0], collections.map { $0[k] }, [], span))
      }
      if case .tuple = args[1] { return .tuple(results) }
      var dims: [Int]?
      if args.count == 2, let (_, d) = try arrayContents(args[1], span) { dims = d }
      return .array(
        try makeArray(Self.converted(results, to: Self.elementType(of: results)), dims: dims, span))
    case .filter:
      try arity(2...2)
      var results: [Value] = []
      for value in try iterate(args[1], span)
      where try truth(try call(args[0], [value], [], span), span) {
        results.append(value)
      }
      if case .array(let source) = args[1] {
        return .array(try makeArray(results, elementType: source.elementType, span))
      }
      return .array(try makeArray(results, span))
    case .reduce, .foldl, .mapreduce:
      let isMap = builtin == .mapreduce
      guard args.count == (isMap ? 3 : 2) else { throw noMethod(builtin.name, args, span) }
      var values = try iterate(args[isMap ? 2 : 1], span)
      if isMap { values = try values.map { try call(args[0], [$0], [], span) } }
      let op = args[isMap ? 1 : 0]
      var accumulator = kwargs.first(where: { $0.0 == "init" })?.1
      for value in values {
        try tick(span)
        accumulator = try accumulator.map { try call(op, [$0, value], [], span) } ?? value
      }
      guard let result = accumulator else {
        throw fail(
          .argument, "ArgumentError: reducing over an empty collection is not allowed", span)
      }
      return result
    case .first, .last:
      try arity(1...2)
      if args.count == 2, case .string(let text) = args[0] {
        // Julia: `first("Julia", 2)` is the string "Ju": its first n characters.
        let n = try intArgument(args[1], span)
        // Julia 1.0 takes the characters through `nextind`/`prevind`, which refuse a negative n.
        guard n >= 0 else {
          throw fail(.argument, "ArgumentError: n cannot be negative: \(n)", span)
        }
        return .string(String(builtin == .first ? text.prefix(n) : text.suffix(n)))
      }
      if args.count == 2 {
        let n = try intArgument(args[1], span)
        let values = try iterate(args[0], span)
        let slice = builtin == .first ? Array(values.prefix(n)) : Array(values.suffix(n))
        return .array(try makeArray(slice, span))
      }
      if case .range(let range) = args[0], range.count > 0 {
        return builtin == .first ? range.first : range.last
      }
      let values = try iterate(args[0], span)
      guard let value = builtin == .first ? values.first : values.last else {
        throw fail(
          .bounds,
          "BoundsError: attempt to access \(summary(args[0])) at index [\(builtin == .first ? 1 : 0)]",
          span)
      }
      return value
    case .vcat:
      if args.isEmpty { return try makeVector([], span) }
      return try concatenate(args.map { [$0] }, span)
    case .hcat:
      if args.isEmpty { return try makeVector([], span) }
      let columns = try args.map { value -> Value in
        if let dims = broadcastDims(value), dims.count == 1 {
          try ensureRoom(dims[0], span)
          return .array(
            ArrayBox(
              broadcastElements(value), elementType: Self.elementType(of: broadcastElements(value)),
              dims: [dims[0], 1]))
        }
        return value
      }
      return try concatenate([columns], span)
    case .cat:
      return try concatenate(args.map { [$0] }, span)
    case .reshape:
      if case .array(let box)? = args.first, box.wrapper?.subArray != nil {
        throw refusedReshape(args[0], "reshape", span)
      }
      if case .range = args.first {
        // Julia's is a lazy `ReshapedArray` of the range, shown with that type.
        throw fail(
          .unsupported,
          "reshape of a range (a ReshapedArray) is not supported by sitegen's Julia (collect it first)",
          span)
      }
      guard args.count >= 2, let (values, _) = try arrayContents(args[0], span) else {
        throw noMethod("reshape", args, span)
      }
      let dims = try reshapeDims(Array(args.dropFirst()), count: values.count, span)
      guard try elementCount(dims, span) == values.count else {
        throw fail(
          .dimensionMismatch,
          "DimensionMismatch(\"new dimensions \(dimsText(dims)) must be consistent with array size \(values.count)\")",
          span)
      }
      return .array(
        try makeArray(values, elementType: Self.elementType(of: values), dims: dims, span))
    case .similar:
      try arity(1...1)
      guard let (values, dims) = try arrayContents(args[0], span) else {
        throw noMethod("similar", args, span)
      }
      try ensureRoom(values.count, span)
      let type = Self.elementType(of: values)
      let zero: Value = type == .int64 ? .int(0) : .float(0)
      return .array(
        try makeArray(
          [Value](repeating: zero, count: values.count), elementType: type, dims: dims, span))
    case .sort, .sortBang:
      try arity(1...1)
      return try sortBuiltin(builtin == .sortBang, args[0], kwargs, span)
    case .unique:
      try arity(1...1)
      var result: [Value] = []
      for value in try iterate(args[0], span)
      // base/set.jl's `unique` keeps a `Set` of what it has seen: `isequal`, so `NaN` is one
      // element and `-0.0` differs from `0.0`.
      where
        !(try result.contains { try JuliaHash.isEqual($0, value) ?? valuesEqual($0, value, span) })
      {
        result.append(value)
      }
      return .array(try makeArray(result, span))
    case .range:
      return try rangeWithLength(args, kwargs, span)
    case .linspace:
      return try linRange(args, span)
    case .enumerate:
      try arity(1...1)
      _ = try elementTotal(args[0], span)
      return .object(LazyIterator(.enumerate, args))
    case .zip:
      guard !args.isEmpty else { throw noMethod("zip", args, span) }
      for arg in args { _ = try elementTotal(arg, span) }
      return .object(LazyIterator(.zip, args))
    case .eachindex, .keys:
      try arity(1...1)
      if builtin == .keys, case .namedTuple(let tuple) = args[0] {
        // Julia: `keys((a = 1, b = 2))` is the tuple of its names, `(:a, :b)`.
        return .tuple(tuple.names.map { .symbol($0) })
      }
      let count = try elementTotal(args[0], span)
      switch args[0] {
      case .array(let box)
      where builtin == .eachindex && box.wrapper?.subArray?.fastLinear == false:
        throw fail(
          .unsupported,
          "eachindex of a SubArray without fast linear indexing (CartesianIndices) is not "
            + "supported by sitegen's Julia", span)
      case .array(let box) where builtin == .keys && box.dims.count > 1:
        throw fail(
          .unsupported, "keys of a matrix (CartesianIndices) is not supported by sitegen's Julia",
          span)
      case .array, .trackedArray:
        // `eachindex(A)` is `Base.OneTo(length(A))`, `keys(v)` is `LinearIndices(v)`.
        return .range(.indices(count, builtin == .keys ? .linearIndices : .oneTo))
      case .range:
        return .range(.indices(count, builtin == .keys ? .linearIndices : .oneTo))
      case .tuple:
        return .range(.indices(count, .oneTo))
      default:
        return .range(RangeValue(kind: .integer(start: 1, step: 1), count: count))
      }
    case .values:
      try arity(1...1)
      // Julia: `values((a = 1, b = 2))` is the tuple `(1, 2)`; an array's values are itself.
      if case .namedTuple(let tuple) = args[0] { return .tuple(tuple.values) }
      return args[0]
    case .axes:
      guard let dims = broadcastDims(args[0]) else { return .tuple([]) }
      let all = dims.map { Value.range(.indices($0, .oneTo)) }
      if args.count == 2, case .int(let d) = args[1], d >= 1 {
        return d <= all.count ? all[d - 1] : .range(.indices(1, .oneTo))
      }
      return .tuple(all)
    case .lastindex:
      return .int(try lastIndex(args[0], 0, args.count == 2 ? 2 : 1, span))
    case .firstindex:
      return .int(1)
    case .ndims:
      try arity(1...1)
      return .int(broadcastDims(args[0])?.count ?? 0)
    case .isempty:
      try arity(1...1)
      return .bool(try elementTotal(args[0], span) == 0)
    case .transpose, .permutedims:
      try arity(1...1)
      // `transpose` wraps as Julia's does; `permutedims` makes a plain array.
      return try adjoint(args[0], span, as: builtin == .transpose ? .transpose : nil)
    case .view:
      // `view(A, inds...)` is the library's (Library/Base/SubArray.swift); this is `view()`.
      throw noMethod(builtin.name, args, span)
    case .getindex:
      guard let container = args.first else { throw noMethod(builtin.name, args, span) }
      return try index(container, Array(args.dropFirst()), span)
    case .setindexBang:
      guard args.count >= 3 else { throw noMethod("setindex!", args, span) }
      try setIndex(args[0], Array(args.dropFirst(2)), args[1], span)
      return args[0]
    case .repeatArray:
      try arity(2...2)
      let n = try intArgument(args[1], span)
      if case .string(let text) = args[0] {
        try allocateText(text.utf8.count, times: n, span)
        return .string(String(repeating: text, count: max(n, 0)))
      }
      let values = try iterate(args[0], span)
      try ensureRoom(try elementCount([values.count, max(n, 0)], span), span)
      return .array(
        try makeArray(Array([[Value]](repeating: values, count: max(n, 0)).joined()), span))
    case .insert:
      try arity(3...3)
      let array = try box(args[0])
      try refuseResizingViewed(array, builtin.name, args, span)
      let k = try intArgument(args[1], span)
      var values = array.values
      guard k >= 1, k <= values.count + 1 else { throw boundsError(args[0], [args[1]], span) }
      values.insert(try convertElement(args[2], to: array.elementType, span), at: k - 1)
      array.values = values
      array.dims = [values.count]
      return args[0]
    case .deleteat, .splice:
      try arity(2...2)
      let array = try box(args[0])
      try refuseResizingViewed(array, builtin.name, args, span)
      let k = try intArgument(args[1], span)
      var values = array.values
      guard k >= 1, k <= values.count else { throw boundsError(args[0], [args[1]], span) }
      let removed = values.remove(at: k - 1)
      array.values = values
      array.dims = [values.count]
      return builtin == .splice ? removed : args[0]
    case .findall:
      let values = try iterate(args.last ?? .nothing, span)
      var result: [Value] = []
      for (k, value) in values.enumerated() {
        let hit = args.count == 2 ? try call(args[0], [value], [], span) : value
        if try truth(hit, span) { result.append(.int(k + 1)) }
      }
      return .array(try makeArray(result, elementType: .int64, span))
    case .findfirst:
      let values = try iterate(args.last ?? .nothing, span)
      for (k, value) in values.enumerated() {
        let hit = args.count == 2 ? try call(args[0], [value], [], span) : value
        if try truth(hit, span) { return .int(k + 1) }
      }
      return .nothing
    case .diff:
      try arity(1...1)
      let values = try iterate(args[0], span)
      var result: [Value] = []
      for k in values.indices.dropFirst() {
        result.append(try binary(.subtract, values[k], values[k - 1], span))
      }
      return .array(try makeArray(result, span))
    case .fillna:
      guard args.count == 2, case .tuple(let pair) = args[1], pair.count == 2 else {
        throw noMethod("replace", args, span)
      }
      if case .string(let text) = args[0], case .string(let a) = pair[0],
        case .string(let b) = pair[1]
      {
        return .string(text.replacingOccurrences(of: a, with: b))
      }
      let values = try iterate(args[0], span).map {
        try valuesEqual($0, pair[0], span) ? pair[1] : $0
      }
      return .array(try makeArray(values, span))
    default:
      throw noMethod(builtin.name, args, span)
    }
  }
}
