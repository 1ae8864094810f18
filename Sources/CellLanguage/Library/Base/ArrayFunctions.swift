import SourcePositions

/// Bodies of Base's registered array functions: `cat`, `trues`/`falses`, `circshift`,
/// `accumulate`, `findlast`, `foreach`, `diff` along dims (Julia 1.0's base/abstractarray.jl,
/// base/bitarray.jl, base/accumulate.jl, base/array.jl, base/multidimensional.jl).
extension Interpreter {
  /// `cat(A...; dims)`: `dims=1` is `vcat`, `dims=2` is `hcat`; Julia 1.0 requires `dims`.
  func concatenate(_ args: [Value], dims: Value?, _ span: SourceSpan) throws -> Value {
    guard let dims else {
      throw fail(.argument, "UndefKeywordError: keyword argument dims not assigned", span)
    }
    switch dims {
    case .int(1): return try callBuiltin(.vcat, args, [], span)
    case .int(2): return try callBuiltin(.hcat, args, [], span)
    default:
      throw fail(
        .unsupported, "cat with dims=\(show(dims)) is not supported by sitegen's Julia", span)
    }
  }

  /// `trues(dims...)` / `falses(dims...)`: a `BitArray`.
  func bitArray(_ value: Bool, _ args: [Value], _ span: SourceSpan) throws -> Value {
    let dims = try dimsArguments(args[...], value ? "trues" : "falses", span)
    let count = try elementCount(dims, span)
    let box = try makeArray(
      [Value](repeating: .bool(value), count: count), elementType: .bool, dims: dims, span)
    box.isBitArray = true
    return .array(box)
  }

  /// `circshift(A, shifts)`: each dimension rotated by its shift (an integer shifts the
  /// first dimension), elements moving towards higher indices.
  func circularShift(_ subject: Value, _ shiftValue: Value, _ span: SourceSpan) throws -> Value {
    guard let (values, dims) = try arrayContents(subject, span), !subject.isTrackedArray else {
      throw noMethod("circshift", [subject, shiftValue], span)
    }
    let shifts: [Int]
    switch shiftValue {
    case .int(let k): shifts = [k]
    case .tuple(let items): shifts = try items.map { try intArgument($0, span) }
    default: throw noMethod("circshift", [subject, shiftValue], span)
    }
    try allocate(values.count, span)
    var result = values
    for (k, value) in values.enumerated() {
      var rest = k
      var target = 0
      var stride = 1
      for (d, size) in dims.enumerated() {
        let index = rest % size
        rest /= size
        let shift = d < shifts.count ? shifts[d] : 0
        target += ((index + shift) % size + size) % size * stride
        stride *= size
      }
      result[target] = value
    }
    return .array(
      ArrayBox(result, elementType: Self.arrayElementType(subject, values), dims: dims))
  }

  /// `accumulate(op, v)` of a vector: each prefix folded left.
  func accumulateVector(_ op: Value, _ subject: Value, _ span: SourceSpan) throws -> Value {
    if case .array(let box) = subject, box.dims.count > 1 {
      throw fail(
        .unsupported, "accumulate of a matrix is not supported by sitegen's Julia", span)
    }
    let values = try iterate(subject, span)
    try allocate(values.count, span)
    var result: [Value] = []
    result.reserveCapacity(values.count)
    for value in values {
      try tick(span)
      result.append(try result.last.map { try call(op, [$0, value], [], span) } ?? value)
    }
    return .array(ArrayBox(result, elementType: Self.elementType(of: result)))
  }

  /// `findlast(v)` / `findlast(f, v)`: the last index where the element (or `f` of it) is
  /// true, or `nothing`.
  func findLast(_ predicate: Value?, _ subject: Value, _ span: SourceSpan) throws -> Value {
    let values = try iterate(subject, span)
    try charge(values.count, span)
    for k in values.indices.reversed() {
      let hit = try predicate.map { try call($0, [values[k]], [], span) } ?? values[k]
      guard case .bool(let flag) = hit else {
        throw fail(
          .type, "TypeError: non-boolean (\(hit.type.name)) used in boolean context", span)
      }
      if flag {
        if case .array(let box) = subject, box.dims.count > 1 {
          return .object(CartesianIndex(linear: k, dims: box.dims))
        }
        return .int(k + 1)
      }
    }
    return .nothing
  }

  /// `foreach(f, xs...)`: `f` called on each element (of the zipped collections); `nothing`.
  func forEachCall(_ function: Value, _ collections: [Value], _ span: SourceSpan) throws -> Value {
    let lists = try collections.map { try iterate($0, span) }
    let count = lists.map(\.count).min() ?? 0
    for k in 0..<count {
      try tick(span)
      _ = try call(function, lists.map { $0[k] }, [], span)
    }
    return .nothing
  }

  /// `diff(A; dims)`: differences of neighbours along `dims` (a vector's without it).
  func difference(_ subject: Value, dims: Value?, _ span: SourceSpan) throws -> Value? {
    guard case .array(let box) = subject else { return nil }
    guard let dims else {
      if box.dims.count > 1 {
        throw fail(.argument, "UndefKeywordError: keyword argument dims not assigned", span)
      }
      return nil
    }
    let d = try intArgument(dims, span)
    guard d >= 1, d <= box.dims.count else {
      throw fail(
        .argument, "ArgumentError: dimension \(d) out of range (1:\(box.dims.count))", span)
    }
    let values = box.values
    var shape = box.dims
    shape[d - 1] = Swift.max(shape[d - 1] - 1, 0)
    try allocate(shape.reduce(1, *), span)
    var result: [Value] = []
    // Column-major order of the result: walk its positions and read the two neighbours.
    let stride = box.dims[..<(d - 1)].reduce(1, *)
    let count = shape.reduce(1, *)
    for k in 0..<count {
      var rest = k
      var source = 0
      var step = 1
      for (axis, size) in shape.enumerated() {
        let index = rest % Swift.max(size, 1)
        rest /= Swift.max(size, 1)
        source += index * step
        step *= box.dims[axis]
      }
      result.append(try binary(.subtract, values[source + stride], values[source], span))
    }
    return .array(ArrayBox(result, elementType: Self.elementType(of: result), dims: shape))
  }
}

extension Interpreter {
  /// The dims of `reshape(A, dims...)`: integers, a tuple of them, and at most one `:`
  /// (`Colon()`), which takes the size that keeps the element count (base/reshapedarray.jl).
  func reshapeDims(_ args: [Value], count: Int, _ span: SourceSpan) throws -> [Int] {
    var items = args
    if args.count == 1, case .tuple(let list) = args[0] { items = list }
    let isColon: (Value) -> Bool = { if case .symbol(":") = $0 { true } else { false } }
    let colons = items.filter(isColon).count
    guard colons > 0 else { return try dimsArguments(args[...], "reshape", span) }
    guard colons == 1 else {
      throw fail(
        .unsupported, "reshape with more than one : is not supported by sitegen's Julia", span)
    }
    let known = try items.filter { !isColon($0) }.map { try intArgument($0, span) }
    let product = try elementCount(known, span)
    guard product > 0, count % product == 0 else {
      let shown = items.map { isColon($0) ? "Colon()" : show($0) }.joined(separator: ", ")
      throw fail(
        .dimensionMismatch,
        "DimensionMismatch(\"array size \(count) must be divisible by the product of the new dimensions (\(shown))\")",
        span)
    }
    return try items.map { isColon($0) ? count / product : try intArgument($0, span) }
  }
}

extension Interpreter {
  /// `mapslices(f, A; dims)` of a matrix along one dimension (Julia 1.0's
  /// base/abstractarray.jl): `f` of each slice, copied as a vector; a number per slice makes
  /// that dimension 1 long, a vector of `k` makes it `k` long.
  func mapSlices(_ function: Value, _ subject: Value, dims: Value?, _ span: SourceSpan) throws
    -> Value
  {
    guard let dims else {
      throw fail(.argument, "UndefKeywordError: keyword argument dims not assigned", span)
    }
    guard case .array(let box) = subject, box.wrapper == nil, box.dims.count == 2,
      case .int(let d) = dims, d == 1 || d == 2
    else {
      throw fail(
        .unsupported,
        "mapslices other than along dims=1 or 2 of a matrix is not supported by sitegen's Julia",
        span)
    }
    try charge(box.count, span)
    let values = box.values
    let (rows, columns) = (box.rows, box.columns)
    let sliceCount = d == 1 ? columns : rows
    var results: [[Value]] = []
    var length: Int?
    for s in 0..<sliceCount {
      let slice =
        d == 1
        ? (0..<rows).map { values[s * rows + $0] } : (0..<columns).map { values[$0 * rows + s] }
      let argument = Value.array(try makeArray(slice, elementType: box.elementType, span))
      let result = try call(function, [argument], [], span)
      let items: [Value]
      switch result {
      case .array(let out) where out.dims.count == 1: items = out.values
      case .array, .trackedArray, .range, .object:
        throw fail(
          .unsupported,
          "mapslices of \(result.type.name) results is not supported by sitegen's Julia",
          span)
      default: items = [result]
      }
      guard length == nil || length == items.count else {
        throw fail(
          .dimensionMismatch,
          "DimensionMismatch(\"tried to assign \(items.count) elements to \(length ?? 0) destinations\")",
          span)
      }
      length = items.count
      results.append(items)
    }
    let k = length ?? 1
    try allocate(k * sliceCount, span)
    var flat: [Value] = []
    let shape: [Int]
    if d == 1 {
      flat = results.flatMap { $0 }
      shape = [k, columns]
    } else {
      for j in 0..<k { for s in 0..<rows { flat.append(results[s][j]) } }
      shape = [rows, k]
    }
    let type = Self.elementType(of: flat)
    return .array(ArrayBox(Self.converted(flat, to: type), elementType: type, dims: shape))
  }
}
