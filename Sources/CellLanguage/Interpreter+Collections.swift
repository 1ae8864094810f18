import Autodiff
import SourcePositions

/// Building and walking collections: array literals, ranges, comprehensions, iteration.
extension Interpreter {
  /// A new array box, counted against the memory budget.
  func makeArray(
    _ values: [Value], elementType: JuliaType? = nil, dims: [Int]? = nil, _ span: SourceSpan
  )
    throws -> ArrayBox
  {
    try allocate(values.count, span)
    return ArrayBox(values, elementType: elementType ?? Self.elementType(of: values), dims: dims)
  }

  /// The element type Julia gives an array literal of these values.
  static func elementType(of values: [Value]) -> JuliaType {
    // Arrays of one kind of number (the common case) are told without building types.
    switch values.first {
    case .float?: if values.allSatisfy(\.isFloat) { return .float64 }
    case .trackedReal?: if values.allSatisfy(\.isTrackedReal) { return .trackedReal }
    case .int?: if values.allSatisfy(\.isInt) { return .int64 }
    default: break
    }
    guard var type = values.first?.type else { return .any }
    for value in values.dropFirst() {
      let next = value.type
      if next == type { continue }
      if next == .trackedReal || type == .trackedReal {
        type =
          (value.isNumber && (type == .trackedReal || [.int64, .float64, .bool].contains(type)))
          ? .trackedReal : .any
        continue
      }
      type = JuliaType.promote(type, next)
    }
    return type
  }

  /// Converts numbers to an element type (`[1, 2.5]` holds `1.0`).
  static func converted(_ values: [Value], to type: JuliaType) -> [Value] {
    switch type {
    case .float64:
      return values.map { value in
        switch value {
        case .int(let n): .float(Double(n))
        case .bool(let b): .float(b ? 1 : 0)
        case .object(let x as IrrationalObject): .float(x.value)
        case .object: NumberObject.promoted(value, to: .float64) ?? value
        default: value
        }
      }
    case .int64:
      return values.map { value in
        if case .bool(let b) = value { return .int(b ? 1 : 0) }
        return value
      }
    case .other(let name) where name.hasPrefix("Union{Missing, "):
      // The values other than `missing` convert to the union's other type.
      guard
        let inner = [JuliaType.int64, .float64].first(where: {
          name == "Union{Missing, \($0.name)}"
        })
      else { return values }
      return values.map { Interpreter.isMissing($0) ? $0 : converted([$0], to: inner)[0] }
    case .numeric:
      return values.map { NumberObject.promoted($0, to: type) ?? $0 }
    default:
      return values
    }
  }

  /// `[a, b, c]`.
  func makeVector(_ values: [Value], _ span: SourceSpan) throws -> Value {
    let type = Self.elementType(of: values)
    return .array(try makeArray(Self.converted(values, to: type), elementType: type, span))
  }

  /// `[a b; c d]`, `[a; b]`, `[a b]`: Julia's `hvcat`/`vcat`/`hcat` of scalars and arrays.
  func concatenate(_ rows: [[Value]], _ span: SourceSpan) throws -> Value {
    // Phase 1: the result's size, checked against the memory budget before anything is copied.
    var total = 0
    for row in rows {
      for item in row {
        let (sum, overflow) = total.addingReportingOverflow(Self.elementCount(of: item))
        guard !overflow else { throw memoryBudgetError(span) }
        total = sum
      }
    }
    try ensureRoom(total, span)
    // Phase 2: each row is joined horizontally; rows are stacked vertically.
    var blocks: [(values: [Value], rows: Int, columns: Int)] = []
    for row in rows {
      var pieces: [(values: [Value], rows: Int, columns: Int)] = []
      for item in row {
        if let (values, dims) = try arrayContents(item, span) {
          pieces.append((values, dims[0], dims.count > 1 ? dims[1] : 1))
        } else {
          pieces.append(([item], 1, 1))
        }
      }
      guard let height = pieces.first?.rows else { continue }
      var columns = 0
      var values: [Value] = []
      for piece in pieces {
        guard piece.rows == height else {
          throw fail(
            .dimensionMismatch,
            "DimensionMismatch(\"mismatch in dimension 1 (expected \(height) got \(piece.rows))\")",
            span)
        }
        values.append(contentsOf: piece.values)
        columns += piece.columns
      }
      blocks.append((values, height, columns))
    }
    guard let width = blocks.first?.columns else { return try makeVector([], span) }
    var totalRows = 0
    for block in blocks {
      guard block.columns == width else {
        throw fail(
          .dimensionMismatch,
          "DimensionMismatch(\"mismatch in dimension 2 (expected \(width) got \(block.columns))\")",
          span)
      }
      totalRows += block.rows
    }
    var result: [Value] = []
    result.reserveCapacity(totalRows * width)
    for column in 0..<width {
      for block in blocks {
        for row in 0..<block.rows { result.append(block.values[row + column * block.rows]) }
      }
    }
    let type = Self.elementType(of: result)
    let isVector =
      rows.allSatisfy { $0.count == 1 } && width == 1
      && rows.allSatisfy { row in
        row.allSatisfy { (try? arrayContents($0, span))??.1.count ?? 1 == 1 }
      }
    let dims = isVector ? [totalRows] : [totalRows, width]
    return .array(
      try makeArray(Self.converted(result, to: type), elementType: type, dims: dims, span))
  }

  /// How many elements an operand of a concatenation contributes (1 for a scalar).
  static func elementCount(of value: Value) -> Int {
    switch value {
    case .array(let box): box.count
    case .range(let range): range.count
    case .trackedArray(let box): box.value.shape.count
    default: 1
    }
  }

  /// The elements and dims of an array-like value (arrays, ranges, tracked arrays' data).
  func arrayContents(_ value: Value, _ span: SourceSpan) throws -> ([Value], [Int])? {
    switch value {
    case .array(let box): return (box.values, box.dims)
    case .range(let range):
      try ensureRoom(range.count, span)
      return ((0..<range.count).map { range.element($0) }, [range.count])
    case .trackedArray(let box):
      return (
        (0..<box.value.shape.count).map { .trackedReal(box.value.typedElement($0)) }, box.dims
      )
    default: return nil
    }
  }

  /// `a:b` and `a:s:b`.
  func makeRange(_ start: Value, _ step: Value?, _ stop: Value, _ span: SourceSpan) throws -> Value
  {
    switch (start, step ?? .int(1), stop) {
    case (.int(let a), .int(let s), .int(let b)):
      guard let range = RangeValue.integers(a, s, b) else {
        throw fail(.argument, "ArgumentError: step cannot be zero", span)
      }
      return .range(range)
    default:
      for end in [start, step ?? .int(1), stop] where end.numberObject != nil {
        throw fail(
          .unsupported, "a range of \(end.type.name) is not supported by sitegen's Julia", span)
      }
      guard let a = start.doubleValue, let b = stop.doubleValue else {
        throw fail(
          .method,
          "MethodError: no method matching (::Colon)(::\(start.type.name), ::\(stop.type.name))",
          span)
      }
      let s = step?.doubleValue ?? 1
      guard let range = RangeValue.floats(a, s, b) else {
        throw fail(.argument, "ArgumentError: range step cannot be zero", span)
      }
      return .range(range)
    }
  }

  /// Calls `body` with each element of an iterable until it returns false.
  func forEach(_ value: Value, _ span: SourceSpan, _ body: (Value) throws -> Bool) throws {
    switch value {
    case .range(let range):
      for k in 0..<range.count where !(try body(range.element(k))) { return }
    case .array(let box):
      var k = 0
      while k < box.count {
        if !(try body(box[k])) { return }
        k += 1
      }
    case .tuple(let items):
      for item in items where !(try body(item)) { return }
    case .namedTuple(let tuple):
      for item in tuple.values where !(try body(item)) { return }
    case .string(let text):
      for character in text where !(try body(.char(character))) { return }
    case .int, .float, .bool, .trackedReal:
      _ = try body(value)
    case .trackedArray(let box):
      for k in 0..<box.value.shape.count where !(try body(.trackedReal(box.value.typedElement(k))))
      { return }
    case .object(let object as IterableObject):
      for item in try object.elements(self, span) where !(try body(item)) { return }
    default:
      throw fail(.method, "MethodError: no method matching iterate(::\(value.type.name))", span)
    }
  }

  /// How many elements an iterable has, without listing them when it knows.
  func elementTotal(_ value: Value, _ span: SourceSpan) throws -> Int {
    switch value {
    case .range(let range): return range.count
    case .array(let box): return box.count
    case .tuple(let items): return items.count
    case .trackedArray(let box): return box.value.shape.count
    default: return try iterate(value, span).count
    }
  }

  /// All elements of an iterable.
  func iterate(_ value: Value, _ span: SourceSpan) throws -> [Value] {
    if case .tuple(let items) = value { return items }
    if case .array(let box) = value { return box.values }
    if case .range(let range) = value { try ensureRoom(range.count, span) }
    if case .string(let text) = value { try ensureRoom(text.utf8.count, span) }
    var result: [Value] = []
    try forEach(value, span) {
      result.append($0)
      return true
    }
    return result
  }

  /// `[body for … if …]` and generators (collected eagerly).
  func evalComprehension(_ comprehension: ComprehensionCode, _ frame: Frame, _ span: SourceSpan)
    throws -> Value
  {
    var results: [Value] = []
    var shape: [Int]?
    if comprehension.groups.count == 1, comprehension.filter == nil {
      let clauses = comprehension.groups[0]
      if clauses.count == 1 {
        let target = clauses[0].target
        let values: Value
        if case .range(let startCode, nil, let stopCode, let rangeSpan) = clauses[0].iterable {
          let first = try eval(startCode, frame)
          let last = try eval(stopCode, frame)
          if case .int(let a) = first, case .int(let b) = last {
            return try collect(from: a, through: b, span) { i in
              try bind(target, .int(i), frame, span)
              return try leaf(comprehension.body, frame)
            }
          }
          try tick(rangeSpan)
          values = try makeRange(first, nil, last, rangeSpan)
        } else {
          values = try eval(clauses[0].iterable, frame)
        }
        return try collect(values, span) { element in
          try bind(target, element, frame, span)
          return try leaf(comprehension.body, frame)
        }
      }
      if clauses.count == 2 {
        let outer = try iterate(try eval(clauses[0].iterable, frame), span)
        let inner = try iterate(try eval(clauses[1].iterable, frame), span)
        shape = [outer.count, inner.count]
        try ensureRoom(try elementCount([outer.count, inner.count], span), span)
      }
    }
    try collectComprehension(comprehension, 0, 0, frame, span, &results)
    let type = Self.elementType(of: results)
    return .array(
      try makeArray(Self.converted(results, to: type), elementType: type, dims: shape, span))
  }

  /// A comprehension's results as an array of the type Julia gives them.
  func comprehensionArray(_ results: [Value], _ span: SourceSpan) throws -> Value {
    let type = Self.elementType(of: results)
    return .array(try makeArray(Self.converted(results, to: type), elementType: type, span))
  }

  /// `[body(i) for i in a:b]` with integer bounds: no range object, no intermediate arrays.
  @inline(__always) func collect(
    from first: Int, through last: Int, _ span: SourceSpan, _ body: (Int) throws -> Value
  ) throws -> Value {
    try comprehensionArray(try collectValues(from: first, through: last, span, body), span)
  }

  /// The elements `collect(from:through:)` makes its array of, counted as it counts them.
  @inline(__always) func collectValues(
    from first: Int, through last: Int, _ span: SourceSpan, _ body: (Int) throws -> Value
  ) throws -> [Value] {
    var results: [Value] = []
    if last >= first {
      let (count, overflow) = last.subtractingReportingOverflow(first)
      if overflow { throw memoryBudgetError(span) }
      try ensureRoom(count &+ 1, span)
      results.reserveCapacity(count &+ 1)
    }
    var i = first
    while i <= last {
      try tick(span)
      results.append(try body(i))
      i += 1
    }
    return results
  }

  /// `[body(x) for x in iterable]`: the elements' results as an array.
  @inline(__always) func collect(
    _ iterable: Value, _ span: SourceSpan, _ body: (Value) throws -> Value
  ) throws -> Value {
    var results: [Value] = []
    if case .range(let range) = iterable {
      // A range knows its length: room for all of it is checked once.
      try ensureRoom(range.count, span)
      results.reserveCapacity(range.count)
      for k in 0..<range.count {
        try tick(span)
        results.append(try body(range.element(k)))
      }
    } else {
      // Counted as they come.
      try forEach(iterable, span) { element in
        try tick(span)
        try ensureRoom(results.count + 1, span)
        results.append(try body(element))
        return true
      }
    }
    return try comprehensionArray(results, span)
  }

  private func collectComprehension(
    _ comprehension: ComprehensionCode, _ group: Int, _ clause: Int, _ frame: Frame,
    _ span: SourceSpan, _ results: inout [Value]
  ) throws {
    if group == comprehension.groups.count {
      if let filter = comprehension.filter, !(try truth(try eval(filter, frame), filter.span)) {
        return
      }
      // Counted as they come: a filtered comprehension over a huge range stops at the budget.
      try ensureRoom(results.count + 1, span)
      results.append(try leaf(comprehension.body, frame))
      return
    }
    let clauses = comprehension.groups[group]
    // `for i in a, j in b` is column-major: the first variable varies fastest.
    let index = clauses.count - 1 - clause
    let current = clauses[index]
    let iterable = try eval(current.iterable, frame)
    var collected = results
    try forEach(iterable, span) { element in
      try tick(span)
      try assign(current.target, element, frame, span)
      if clause + 1 < clauses.count {
        try collectComprehension(comprehension, group, clause + 1, frame, span, &collected)
      } else {
        try collectComprehension(comprehension, group + 1, 0, frame, span, &collected)
      }
      return true
    }
    results = collected
  }
}

/// An engine object that can be iterated (`Params`, …).
protocol IterableObject: AnyObject {
  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value]
}
