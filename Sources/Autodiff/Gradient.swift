/// A collection of parameters to differentiate with respect to (Flux's `Params`).
public struct Params {
  /// Array parameters.
  public var arrays: [TrackedArray]
  /// Scalar parameters.
  public var scalars: [TrackedReal]

  public init(_ arrays: [TrackedArray] = [], scalars: [TrackedReal] = []) {
    self.arrays = arrays
    self.scalars = scalars
  }
}

/// Gradients by parameter (Flux's `Grads`), computed without touching the parameters' `grad`.
public struct Grads {
  var byLeaf: [Int: [Double]]

  /// The gradient of an array parameter, `nil` if it is not one of the `Params`.
  public subscript(_ p: TrackedArray) -> Tensor? {
    guard case .leaf(let k) = p.operand.kind, let g = byLeaf[k] else { return nil }
    return Tensor(shape: p.shape, scalars: g)
  }

  /// The gradient of a scalar parameter, `nil` if it is not one of the `Params`.
  public subscript(_ p: TrackedReal) -> Double? {
    guard case .leaf(let k) = p.operand.kind, let g = byLeaf[k] else { return nil }
    return g[0]
  }
}

extension Tape {
  /// Flux's `Tracker.gradient(() -> loss, params)`: evaluates `loss`, back-propagates into a
  /// fresh ``Grads`` (every parameter starting from zeros), then drops the nodes `loss` recorded.
  /// Parameters' `grad` are left as they were.
  /// - Throws: ``AutodiffError/lossIsInfinite``, ``AutodiffError/lossIsNaN``, errors of `loss`.
  public func gradients(wrt params: Params, of loss: () throws -> TrackedReal) throws
    -> (value: Double, grads: Grads)
  {
    try withScope {
      let l = try loss()
      return (l.data, try gradients(of: l, wrt: params))
    }
  }

  /// The gradients of an already computed loss with respect to `params`, back-propagated from
  /// `seed` (Tracker's `back(Δ)` of `forward`); the graph stays usable (it is not consumed).
  public func gradients(of loss: TrackedReal, wrt params: Params, seed: Double = 1) throws
    -> Grads
  {
    let v = loss.data
    if v.isInfinite { throw AutodiffError.lossIsInfinite }
    if v.isNaN { throw AutodiffError.lossIsNaN }
    collected = [:]
    for p in params.arrays {
      if case .leaf(let k) = resolve(p.operand, p.serial).kind {
        collected[k] = [Double](repeating: 0, count: p.shape.count)
      }
    }
    for p in params.scalars {
      if case .leaf(let k) = resolve(p.operand, p.serial).kind { collected[k] = [0] }
    }
    let wanted = Set(collected.keys)
    try backPropagate(
      from: resolve(loss.operand, loss.serial), seed: loss.precision.rounded(seed),
      sink: .collected, precision: loss.precision)
    defer { collected = [:] }
    return Grads(byLeaf: collected.filter { wanted.contains($0.key) })
  }
}

/// The value of `f` at `x` and its derivative (Tracker's `gradient`, Zygote's
/// `withgradient`). A private tape is used and dropped: no state is left behind.
/// - Throws: ``AutodiffError/lossIsInfinite``, ``AutodiffError/lossIsNaN``, errors of `f`.
public func valueWithGradient(of f: (TrackedReal) throws -> TrackedReal, at x: Double) throws
  -> (value: Double, gradient: Double)
{
  let (value, gradient) = try valueWithGradient(of: { try f($0[0]) }, at: [x])
  return (value, gradient[0])
}

/// The derivative of `f` at `x`.
public func gradient(of f: (TrackedReal) throws -> TrackedReal, at x: Double) throws -> Double {
  try valueWithGradient(of: f, at: x).gradient
}

/// The partial derivatives of a two-argument `f` at `(x, y)`.
public func gradient(
  of f: (TrackedReal, TrackedReal) throws -> TrackedReal, at x: Double, _ y: Double
) throws -> (Double, Double) {
  let g = try valueWithGradient(of: { try f($0[0], $0[1]) }, at: [x, y]).gradient
  return (g[0], g[1])
}

/// The value of `f` at the scalars `xs` and its gradient with respect to each.
public func valueWithGradient(of f: ([TrackedReal]) throws -> TrackedReal, at xs: [Double])
  throws -> (value: Double, gradient: [Double])
{
  let tape = Tape()
  let params = xs.map { tape.param($0) }
  let l = try f(params)
  try l.back()
  return (l.data, params.map { $0.grad ?? 0 })
}

/// The value of `f` at the arrays `xs` and its gradient with respect to each.
public func valueWithGradient(of f: ([TrackedArray]) throws -> TrackedReal, at xs: [Tensor])
  throws -> (value: Double, gradient: [Tensor])
{
  let tape = Tape()
  let params = xs.map { tape.param($0) }
  let l = try f(params)
  try l.back()
  return (l.data, params.map { $0.grad ?? Tensor(zeros: $0.shape) })
}

/// The gradient of `f` at the array `x`.
public func gradient(of f: (TrackedArray) throws -> TrackedReal, at x: Tensor) throws -> Tensor {
  try valueWithGradient(of: { try f($0[0]) }, at: [x]).gradient[0]
}
