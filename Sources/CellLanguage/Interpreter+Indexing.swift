import Autodiff
import SourcePositions

/// `a[i]`, `a[i, j]`, `a[r]`, `a[:]`, and their assignments; `end` inside them.
extension Interpreter {
  func boundsError(_ container: Value, _ indices: [Value], _ span: SourceSpan) -> LanguageError {
    let shown = indices.map { show($0) }.joined(separator: ", ")
    return fail(
      .bounds, "BoundsError: attempt to access \(summary(container)) at index [\(shown)]", span)
  }

  /// A 0-based position from a 1-based index value.
  func position(_ index: Value, _ span: SourceSpan) throws -> Int {
    switch index {
    case .int(let n): return n - 1
    case .bool(let b): return b ? 0 : -1
    default:
      throw fail(
        .argument, "ArgumentError: invalid index: \(show(index)) of type \(index.type.name)", span)
    }
  }

  /// The 0-based positions an index selects along a dimension of length `length`;
  /// nil when the index is a single integer.
  func positions(
    _ index: Value, length: Int, _ container: Value, _ all: [Value], _ span: SourceSpan
  )
    throws -> [Int]?
  {
    switch index {
    case .int, .bool: return nil
    case .symbol(":"): return Array(0..<length)
    case .range, .array:
      var result: [Int] = []
      let values = try iterate(index, span)
      if values.allSatisfy({ if case .bool = $0 { return true } else { return false } }),
        case .array = index
      {
        guard values.count == length else { throw boundsError(container, all, span) }
        for (k, value) in values.enumerated() { if case .bool(true) = value { result.append(k) } }
        return result
      }
      for value in values {
        let k = try position(value, span)
        guard k >= 0, k < length else { throw boundsError(container, all, span) }
        result.append(k)
      }
      return result
    default:
      throw fail(
        .argument, "ArgumentError: invalid index: \(show(index)) of type \(index.type.name)", span)
    }
  }

  /// The last index of dimension `dimension` of `container` (for `end`).
  func lastIndex(_ container: Value, _ dimension: Int, _ count: Int, _ span: SourceSpan) throws
    -> Int
  {
    switch container {
    case .array(let box):
      if count == 1 { return box.count }
      return dimension < box.dims.count ? box.dims[dimension] : 1
    case .trackedArray(let box):
      if count == 1 { return box.value.shape.count }
      return dimension < box.dims.count ? box.dims[dimension] : 1
    case .range(let range): return range.count
    case .tuple(let items): return items.count
    case .string(let text): return JuliaString.lastIndex(text)
    default:
      throw fail(
        .method, "MethodError: no method matching lastindex(::\(container.type.name))", span)
    }
  }

  /// `container[indices…]`.
  func index(_ container: Value, _ indices: [Value], _ span: SourceSpan) throws -> Value {
    switch container {
    case .array(let box):
      if indices.count == 1, case .int(let n) = indices[0] {
        guard n >= 1, n <= box.count else { throw boundsError(container, indices, span) }
        return box[n - 1]
      }
      return try indexArray(box, indices, span)
    case .range(let range):
      if indices.count == 1, case .int(let n) = indices[0] {
        guard n >= 1, n <= range.count else { throw boundsError(container, indices, span) }
        return range.element(n - 1)
      }
      guard indices.count == 1,
        let selected = try positions(indices[0], length: range.count, container, indices, span)
      else { throw boundsError(container, indices, span) }
      return .array(try makeArray(selected.map { range.element($0) }, span))
    case .trackedArray(let box):
      let shape = box.dims
      if indices.count == 1, case .int(let n) = indices[0] {
        guard n >= 1, n <= box.value.shape.count else {
          throw boundsError(container, indices, span)
        }
        return .trackedReal(box.value.typedElement(n - 1))
      }
      if indices.count == 2, case .int(let i) = indices[0], case .int(let j) = indices[1] {
        guard i >= 1, j >= 1, i <= shape[0], j <= (shape.count > 1 ? shape[1] : 1) else {
          throw boundsError(container, indices, span)
        }
        return .trackedReal(box.value.typedElement((i - 1) + (j - 1) * shape[0]))
      }
      let elements = (0..<box.value.shape.count).map {
        Value.trackedReal(box.value.typedElement($0))
      }
      let plain = ArrayBox(elements, elementType: .trackedReal, dims: shape)
      return try indexArray(plain, indices, span)
    case .tuple(let items):
      guard indices.count == 1 else { throw boundsError(container, indices, span) }
      if case .int(let n) = indices[0] {
        guard n >= 1, n <= items.count else { throw boundsError(container, indices, span) }
        return items[n - 1]
      }
      guard let selected = try positions(indices[0], length: items.count, container, indices, span)
      else {
        throw boundsError(container, indices, span)
      }
      return .tuple(selected.map { items[$0] })
    case .namedTuple(let tuple):
      guard indices.count == 1 else { throw boundsError(container, indices, span) }
      switch indices[0] {
      case .int(let n):
        guard n >= 1, n <= tuple.values.count else { throw boundsError(container, indices, span) }
        return tuple.values[n - 1]
      case .symbol(let name):
        guard let value = tuple[name] else {
          throw fail(.error, "type NamedTuple has no field \(name)", span)
        }
        return value
      default:
        throw boundsError(container, indices, span)
      }
    case .string(let text):
      guard indices.count == 1 else { throw boundsError(container, indices, span) }
      return try JuliaString.index(text, indices[0], self, span)
    case .type(let type):
      // `Float64[]`, `Int[1, 2]`: a vector of that element type.
      if case .numeric = type {
        let values = try indices.map { try convertNumber($0, to: type, span) ?? $0 }
        return .array(try makeArray(values, elementType: type, span))
      }
      return .array(try makeArray(Self.converted(indices, to: type), elementType: type, span))
    case .object(let object as IndexableObject):
      return try object.index(indices, self, span)
    default:
      throw fail(
        .method,
        "MethodError: no method matching getindex(::\(container.type.name)\(indices.map { ", ::" + $0.type.name }.joined()))",
        span)
    }
  }

  /// General indexing of an array: ranges, colons, masks; a copy.
  func indexArray(_ box: ArrayBox, _ indices: [Value], _ span: SourceSpan) throws -> Value {
    let container = Value.array(box)
    if indices.count == 1, case .object(let place as CartesianIndex) = indices[0] {
      return try indexArray(box, place.indices.map { .int($0) }, span)
    }
    if indices.count == 1 {
      guard let selected = try positions(indices[0], length: box.count, container, indices, span)
      else {
        let k = try position(indices[0], span)
        guard k >= 0, k < box.count else { throw boundsError(container, indices, span) }
        return box[k]
      }
      let values = box.values
      return .array(try makeArray(selected.map { values[$0] }, elementType: box.elementType, span))
    }
    guard indices.count == 2 else {
      // Trailing indices of 1 are allowed (`v[i, 1]`).
      if indices.count > 2,
        indices.dropFirst(2).allSatisfy({ if case .int(1) = $0 { true } else { false } })
      {
        return try indexArray(box, Array(indices.prefix(2)), span)
      }
      throw boundsError(container, indices, span)
    }
    let rows = box.rows
    let columns = box.columns
    let rowSelection = try positions(indices[0], length: rows, container, indices, span)
    let columnSelection = try positions(indices[1], length: columns, container, indices, span)
    let rowList = try rowSelection ?? [try position(indices[0], span)]
    let columnList = try columnSelection ?? [try position(indices[1], span)]
    for r in rowList where r < 0 || r >= rows { throw boundsError(container, indices, span) }
    for c in columnList where c < 0 || c >= columns { throw boundsError(container, indices, span) }
    let values = box.values
    var result: [Value] = []
    for c in columnList { for r in rowList { result.append(values[r + c * rows]) } }
    switch (rowSelection, columnSelection) {
    case (nil, nil): return result[0]
    case (nil, _?), (_?, nil):
      return .array(try makeArray(result, elementType: box.elementType, span))
    case (let r?, let c?):
      return .array(
        try makeArray(result, elementType: box.elementType, dims: [r.count, c.count], span))
    }
  }

  /// The 0-based linear positions `indices` select in an array with `dims`, and whether a single
  /// element is selected.
  func linearPositions(
    _ container: Value, _ dims: [Int], _ count: Int, _ indices: [Value], _ span: SourceSpan
  )
    throws -> ([Int], Bool)
  {
    if indices.count == 1 {
      if let selected = try positions(indices[0], length: count, container, indices, span) {
        return (selected, false)
      }
      let k = try position(indices[0], span)
      guard k >= 0, k < count else { throw boundsError(container, indices, span) }
      return ([k], true)
    }
    let rows = dims.first ?? count
    let columns = dims.count > 1 ? dims[1] : 1
    let r = try positions(indices[0], length: rows, container, indices, span)
    let c = try positions(indices[1], length: columns, container, indices, span)
    let rowList = try r ?? [try position(indices[0], span)]
    let columnList = try c ?? [try position(indices[1], span)]
    var result: [Int] = []
    for j in columnList {
      for i in rowList {
        guard i >= 0, i < rows, j >= 0, j < columns else {
          throw boundsError(container, indices, span)
        }
        result.append(i + j * rows)
      }
    }
    return (result, r == nil && c == nil)
  }

  /// Converts a value for storing in an array of `type` (Julia's `convert`).
  func convertElement(_ value: Value, to type: JuliaType, _ span: SourceSpan) throws -> Value {
    switch (type, value) {
    case (.float64, .float): return value
    case (.float64, .int(let n)): return .float(Double(n))
    case (.float64, .bool(let b)): return .float(b ? 1 : 0)
    case (.float64, .trackedReal(let x)): return .float(x.data)
    case (.int64, .int): return value
    case (.int64, .bool(let b)): return .int(b ? 1 : 0)
    case (.int64, .float(let x)):
      guard x.rounded() == x, let n = Int(exactly: x) else {
        throw fail(.inexact, "InexactError: Int64(Int64, \(FloatFormatter.shortest(x)))", span)
      }
      return .int(n)
    case (.any, _): return value
    default:
      if value.type.isSubtype(of: type) { return value }
      if type == .trackedReal, value.isNumber { return value }
      if type == .float64, value.isNumber, let widened = NumberObject.promoted(value, to: type) {
        return widened
      }
      if case .numeric = type, value.isNumber,
        let converted = try convertNumber(value, to: type, span)
      {
        return converted
      }
      throw fail(
        .method,
        "MethodError: Cannot `convert` an object of type \(value.type.name) to an object of type \(type.name)",
        span)
    }
  }

  /// `container[indices…] = value`.
  func setIndex(_ container: Value, _ indices: [Value], _ value: Value, _ span: SourceSpan) throws {
    try refuseWritingIntoWrapper(container, span)
    switch container {
    case .array(let box):
      if indices.count == 1, case .int(let n) = indices[0] {
        guard n >= 1, n <= box.count else { throw boundsError(container, indices, span) }
        box[n - 1] = try convertElement(value, to: box.elementType, span)
        return
      }
      let (selected, single) = try linearPositions(container, box.dims, box.count, indices, span)
      if single {
        box[selected[0]] = try convertElement(value, to: box.elementType, span)
        return
      }
      guard let (source, _) = try arrayContents(value, span) else {
        throw fail(
          .argument,
          "ArgumentError: indexed assignment with a single value to many locations is not supported; perhaps use broadcasting `.=` instead?",
          span)
      }
      guard source.count == selected.count else {
        throw fail(
          .dimensionMismatch,
          "DimensionMismatch(\"tried to assign \(source.count) elements to \(selected.count) destinations\")",
          span)
      }
      var values = box.values
      for (k, position) in selected.enumerated() {
        values[position] = try convertElement(source[k], to: box.elementType, span)
      }
      box.values = values
    case .trackedArray:
      throw fail(
        .error, "Can't differentiate `setindex!`: assign to the array's `.data` instead", span)
    case .object(let object as IndexableObject):
      try object.setIndex(indices, value, self, span)
    default:
      throw fail(
        .method,
        "MethodError: no method matching setindex!(::\(container.type.name), ::\(value.type.name))",
        span)
    }
  }

  /// `container[indices…] .= value`: broadcasts `value` into the selected elements.
  func broadcastIntoIndex(
    _ container: Value, _ indices: [Value], _ value: Value, _ span: SourceSpan
  )
    throws
  {
    try refuseWritingIntoWrapper(container, span)
    guard case .array(let box) = container else {
      throw fail(
        .method,
        "MethodError: no method matching setindex!(::\(container.type.name), ::\(value.type.name))",
        span)
    }
    let (selected, _) = try linearPositions(container, box.dims, box.count, indices, span)
    try fill(box, positions: selected, with: value, span)
  }

  /// Writes `value` (a scalar, or an array of matching length) into `box` at `positions`.
  func fill(_ box: ArrayBox, positions: [Int], with value: Value, _ span: SourceSpan) throws {
    try refuseWritingIntoWrapper(.array(box), span)
    var values = box.values
    if let (source, _) = try arrayContents(value, span) {
      if source.count == 1 {
        let element = try convertElement(source[0], to: box.elementType, span)
        for position in positions { values[position] = element }
      } else {
        guard source.count == positions.count else {
          throw fail(
            .dimensionMismatch,
            "DimensionMismatch(\"array could not be broadcast to match destination\")", span)
        }
        for (k, position) in positions.enumerated() {
          values[position] = try convertElement(source[k], to: box.elementType, span)
        }
      }
    } else {
      let element = try convertElement(value, to: box.elementType, span)
      for position in positions { values[position] = element }
    }
    box.values = values
  }
}

/// An engine object that supports `x[i]`.
protocol IndexableObject: AnyObject {
  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value
  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
}

extension Interpreter {
  /// Refuses a write into `x'` when sitegen's transpose is a copy (of a view, a tracked
  /// buffer, elements other than real numbers): in Julia it writes into `x`, which the copy
  /// would not. A transpose that aliases its parent (`aliasingTranspose`) writes through.
  func refuseWritingIntoWrapper(_ container: Value, _ span: SourceSpan) throws {
    guard case .array(let box) = container, let wrapper = box.wrapper, wrapper.isTranspose,
      box.transposeStorage == nil
    else {
      return
    }
    throw fail(
      .unsupported,
      "writing into an \(wrapper.kind.rawValue) (it would not change the array it wraps) is not "
        + "supported by sitegen's Julia", span)
  }
}
