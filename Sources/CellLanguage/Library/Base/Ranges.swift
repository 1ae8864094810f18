import SourcePositions

/// `range(start; stop, length)` and `LinRange(start, stop, n)` as Julia 1.0 makes them.
extension Interpreter {
  /// `range(start; stop, length)`: Julia 1.0 takes `stop` only as a keyword. With `Float64`
  /// (or integer) ends it is a `StepRangeLen` built by `_linspace` (base/twiceprecision.jl):
  /// when both ends are ratios of integers over a common denominator `den`, element `i` of
  /// `len` is `((len - i) * start_n + (i - 1) * stop_n) / ((len - 1) * den)`, which Julia's
  /// twice-precision arithmetic rounds once; sitegen computes it as one division of exact
  /// integers. Other ends are refused.
  func rangeWithLength(_ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan) throws
    -> Value
  {
    guard args.count == 1 else {
      let keywords = kwargs.map { "\($0.0)=\(show($0.1))" }.joined(separator: ", ")
      throw fail(
        .method,
        "MethodError: no method matching range(\(args.map { "::" + $0.type.name }.joined(separator: ", "))\(keywords.isEmpty ? "" : "; " + keywords))",
        span)
    }
    let stopValue = kwargs.last { $0.0 == "stop" }?.1
    let lengthValue = kwargs.last { $0.0 == "length" }?.1
    guard let lengthValue else {
      throw fail(
        .argument, "ArgumentError: At least one of `length` or `step` must be specified", span)
    }
    let len = try intArgument(lengthValue, span)
    guard let stopValue else {
      throw fail(
        .unsupported, "range without stop is not supported by sitegen's Julia", span)
    }
    guard let start = args[0].doubleValue, let stop = stopValue.doubleValue,
      !args[0].isTrackedReal, !stopValue.isTrackedReal
    else {
      throw noMethod("range", args, span)
    }
    if case .int(let a) = args[0], case .int(let b) = stopValue {
      if let range = linspace(a, b, len, den: 1) { return .range(range) }
    } else if let (a, b, den) = Self.commonRational(start, stop),
      let range = linspace(a, b, len, den: den)
    {
      return .range(range)
    }
    throw fail(
      .unsupported,
      "range(\(show(args[0])), stop=\(show(stopValue)), length=\(len)) is not supported by sitegen's Julia (its elements need Julia's twice-precision arithmetic)",
      span)
  }

  /// Julia's rational form of two `Float64` ends: `rat` of each, their common denominator,
  /// and both checked to convert back exactly (`_range` for `IEEEFloat`, twiceprecision.jl).
  static func commonRational(_ start: Double, _ stop: Double) -> (Int, Int, Int)? {
    guard start.isFinite, stop.isFinite else { return nil }
    let (_, startD) = RangeValue.rationalize(start)
    let (_, stopD) = RangeValue.rationalize(stop)
    guard startD != 0, stopD != 0 else { return nil }
    let den = startD / gcd(startD, stopD) * stopD
    let limit = 9_007_199_254_740_992.0  // maxintfloat(Float64, Int)
    guard den != 0, Swift.abs(Double(den) * start) <= limit, Swift.abs(Double(den) * stop) <= limit
    else { return nil }
    let a = Int((Double(den) * start).rounded(.toNearestOrEven))
    let b = Int((Double(den) * stop).rounded(.toNearestOrEven))
    guard Double(a) / Double(den) == start, Double(b) / Double(den) == stop else { return nil }
    return (a, b, den)
  }

  /// `_linspace(Float64, start_n, stop_n, len, den)` as an exact rational range, when every
  /// numerator and the denominator are exact `Double`s (so one division rounds each element
  /// once); `nil` otherwise, and for fewer than two elements.
  func linspace(_ a: Int, _ b: Int, _ len: Int, den: Int) -> RangeValue? {
    guard len >= 2 else { return nil }
    let exact = 1 << 53
    let (start, o1) = a.multipliedReportingOverflow(by: len - 1)
    let (step, o2) = b.subtractingReportingOverflow(a)
    let (denominator, o3) = den.multipliedReportingOverflow(by: len - 1)
    guard !o1, !o2, !o3, Swift.abs(start) <= exact, denominator <= exact,
      Swift.abs(b.multipliedReportingOverflow(by: len - 1).partialValue) <= exact,
      !b.multipliedReportingOverflow(by: len - 1).overflow
    else { return nil }
    return RangeValue(
      kind: .rational(startNumerator: start, stepNumerator: step, denominator: denominator),
      count: len)
  }

  /// `LinRange(start, stop, n)`: a `LinRange{Float64}` of real ends.
  func linRange(_ args: [Value], _ span: SourceSpan) throws -> Value {
    guard args.count == 3, let start = args[0].doubleValue, let stop = args[1].doubleValue,
      !args[0].isTrackedReal, !args[1].isTrackedReal
    else { throw noMethod("LinRange", args, span) }
    let n = try intArgument(args[2], span)
    let header = "range(\(show(.float(start))), stop=\(show(.float(stop))), length=\(n))"
    guard n >= 0 else { throw fail(.argument, "ArgumentError: \(header): negative length", span) }
    if n == 1, start != stop {
      throw fail(.argument, "ArgumentError: \(header): endpoints differ", span)
    }
    let range = RangeValue(kind: .linear(start: start, stop: stop), count: n, form: .linRange)
    try ensureRoom(n, span)
    try charge(n, span)
    // Julia elides the middle of a display wider than the screen; sitegen refuses to make one.
    if linRangeItems(range).reduce(0, { $0 + $1.count + 1 }) >= 79 {
      throw fail(
        .unsupported,
        "a LinRange too long to display on one line is not supported by sitegen's Julia (use collect(range(…)))",
        span)
    }
    return .range(range)
  }
}

extension Interpreter {
  /// `reverse(r)` of a range is a range (base/range.jl): `reverse(a:s:b)` is
  /// `last:-s:first`, a `StepRangeLen` keeps its exact elements with the step negated, a
  /// `LinRange` swaps its ends. A float range taken literally is refused (Julia reverses its
  /// twice-precision reference point, whose elements sitegen cannot reproduce).
  func reverseRange(_ range: RangeValue, _ span: SourceSpan) throws -> Value {
    let n = range.count
    switch range.kind {
    case .integer(let start, let step):
      guard n > 0 else { return .range(range) }
      return .range(
        RangeValue(kind: .integer(start: start &+ (n - 1) &* step, step: -step), count: n))
    case .rational(let start, let step, let den):
      guard n > 0 else { return .range(range) }
      return .range(
        RangeValue(
          kind: .rational(
            startNumerator: start + (n - 1) * step, stepNumerator: -step, denominator: den),
          count: n))
    case .linear(let start, let stop):
      return .range(RangeValue(kind: .linear(start: stop, stop: start), count: n, form: .linRange))
    case .float:
      throw fail(
        .unsupported, "reverse of this float range is not supported by sitegen's Julia", span)
    }
  }
}
