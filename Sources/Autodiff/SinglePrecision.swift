#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The element type of a tracked value: Julia's `Float64`, or `Float32`, whose every
/// operation rounds to single precision.
///
/// Values of both are stored as `Double`s; a `Float32` value is a `Double` that a `Float`
/// holds exactly. The kernels of single precision compute with Swift's `Float`, whose
/// `+ - * /` and `sqrt` are IEEE single precision as Julia's `Float32` are; `exp`, `log` and
/// the other functions call the platform's `expf`, `logf`…, where Julia 1.0 used its own
/// ports, so those may differ in the last bit.
///
/// A graph is of one precision: Julia would compute an operation mixing `Float32` and
/// `Float64` operands in `Float64`, and its gradients in types this engine does not follow, so
/// callers keep the two apart. Back-propagation computes in the precision of the value it
/// starts from; a `Float32` parameter's accumulated `grad` and its updates round to `Float32`,
/// as Julia's in-place `.+=` into a `Float32` array does.
public enum Precision: UInt8, Sendable {
  case double
  case single

  /// `x` as an element of this precision (rounded to the nearest `Float` for single).
  @inlinable public func rounded(_ x: Double) -> Double {
    switch self {
    case .double: x
    case .single: Double(Float(x))
    }
  }

  /// `exp` in this precision (the platform's `exp` or `expf`).
  func exp(_ x: Double) -> Double {
    switch self {
    case .double: libmExp(x)
    case .single: Double(expf(Float(x)))
    }
  }

  /// `log` in this precision (the platform's `log` or `logf`).
  func log(_ x: Double) -> Double {
    switch self {
    case .double: libmLog(x)
    case .single: Double(logf(Float(x)))
    }
  }

  /// `eps(T)` of this precision.
  var epsilon: Double {
    switch self {
    case .double: Double.ulpOfOne
    case .single: Double(Float.ulpOfOne)
    }
  }
}

extension UnaryOp {
  /// The operation in `Float32` (NNlib's `σ(x) = one(x) / (one(x) + exp(-x))`, `relu(x) =
  /// max(zero(x), x)`).
  func apply(single x: Float) -> Float {
    switch self {
    case .negate: -x
    case .sqrt: x.squareRoot()
    case .abs: Swift.abs(x)
    case .exp: expf(x)
    case .log: logf(x)
    case .sin: sinf(x)
    case .cos: cosf(x)
    case .tanh: tanhf(x)
    case .sigmoid: 1 / (1 + expf(-x))
    case .relu: Float(JuliaMath.max(0, Double(x)))
    }
  }

  /// The derivative (the same formulas as ``derivative(_:value:)``) in `Float32`.
  func derivative(single x: Float, value: Float) -> Float {
    switch self {
    case .negate: return -1
    case .sqrt: return 1 / (2 * value)
    case .abs: return x.sign == .minus ? -1 : 1
    case .exp: return value
    case .log: return 1 / x
    case .sin: return cosf(x)
    case .cos: return -sinf(x)
    case .tanh:
      let s = 1 / coshf(x)
      return s * s
    case .sigmoid:
      let e = expf(-x)
      let d = 1 + e
      return e / (d * d)
    case .relu: return 0 > x ? 0 : 1
    }
  }
}

extension BinaryOp {
  /// The operation in `Float32`; `x^2` is `x * x`, Julia's `literal_pow`.
  func apply(single a: Float, _ b: Float) -> Float {
    switch self {
    case .add: a + b
    case .subtract: a - b
    case .multiply: a * b
    case .divide: a / b
    case .power: b == 2 ? a * a : powf(a, b)
    case .max: Float(JuliaMath.max(Double(a), Double(b)))
    case .min: Float(JuliaMath.min(Double(a), Double(b)))
    }
  }

  /// Both partial derivatives (the formulas of ``derivativeA(_:_:)`` and
  /// ``derivativeB(_:_:)``) in `Float32`.
  func derivatives(single a: Float, _ b: Float) -> (Float, Float) {
    switch self {
    case .add: (1, 1)
    case .subtract: (1, -1)
    case .multiply: (b, a)
    case .divide: (1 / b, -(a / b / b))
    case .power: (b * powf(a, b - 1), powf(a, b) * logf(a))
    case .max: a > b ? (1, 0) : (0, 1)
    case .min: a > b ? (0, 1) : (1, 0)
    }
  }
}

/// The array kernels of ``ArrayRules`` in `Float32`: the same order of operations, each
/// rounded to single precision. Elements come and go as `Double`s.
enum SingleRules {
  typealias Dims = ArrayRules.Dims

  static func broadcast(
    _ op: BinaryOp, _ a: [Double], _ da: Dims, _ b: [Double], _ db: Dims, into result: Dims
  ) -> [Double] {
    var out = [Double](repeating: 0, count: result.count)
    for j in 0..<result.columns {
      for i in 0..<result.rows {
        let x = Float(a[ArrayRules.index(da, i, j)])
        let y = Float(b[ArrayRules.index(db, i, j)])
        out[i + j * result.rows] = Double(op.apply(single: x, y))
      }
    }
    return out
  }

  static func map(_ op: UnaryOp, _ x: [Double]) -> [Double] {
    x.map { Double(op.apply(single: Float($0))) }
  }

  /// Pullback of `f.(x)` on a `Float32` array: `f′` in `Float32`, times `Δ` in `p`.
  static func mapPullback(
    _ op: UnaryOp, _ delta: [Double], _ x: [Double], _ y: [Double], _ p: Precision
  ) -> [Double] {
    var out = delta
    for k in out.indices {
      let d = op.derivative(single: Float(x[k]), value: Float(y[k]))
      out[k] = p.rounded(delta[k] * Double(d))
    }
    return out
  }

  /// Julia's `sum` of a `Float32` array: the order of ``JuliaMath/sum(_:)-([Double])``.
  static func sum(_ values: [Double]) -> Double { sum(values, .single) }

  /// Julia's `sum` in the order of ``JuliaMath/sum(_:)-([Double])``, each addition in `p`.
  static func sum(_ values: [Double], _ p: Precision) -> Double {
    let n = values.count
    if n == 0 { return 0 }
    if n == 1 { return values[0] }
    if n < 16 { return fold(values, 0, n - 1, p) }
    return pairwise(values, 0, n - 1, p)
  }

  private static func fold(_ a: [Double], _ first: Int, _ last: Int, _ p: Precision) -> Double {
    var s = p.rounded(a[first] + a[first + 1])
    var i = first + 2
    while i <= last {
      s = p.rounded(s + a[i])
      i += 1
    }
    return s
  }

  private static func pairwise(_ a: [Double], _ first: Int, _ last: Int, _ p: Precision)
    -> Double
  {
    if first + 1024 > last { return fold(a, first, last, p) }
    let middle = (first + last) >> 1
    return p.rounded(pairwise(a, first, middle, p) + pairwise(a, middle + 1, last, p))
  }

  /// `mean(x) = sum(x) / length(x)` in `Float32`.
  static func mean(_ x: [Double]) -> Double {
    Double(Float(sum(x)) / Float(x.count))
  }

  /// Pullback of `mean`: `zero(x) .+ Δ ./ length(x)` in `Δ`'s precision `p`.
  static func meanPullback(_ delta: Double, count: Int, _ p: Precision) -> [Double] {
    [Double](repeating: p.rounded(0 + p.rounded(delta / Double(count))), count: count)
  }

  /// `a * b` with the products summed in `k` order, each step rounded.
  static func matmul(_ a: [Double], _ da: Dims, _ b: [Double], _ db: Dims) -> [Double] {
    let (m, k, n) = (da.rows, da.columns, db.columns)
    var out = [Double](repeating: 0, count: m * n)
    for j in 0..<n {
      for i in 0..<m {
        var s: Float = 0
        for p in 0..<k { s += Float(a[i + p * m]) * Float(b[p + j * k]) }
        out[i + j * m] = Double(s)
      }
    }
    return out
  }

  /// Pullback of `a * b` with `Δ` in `Float32` (a `Float64` `Δ` takes the `Float64` rule).
  static func matmulPullback(
    _ delta: [Double], _ a: [Double], _ da: Dims, _ b: [Double], _ db: Dims
  ) -> (a: [Double], b: [Double]) {
    let (m, k, n) = (da.rows, da.columns, db.columns)
    let gradA = matmul(
      delta, Dims(.matrix(rows: m, columns: n)), ArrayRules.transpose(b, db),
      Dims(.matrix(rows: n, columns: k)))
    let gradB = matmul(
      ArrayRules.transpose(a, da), Dims(.matrix(rows: k, columns: m)), delta,
      Dims(.matrix(rows: m, columns: n)))
    return (gradA, gradB)
  }
}

extension Tape {
  /// Tracker's `param(x)` of a `Float32` array: its elements rounded to `Float32`.
  public func param(_ x: Tensor, precision: Precision) -> TrackedArray {
    guard precision == .single else { return param(x) }
    let rounded = Tensor(shape: x.shape, scalars: x.scalars.map(precision.rounded))
    let p = param(rounded)
    leaves.info.base[leafIndex(p.operand)].single = true
    return p.with(precision: .single)
  }

  /// Tracker's `param(x)` of a `Float32` number.
  public func param(_ x: Double, precision: Precision) -> TrackedReal {
    guard precision == .single else { return param(x) }
    let p = param(precision.rounded(x))
    leaves.info.base[leafIndex(p.operand)].single = true
    return p.with(precision: .single)
  }

  /// The index of a leaf operand.
  func leafIndex(_ operand: Operand) -> Int {
    guard case .leaf(let k) = operand.kind else { preconditionFailure("not a leaf") }
    return k
  }

  /// A one-argument primitive on a `Float32` tracked scalar.
  public func single(_ op: UnaryOp, _ a: TrackedReal) -> TrackedReal {
    let (oa, x) = a.resolved()
    let value = Double(op.apply(single: Float(x)))
    return scalar(.unary(op), oa, .constant, x: x, y: 0, value: value).with(precision: .single)
  }

  /// A two-argument primitive on `Float32` scalars, one of them tracked.
  func single(_ op: BinaryOp, _ a: Broadcastable, _ b: Broadcastable) -> TrackedReal {
    let (oa, x) = broadcastOperand(a)
    let (ob, y) = broadcastOperand(b)
    let value = Double(op.apply(single: Float(x), Float(y)))
    return scalar(.binary(op), oa, ob, x: x, y: y, value: value).with(precision: .single)
  }
}

extension TrackedReal {
  /// The same handle, of the given precision; a `Float32` node is marked so.
  @usableFromInline func with(precision: Precision) -> TrackedReal {
    if precision == .single, case .node(let i) = operand.kind { tape.markSingle(i) }
    return TrackedReal(
      tape: tape, operand: operand, serial: serial, value: value, precision: precision)
  }
}

extension Tape {
  /// Marks node `i` as `Float32`. Its derivatives are then computed in single precision, which
  /// the reverse sweeps do not do: the node counts as irregular, so `back!` takes the walk.
  func markSingle(_ i: Int) {
    guard !nodes[i].single else { return }
    nodes[i].single = true
    irregular &+= 1
  }
}

extension TrackedArray {
  /// `x[index]` (0-based, in bounds), a tracked number of the array's element type.
  @inlinable public func typedElement(_ index: Int) -> TrackedReal {
    guard precision == .single else { return self[index] }
    return withTape { $0.elementNode(operand, serial, index, cached) }.with(precision: .single)
  }

  /// The same handle, of the given precision.
  func with(precision: Precision) -> TrackedArray {
    TrackedArray(
      tape: tape, operand: operand, serial: serial, shape: shape, cached: cached,
      precision: precision)
  }
}
