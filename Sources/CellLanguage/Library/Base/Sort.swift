import SourcePositions

/// `sort`, `sort!` and `sortperm` with Julia 1.0's keywords (`rev`, `by`, `dims`) and
/// algorithms (base/sort.jl): arrays of numbers by `QuickSort` (insertion sort for spans of
/// at most 20 elements), other arrays by a stable sort (`MergeSort`); `sortperm` breaks ties
/// by position, so it is stable.
extension Interpreter {
  /// The ordering of a sort's keywords: `isless`, on `by(x)` when given, reversed by `rev`.
  func sortOrdering(_ kwargs: [(String, Value)], _ span: SourceSpan) throws
    -> (Value, Value) throws -> Bool
  {
    var reverse = false
    if let value = kwargs.last(where: { $0.0 == "rev" })?.1 {
      guard case .bool(let flag) = value else {
        throw fail(
          .type, "TypeError: in keyword argument rev, expected Bool, got \(value.type.name)", span)
      }
      reverse = flag
    }
    let by = kwargs.last { $0.0 == "by" }?.1
    let key: (Value) throws -> Value = { value in
      guard let by else { return value }
      try self.tick(span)
      return try self.call(by, [value], [], span)
    }
    return { a, b in
      let (x, y) = reverse ? (b, a) : (a, b)
      return try self.isLess(try key(x), try key(y), span)
    }
  }

  /// `sort(v)`, `sort!(v)`, `sort(A, dims=d)` with `rev` and `by`.
  func sortBuiltin(
    _ inPlace: Bool, _ subject: Value, _ kwargs: [(String, Value)], _ span: SourceSpan
  ) throws -> Value {
    if let dims = kwargs.last(where: { $0.0 == "dims" })?.1 {
      if kwargs.contains(where: { $0.0 == "by" }) {
        throw fail(
          .unsupported, "keyword argument by of sort with dims is not supported by sitegen's Julia",
          span)
      }
      let reverse: Bool
      if case .bool(true)? = kwargs.last(where: { $0.0 == "rev" })?.1 {
        reverse = true
      } else {
        reverse = false
      }
      return try sortAlongDim(subject, dims, reverse: reverse, span)
    }
    if case .array(let box) = subject, box.dims.count > 1 {
      throw fail(.argument, "UndefKeywordError: keyword argument dims not assigned", span)
    }
    let less = try sortOrdering(kwargs, span)
    let values = try iterate(subject, span)
    let sorted =
      values.allSatisfy(\.isNumber)
      ? try quickSorted(values, by: less) : try stableSorted(values, by: less)
    if inPlace {
      guard case .array(let array) = subject else { throw noMethod("sort!", [subject], span) }
      try refuseWritingIntoWrapper(subject, span)
      array.values = sorted
      return subject
    }
    if case .array(let box) = subject {
      return .array(try makeArray(sorted, elementType: box.elementType, span))
    }
    return .array(try makeArray(sorted, span))
  }

  /// `sortperm(v; rev, by)`: the permutation that sorts `v`, ties kept in order.
  func sortPermutation(_ subject: Value, _ kwargs: [(String, Value)], _ span: SourceSpan) throws
    -> Value
  {
    if case .array(let box) = subject, box.dims.count > 1 {
      throw fail(
        .method, "MethodError: no method matching sortperm(::\(subject.type.name))", span)
    }
    let values = try iterate(subject, span)
    let n = values.count
    try charge(Self.work(n, Swift.max(1, Int.bitWidth - n.leadingZeroBitCount)), span)
    let less = try sortOrdering(kwargs, span)
    let positions = (0..<n).map { Value.int($0) }
    let order = try stableSorted(positions) { a, b in
      guard case .int(let i) = a, case .int(let j) = b else { return false }
      return try less(values[i], values[j])
    }
    return .array(
      try makeArray(
        order.map { if case .int(let k) = $0 { .int(k + 1) } else { $0 } }, elementType: .int64,
        span))
  }

  /// Julia 1.0's `QuickSort` (`sort!(v, lo, hi, ::QuickSortAlg, o)`): median-of-three pivot,
  /// Hoare partition, spans of at most 20 elements by insertion sort.
  func quickSorted(_ values: [Value], by less: (Value, Value) throws -> Bool) throws -> [Value] {
    var v = values
    func insertion(_ lo: Int, _ hi: Int) throws {
      guard lo < hi else { return }
      for i in (lo + 1)...hi {
        var j = i
        let x = v[i]
        while j > lo, try less(x, v[j - 1]) {
          v[j] = v[j - 1]
          j -= 1
        }
        v[j] = x
      }
    }
    func partition(_ lo: Int, _ hi: Int) throws -> Int {
      let mi = (lo + hi) >> 1
      if try less(v[lo], v[mi]) { v.swapAt(lo, mi) }
      if try less(v[hi], v[lo]) {
        if try less(v[hi], v[mi]) {
          (v[hi], v[lo], v[mi]) = (v[lo], v[mi], v[hi])
        } else {
          v.swapAt(hi, lo)
        }
      }
      let pivot = v[lo]
      var (i, j) = (lo, hi)
      while true {
        i += 1
        j -= 1
        while try less(v[i], pivot) { i += 1 }
        while try less(pivot, v[j]) { j -= 1 }
        if i >= j { break }
        v.swapAt(i, j)
      }
      v[lo] = v[j]
      v[j] = pivot
      return j
    }
    func sort(_ low: Int, _ high: Int) throws {
      var (lo, hi) = (low, high)
      while lo < hi {
        if hi - lo <= 20 { return try insertion(lo, hi) }
        let j = try partition(lo, hi)
        if j - lo < hi - j {
          if lo < j - 1 { try sort(lo, j - 1) }
          lo = j + 1
        } else {
          if j + 1 < hi { try sort(j + 1, hi) }
          hi = j - 1
        }
      }
    }
    try sort(0, v.count - 1)
    return v
  }
}
