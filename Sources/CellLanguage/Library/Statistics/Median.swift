import SourcePositions

/// `median`, `middle` and `quantile` as Statistics 1.0 computes them
/// (stdlib/Statistics/src/Statistics.jl).
extension Interpreter {
  /// `middle(x) = (x + zero(x)) / 1`; `middle(x, y) = x/2 + y/2` (halves added, so the sum
  /// cannot overflow).
  func middle(_ x: Value, _ y: Value?, _ span: SourceSpan) throws -> Value {
    guard let y else {
      return try binary(.divide, try binary(.add, x, .int(0), span), .int(1), span)
    }
    return try binary(
      .add, try binary(.divide, x, .int(2), span), try binary(.divide, y, .int(2), span), span)
  }

  /// The elements of a real vector or array, as `Value`s, refusing anything else.
  private func realValues(_ value: Value, _ name: String, _ span: SourceSpan) throws -> [Value] {
    guard !value.isTrackedArray, let (values, _) = try arrayContents(value, span) else {
      throw fail(.method, "MethodError: no method matching \(name)(::\(value.type.name))", span)
    }
    for value in values where value.doubleValue == nil || value.isTrackedReal {
      throw fail(
        .unsupported, "\(name) of \(value.type.name) elements is not supported by sitegen's Julia",
        span)
    }
    return values
  }

  /// `median(v)`: a NaN if there is one; else the middle element of the sorted values, or
  /// `middle` of the two middle ones; `mean(r)` of a range.
  func median(_ value: Value, _ span: SourceSpan) throws -> Value {
    if case .range(let range) = value, range.form == .range, range.count > 0 {
      return try binary(.divide, try binary(.add, range.first, range.last, span), .int(2), span)
    }
    let values = try realValues(value, "median", span)
    guard !values.isEmpty else {
      throw fail(
        .argument, "ArgumentError: median of an empty array is undefined, \(show(value))", span)
    }
    let n = values.count
    try charge(Self.work(n, Swift.max(1, Int.bitWidth - n.leadingZeroBitCount)), span)
    if let nan = values.first(where: { $0.doubleValue?.isNaN ?? false }) { return nan }
    let sorted = try sortValues(values, reverse: false, span)
    let mid = (1 + n) / 2
    if n % 2 == 1 { return try middle(sorted[mid - 1], nil, span) }
    return try middle(sorted[mid - 1], sorted[mid], span)
  }

  /// `quantile(v, p)`: Statistics 1.0's `_quantile` on the sorted values (type 7): with
  /// `f0 = (n - 1) * p`, `h = f0 - trunc(f0)` and `i = trunc(f0) + 1`, `v[i]` when `h == 0`,
  /// else `a + h * (b - a)` of `a = v[i]`, `b = v[i + 1]` (or `(1 - h) * a + h * b` when one
  /// is not finite), as a `Float64`.
  func quantile(_ value: Value, _ p: Value, sorted: Value?, _ span: SourceSpan) throws -> Value {
    var values = try realValues(value, "quantile", span)
    guard !values.isEmpty else {
      throw fail(.argument, "ArgumentError: empty data vector", span)
    }
    guard let probability = p.doubleValue, !p.isTrackedReal else {
      throw noMethod("quantile", [value, p], span)
    }
    let n = values.count
    try charge(Self.work(n, Swift.max(1, Int.bitWidth - n.leadingZeroBitCount)), span)
    if case .bool(true)? = sorted {
    } else {
      values = try sortValues(values, reverse: false, span)
    }
    if values[n - 1].doubleValue?.isNaN ?? false {
      throw fail(.argument, "ArgumentError: quantiles are undefined in presence of NaNs", span)
    }
    guard probability >= 0, probability <= 1 else {
      throw fail(.argument, "ArgumentError: input probability out of [0,1] range", span)
    }
    let f0 = Double(n - 1) * probability
    let t0 = f0.rounded(.towardZero)
    let h = f0 - t0
    let i = Int(t0) + 1
    let a = values[i - 1].doubleValue ?? .nan
    if h == 0 { return .float(a) }
    let b = values[i].doubleValue ?? .nan
    if a.isFinite, b.isFinite { return .float(a + h * (b - a)) }
    return .float((1 - h) * a + h * b)
  }
}
