import SourcePositions

/// Julia's `SubArray` (base/subarray.jl, base/views.jl at v1.0.0): `view(A, :, 1)` and the
/// slices `@view`/`@views` make are arrays whose elements are their parent's. A view is an
/// `ArrayBox` whose storage (`SubArrayStorage`) reads and writes the parent's elements at the
/// positions its indices select, and whose wrapper carries its type; so every function of
/// arrays reads a view as it reads an array, and writes (`v[1] = 10`, `v .= 0`, `fill!`) reach
/// the parent. Plain arrays never take this path.
extension LibraryModule {
  static var viewFunctions: [LibraryFunction] {
    [
      // `view(A, inds...)` (base/subarray.jl).
      LibraryFunction(
        "view",
        [
          LibraryMethod([.any], vararg: .any) { call in
            try call.session.makeView(call.args[0], Array(call.args.dropFirst()), call.span)
          }
        ]),
      // `parentindices(V::SubArray) = V.indices` (base/subarray.jl).
      LibraryFunction(
        "parentindices",
        [
          LibraryMethod([.unionAll("SubArray")]) { call in
            guard case .array(let box) = call.args[0], let view = box.viewStorage else {
              throw call.session.noMethod("parentindices", call.args, call.span)
            }
            return .tuple(view.indices.map(\.value))
          }
        ]),
      // `parent(V::SubArray) = V.parent`; `parent(A::AbstractArray) = A` (base/abstractarray.jl).
      LibraryFunction(
        "parent",
        [
          LibraryMethod([.abstractArray(nil, nil)]) { call in
            try call.session.viewParent(call.args[0], call.span)
          }
        ]),
    ]
  }
}

extension Interpreter {
  /// `view(A, inds...)`: a `SubArray` of an array whose elements are `A`'s.
  func makeView(_ container: Value, _ indices: [Value], _ span: SourceSpan) throws -> Value {
    let box: ArrayBox
    switch container {
    case .array(let array): box = array
    case .range:
      throw fail(.unsupported, "a view of a range is not supported by sitegen's Julia", span)
    case .trackedArray:
      throw fail(
        .unsupported, "a view of a tracked array is not supported by sitegen's Julia", span)
    default:
      throw noMethod("view", [container] + indices, span)
    }
    if let wrapper = box.wrapper, wrapper.isTranspose {
      throw fail(
        .unsupported,
        "a view of an \(wrapper.kind.rawValue) is not supported by sitegen's Julia", span)
    }
    // `_maybe_reshape_parent`: one index addresses the array as a vector (an `Array`'s reshape
    // is an `Array`); otherwise there is one index per dimension.
    let linear = indices.count == 1
    let lengths = linear ? [box.count] : box.dims
    guard linear || indices.count == box.dims.count else {
      throw fail(
        .unsupported,
        "a view with \(indices.count) indices of a \(box.dims.count)-dimensional array is not "
          + "supported by sitegen's Julia", span)
    }
    var selected: [SubArrayIndex] = []
    for (d, index) in indices.enumerated() {
      selected.append(try viewIndex(index, length: lengths[d], span))
    }
    for (d, index) in selected.enumerated()
    where !index.indices.allSatisfy({ $0 >= 1 && $0 <= lengths[d] }) {
      // `checkbounds(A, J...)` prints the indices `to_indices` made.
      let shown = selected.map(\.text).joined(separator: ", ")
      throw fail(
        .bounds, "BoundsError: attempt to access \(summary(container)) at index [\(shown)]", span)
    }
    if let inner = box.viewStorage {
      // A view of a view is a view of the same parent (`_maybe_reindex`).
      guard !linear || box.dims.count == 1 else {
        throw fail(
          .unsupported,
          "a view of a multi-dimensional SubArray by one index is not supported by sitegen's "
            + "Julia", span)
      }
      var composed: [SubArrayIndex] = []
      var next = selected.makeIterator()
      for index in inner.indices {
        if index.isScalar {
          composed.append(index)
        } else if let sub = next.next() {
          composed.append(index.reindexed(by: sub))
        }
      }
      return try viewOf(inner.parent, composed, lengths: inner.lengths, inner.parentType, span)
    }
    let parentType =
      linear && box.dims.count != 1
      ? (box.isBitArray ? "BitArray{1}" : JuliaType.array(box.elementType, 1).name)
      : container.type.name
    return try viewOf(box, selected, lengths: lengths, parentType, span)
  }

  /// The view of `parent` (indexed as an array of `lengths`) at indices already checked.
  private func viewOf(
    _ parent: ArrayBox, _ selected: [SubArrayIndex], lengths: [Int], _ parentType: String,
    _ span: SourceSpan
  ) throws -> Value {
    let dims = selected.filter { !$0.isScalar }.map { $0.indices.count }
    guard !dims.isEmpty else {
      throw fail(
        .unsupported,
        "a view of a single element (a 0-dimensional SubArray) is not supported by sitegen's "
          + "Julia", span)
    }
    // Its positions are worked out and held here, where Julia's view is made in constant time:
    // both are charged by the view's length.
    let count = try elementCount(dims, span)
    try allocate(count, span)
    try charge(count, span)
    // Column-major: the first index varies fastest.
    var positions = [0]
    var stride = 1
    for (d, index) in selected.enumerated() {
      let offsets = index.indices.map { ($0 - 1) * stride }
      positions = offsets.flatMap { offset in positions.map { $0 + offset } }
      stride *= lengths[d]
    }
    let storage = SubArrayStorage(
      parent: parent, positions: positions, indices: selected, lengths: lengths,
      parentType: parentType)
    let view = ArrayBox(storage: storage, dims: dims)
    view.elementType = parent.elementType
    view.wrapper = ArrayWrapper(
      kind: .subArray, parentRank: lengths.count, qualified: false,
      view: SubArrayType(
        parentType: parentType, indexTypes: selected.map(\.typeName),
        fastLinear: SubArrayIndex.isFastLinear(selected[...]), rank: dims.count))
    parent.isViewed = true
    return .array(view)
  }

  /// One index of `view` as `to_indices` converts it.
  private func viewIndex(_ index: Value, length: Int, _ span: SourceSpan) throws -> SubArrayIndex {
    switch index {
    case .int(let i): return .scalar(i)
    case .symbol(":"): return .slice(length)
    case .object(let slice as SliceObject): return .slice(slice.count)
    case .range(let range):
      guard case .integer(let start, let step) = range.kind,
        range.form == .range || range.form == .oneTo
      else { break }
      if range.form == .oneTo { return .oneTo(range.count) }
      return step == 1
        ? .unitRange(start, start + range.count - 1) : .stepRange(start, step, range.count)
    case .array(let box) where box.wrapper == nil && box.dims.count == 1:
      if box.elementType == .bool {
        throw fail(
          .unsupported, "a view with a logical index is not supported by sitegen's Julia", span)
      }
      guard box.elementType == .int64 else { break }
      return .vector(box.values.map { if case .int(let i) = $0 { i } else { 0 } })
    case .float, .bool, .char, .string, .nothing:
      throw fail(
        .argument, "ArgumentError: invalid index: \(show(index)) of type \(index.type.name)", span)
    default: break
    }
    throw fail(
      .unsupported,
      "a view with an index of type \(index.type.name) is not supported by "
        + "sitegen's Julia", span)
  }

  /// `@views`' `maybeview(A, args...)` (base/views.jl): a view of an array sliced by a
  /// non-scalar index, else `getindex`.
  func maybeView(_ container: Value, _ indices: [Value], _ span: SourceSpan) throws -> Value {
    switch container {
    case .array, .trackedArray, .range:
      if indices.isEmpty || indices.allSatisfy(\.isNumber) { break }
      return try makeView(container, indices, span)
    default: break
    }
    return try index(container, indices, span)
  }

  /// `parent(A)`: a view's or a transpose's parent, an array itself.
  func viewParent(_ value: Value, _ span: SourceSpan) throws -> Value {
    guard case .array(let box) = value, let wrapper = box.wrapper else { return value }
    guard let storage = box.viewStorage ?? box.transposeStorage,
      storage.parent.dims.count == wrapper.parentRank
    else {
      throw fail(
        .unsupported, "parent of \(value.type.name) is not supported by sitegen's Julia", span)
    }
    return .array(storage.parent)
  }

  /// Refuses to change the length of an array a view looks into (its elements would move under
  /// the view) or of a view itself (Julia has no such method).
  func refuseResizingViewed(_ box: ArrayBox, _ name: String, _ args: [Value], _ span: SourceSpan)
    throws
  {
    if box.wrapper?.subArray != nil { throw noMethod(name, args, span) }
    if box.isViewed {
      throw fail(
        .unsupported,
        "\(name) of an array that a view looks into is not supported by sitegen's Julia", span)
    }
  }
}

extension Interpreter {
  /// `sum`, `prod`, `mean`, `var` and `std` of a view without fast linear indexing: Julia's
  /// `_mapreduce(f, op, ::IndexCartesian, A) = mapfoldl(f, op, A)` (base/reduce.jl) folds left
  /// where an array of 16 or more elements is summed pairwise; Statistics' `var` is
  /// `mapreduce(x -> abs2(x - m), +, A) / (n - 1)` with `m = mean(A) = sum(A) / n`.
  /// - Returns: `nil` for other reductions and for views that reduce as arrays do.
  func cartesianViewReduction(
    _ builtin: Builtin, _ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan
  ) throws -> Value? {
    guard case .array(let box)? = args.last, let view = box.wrapper?.subArray, !view.fastLinear,
      box.count >= 16, args.count <= 2
    else { return nil }
    switch builtin {
    case .sum, .prod, .mean: break
    case .std, .variance: if args.count != 1 { return nil }
    default: return nil
    }
    guard kwargs.isEmpty else {
      throw fail(
        .unsupported,
        "\(builtin.name) with keywords of a SubArray without fast linear indexing is not "
          + "supported by sitegen's Julia", span)
    }
    try charge(box.count, span)
    var values = box.values
    if args.count == 2 { values = try values.map { try call(args[0], [$0], [], span) } }
    func fold(_ items: [Value], _ op: BinaryOperator) throws -> Value {
      var total = items[0]
      for item in items.dropFirst() { total = try binary(op, total, item, span) }
      return total
    }
    let n = Value.int(values.count)
    switch builtin {
    case .sum: return try fold(values, .add)
    case .prod: return try fold(values, .multiply)
    case .mean: return try binary(.divide, try fold(values, .add), n, span)
    default:
      let mean = try binary(.divide, try fold(values, .add), n, span)
      let squares = try values.map { value in
        let d = try binary(.subtract, value, mean, span)
        return try binary(.multiply, d, d, span)
      }
      let variance = try binary(
        .divide, try fold(squares, .add), .int(values.count - 1), span)
      return builtin == .std ? try callBuiltin(.sqrt, [variance], [], span) : variance
    }
  }

  /// `reshape` and `vec` of a view make Julia's `ReshapedArray`, which sitegen does not have.
  func refusedReshape(_ value: Value, _ name: String, _ span: SourceSpan) -> LanguageError {
    fail(
      .unsupported,
      "\(name) of a SubArray (a ReshapedArray of it) is not supported by sitegen's Julia", span)
  }
}
