import SourcePositions

/// Arithmetic that keeps a range a range, as Julia 1.0's `broadcasted` methods for ranges do
/// (base/broadcast.jl, base/range.jl, base/twiceprecision.jl): `r .+ x`, `x .+ r`, `r .- x`,
/// `x .- r`, `r .* x`, `x .* r`, `r ./ x`, `-r`, and `r1 .± r2` of equal lengths.
///
/// Integer ranges with integers stay exact integer ranges. Float results are built as Julia
/// builds `range(a, step=s, length=n)` of `Float64`s: when `a` and `s` are ratios of
/// integers over a common denominator the elements are those ratios, rounded once, and that
/// is what sitegen keeps; an exact rational range with an integer stays exact. Anything else
/// (Julia's twice-precision arithmetic on a float step) is refused.
extension Interpreter {
  /// The range an operation gives, `nil` when the operation does not keep ranges (`.^`,
  /// comparisons) or no operand is a range.
  func rangeBroadcast(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    // `LinearIndices` is an array, not a range: its arithmetic gives arrays.
    if case .range(let r) = a, r.form == .linearIndices { return nil }
    if case .range(let r) = b, r.form == .linearIndices { return nil }
    switch (a, b) {
    case (.range(let r), .range(let s)):
      guard op == .add || op == .subtract else { return nil }
      guard r.count == s.count else { return nil }
      if case .integer(let a0, let da) = r.kind, case .integer(let b0, let db) = s.kind {
        let sign = op == .add ? 1 : -1
        return .range(
          RangeValue(
            kind: .integer(start: a0 &+ sign &* b0, step: da &+ sign &* db), count: r.count))
      }
      return try refuseRangeArithmetic(op, a, b, span)
    case (.range(let r), _) where Self.isScalar(b):
      return try rangeWithScalar(op, r, b, rangeFirst: true, a, b, span)
    case (_, .range(let r)) where Self.isScalar(a):
      return try rangeWithScalar(op, r, a, rangeFirst: false, a, b, span)
    default:
      return nil
    }
  }

  /// `-r` of a range.
  func negatedRange(_ r: RangeValue, _ span: SourceSpan) throws -> Value {
    guard
      let result = try rangeWithScalar(
        .multiply, r, .int(-1), rangeFirst: false, .int(-1), .range(r), span)
    else {
      throw fail(.unsupported, "-r of this range is not supported by sitegen's Julia", span)
    }
    return result
  }

  private func rangeWithScalar(
    _ op: BinaryOperator, _ r: RangeValue, _ x: Value, rangeFirst: Bool, _ a: Value, _ b: Value,
    _ span: SourceSpan
  ) throws -> Value? {
    switch op {
    case .add, .subtract, .multiply: break
    case .divide where rangeFirst: break
    default: return nil
    }
    guard r.count > 0 else { return nil }
    // `x .- r` is `-(r .- x)`: first and step both negated.
    let flip = op == .subtract && !rangeFirst
    switch (r.kind, x) {
    case (.integer(let start, let step), .int(let n)) where op != .divide:
      switch op {
      case .add:
        return .range(RangeValue(kind: .integer(start: start &+ n, step: step), count: r.count))
      case .subtract:
        return .range(
          RangeValue(
            kind: flip
              ? .integer(start: n &- start, step: 0 &- step)
              : .integer(start: start &- n, step: step),
            count: r.count))
      default:
        return .range(
          RangeValue(kind: .integer(start: start &* n, step: step &* n), count: r.count))
      }
    case (.rational(let start, let step, let den), .int(let n)) where op != .divide:
      let shifted: (Int, Bool) = n.multipliedReportingOverflow(by: den)
      guard !shifted.1 else { return try refuseRangeArithmetic(op, a, b, span) }
      let kind: RangeValue.Kind
      switch op {
      case .add:
        kind = .rational(startNumerator: start + shifted.0, stepNumerator: step, denominator: den)
      case .subtract:
        kind =
          flip
          ? .rational(startNumerator: shifted.0 - start, stepNumerator: -step, denominator: den)
          : .rational(startNumerator: start - shifted.0, stepNumerator: step, denominator: den)
      default:
        kind = .rational(startNumerator: start * n, stepNumerator: step * n, denominator: den)
      }
      return .range(RangeValue(kind: kind, count: r.count))
    case (.integer(let start, let step), _):
      // `range(first(r) op x, step=..., length=n)` of Float64s.
      guard let value = x.doubleValue, !x.isTrackedReal else { return nil }
      let first: Double
      let newStep: Double
      switch op {
      case .add: (first, newStep) = (Double(start) + value, Double(step))
      case .subtract:
        (first, newStep) =
          flip ? (value - Double(start), -Double(step)) : (Double(start) - value, Double(step))
      case .multiply: (first, newStep) = (Double(start) * value, Double(step) * value)
      default: (first, newStep) = (Double(start) / value, Double(step) / value)
      }
      if let range = Self.rationalRange(first, newStep, r.count) { return .range(range) }
      return try refuseRangeArithmetic(op, a, b, span)
    default:
      return try refuseRangeArithmetic(op, a, b, span)
    }
  }

  /// Julia's `range(a, step=s, length=n)` of `Float64`s when `a` and `s` are exact ratios
  /// over a common denominator (`_range` for `IEEEFloat`, twiceprecision.jl), else `nil`.
  static func rationalRange(_ a: Double, _ s: Double, _ n: Int) -> RangeValue? {
    guard let (start, step, den) = commonRational(a, s) else { return nil }
    let exact = 1 << 53
    let (last, overflow) = step.multipliedReportingOverflow(by: n - 1)
    guard !overflow, Swift.abs(start) <= exact, Swift.abs(start + last) <= exact, den <= exact
    else { return nil }
    return RangeValue(
      kind: .rational(startNumerator: start, stepNumerator: step, denominator: den), count: n)
  }

  private func refuseRangeArithmetic(
    _ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan
  ) throws -> Value? {
    throw fail(
      .unsupported,
      "\(op.rawValue) of \(a.type.name) and \(b.type.name) (a range in Julia's twice-precision arithmetic) is not supported by sitegen's Julia; collect the range first",
      span)
  }
}
