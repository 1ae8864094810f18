/// A range `a:b` or `a:s:b`, with Julia's element semantics.
///
/// Integer ranges are exact. Float ranges follow Julia's `StepRangeLen` with
/// `TwicePrecision` arithmetic: when start, step and stop are ratios of small integers over a
/// common denominator `den`, element `k` is the correctly rounded `(start·den + k·step·den)/den`,
/// computed here as one division of exact integers (Julia's `base/twiceprecision.jl`).
final class RangeValue {
  enum Kind {
    case integer(start: Int, step: Int)
    case rational(startNumerator: Int, stepNumerator: Int, denominator: Int)
    case float(start: Double, step: Double)
    /// `LinRange(start, stop, n)`: element `k` is Julia 1.0's `lerpi(k, n - 1, start, stop)`,
    /// `(1 - t) * start + t * stop` with `t = k / (n - 1)` (base/range.jl).
    case linear(start: Double, stop: Double)
  }

  /// Which of Julia's range types the value is: they iterate alike and show differently.
  enum Form {
    /// `UnitRange`, `StepRange` or `StepRangeLen`, as the kind says.
    case range
    /// `Base.OneTo(n)`: `eachindex` and `axes` of an array.
    case oneTo
    /// `LinearIndices`: `keys` of a vector, shown as an array.
    case linearIndices
    /// `LinRange{Float64}`.
    case linRange
  }

  let kind: Kind
  let count: Int
  let form: Form

  init(kind: Kind, count: Int, form: Form = .range) {
    self.kind = kind
    self.count = max(0, count)
    self.form = form
  }

  /// `1:n` as the range type `form` names.
  static func indices(_ count: Int, _ form: Form) -> RangeValue {
    RangeValue(kind: .integer(start: 1, step: 1), count: count, form: form)
  }

  /// The names of the range types that are not `.range` types.
  static let typeNames: Set<String> = [
    "Base.OneTo{Int64}", "LinearIndices{1,Tuple{Base.OneTo{Int64}}}", "LinRange{Float64}",
  ]

  /// The type Julia gives the range.
  var type: JuliaType {
    switch form {
    case .range: .range(isInteger ? .int64 : .float64)
    case .oneTo: .other("Base.OneTo{Int64}")
    case .linearIndices: .other("LinearIndices{1,Tuple{Base.OneTo{Int64}}}")
    case .linRange: .other("LinRange{Float64}")
    }
  }

  var isInteger: Bool {
    if case .integer = kind { return true }
    return false
  }

  /// Element `k` (0-based).
  @inline(__always) func element(_ k: Int) -> Value {
    switch kind {
    case .integer(let start, let step): return .int(start &+ k &* step)
    case .rational(let start, let step, let den):
      return .float(Double(start + k * step) / Double(den))
    case .float(let start, let step): return .float(start + Double(k) * step)
    case .linear(let start, let stop):
      let t = Double(k) / Double(Swift.max(count - 1, 1))
      return .float((1 - t) * start + t * stop)
    }
  }

  var first: Value { element(0) }
  var last: Value { element(count - 1) }

  /// `start:step:stop` on integers.
  static func integers(_ start: Int, _ step: Int, _ stop: Int) -> RangeValue? {
    guard step != 0 else { return nil }
    let count: Int
    if step > 0 {
      count = stop < start ? 0 : (stop - start) / step + 1
    } else {
      count = stop > start ? 0 : (start - stop) / (-step) + 1
    }
    return RangeValue(kind: .integer(start: start, step: step), count: count)
  }

  /// `start:step:stop` on floats, as Julia 1.0's `(:)(start::Float64, step, stop)`.
  static func floats(_ start: Double, _ step: Double, _ stop: Double) -> RangeValue? {
    guard step != 0, start.isFinite, step.isFinite, stop.isFinite else { return nil }
    // Phase 1: look for exact rational forms with a shared denominator.
    let (stepN, stepD) = rationalize(step)
    if stepD != 0, Double(stepN) / Double(stepD) == step {
      let (startN, startD) = rationalize(start)
      let (stopN, stopD) = rationalize(stop)
      if startD != 0, stopD != 0, Double(startN) / Double(startD) == start,
        Double(stopN) / Double(stopD) == stop
      {
        let den = lcm(startD, stepD)
        let limit = 9_007_199_254_740_992.0  // maxintfloat(Float64)
        if den != 0, abs(start * Double(den)) <= limit, abs(step * Double(den)) <= limit,
          den % startD == 0, den % stepD == 0
        {
          let a = Int((start * Double(den)).rounded())
          let s = Int((step * Double(den)).rounded())
          let (n1, o1) = den.multipliedReportingOverflow(by: stopN)
          let (n2, o2) = stopD.multipliedReportingOverflow(by: a)
          let (n3, o3) = s.multipliedReportingOverflow(by: stopD)
          if !o1, !o2, !o3, n3 != 0 {
            let length = max(0, (n1 - n2 + n3) / n3)  // Julia's `div` truncates
            let last = start + Double(length - 1) * step
            let beyond = start + Double(length) * step
            if isBetween(start, last, stop + step / 2), !isBetween(start, beyond, stop) {
              return RangeValue(
                kind: .rational(startNumerator: a, stepNumerator: s, denominator: den),
                count: length)
            }
          }
        }
      }
    }
    // Phase 2: take start and step literally.
    let ratio = (stop - start) / step
    let count: Int
    if ratio < 0 {
      count = 0
    } else if ratio == 0 {
      count = 1
    } else {
      var n = Int(ratio.rounded())
      if start + Double(n) * step > stop, step > 0 { n -= 1 }
      if start + Double(n) * step < stop, step < 0 { n -= 1 }
      count = n + 1
    }
    return RangeValue(kind: .float(start: start, step: step), count: count)
  }

  private static func isBetween(_ a: Double, _ x: Double, _ b: Double) -> Bool {
    a <= x ? x <= b : b <= x
  }

  private static func gcd(_ a: Int, _ b: Int) -> Int {
    var (a, b) = (abs(a), abs(b))
    while b != 0 { (a, b) = (b, a % b) }
    return a
  }

  private static func lcm(_ a: Int, _ b: Int) -> Int {
    if a == 0 || b == 0 { return 0 }
    return abs(a / gcd(a, b) * b)
  }

  /// Julia's `rat(x)`: a continued-fraction approximation bounded by `maxintfloat(Float32)`.
  static func rationalize(_ x: Double) -> (Int, Int) {
    var y = x
    var (a, b, c, d) = (1, 0, 0, 1)
    let m = 16_777_216  // maxintfloat(Float32)
    while abs(y) <= Double(m) {
      let f = Int(y.rounded(.towardZero))
      y -= Double(f)
      (a, c) = (f * a + c, a)
      (b, d) = (f * b + d, b)
      if max(abs(a), abs(b)) > m { return (c, d) }
      if Double(a) / Double(b) == x { break }
      y = 1 / y
    }
    return (a, b)
  }
}
