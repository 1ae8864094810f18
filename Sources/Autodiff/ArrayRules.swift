/// The array primitives, each forward kernel beside its pullback (Tracker's `@grad` rules in
/// `lib/array.jl`). Elements are column-major; a scalar operand has dimensions 1 × 1.
enum ArrayRules {
  /// Rows and columns of an operand; a scalar is 1 × 1.
  struct Dims: Equatable {
    var rows: Int
    var columns: Int
    init(_ shape: Shape?) {
      rows = shape?.rows ?? 1
      columns = shape?.columns ?? 1
    }
    var count: Int { rows * columns }
  }

  // MARK: Broadcasting

  /// The shape of `a .op b` by Julia's rules: equal dimensions or 1 broadcast; the result has
  /// the larger rank. `nil` for two scalars.
  static func broadcastShape(_ a: Shape?, _ b: Shape?) throws -> Shape? {
    guard let a else { return b }
    guard let b else { return a }
    func combine(_ m: Int, _ n: Int) throws -> Int {
      if m == n || n == 1 { return m }
      if m == 1 { return n }
      throw AutodiffError.dimensionMismatch(a, b)
    }
    let rows = try combine(a.rows, b.rows)
    let columns = try combine(a.columns, b.columns)
    switch (a, b) {
    case (.vector, .vector): return .vector(rows)
    case (.matrix, _), (_, .matrix): return .matrix(rows: rows, columns: columns)
    }
  }

  /// The linear index into an operand of dimensions `d` for result element (i, j).
  @inline(__always) static func index(_ d: Dims, _ i: Int, _ j: Int) -> Int {
    (d.rows == 1 ? 0 : i) + (d.columns == 1 ? 0 : j * d.rows)
  }

  /// Forward: `f.(a, b)` elementwise over the broadcast result.
  static func broadcast(
    _ op: BinaryOp, _ a: [Double], _ da: Dims, _ b: [Double], _ db: Dims, into result: Dims
  ) -> [Double] {
    var out = [Double](repeating: 0, count: result.count)
    for j in 0..<result.columns {
      for i in 0..<result.rows {
        out[i + j * result.rows] = op.apply(a[index(da, i, j)], b[index(db, i, j)])
      }
    }
    return out
  }

  /// Pullback of `f.(a, b)` for one operand: `Δ .* ∂f` over the result, then summed down to the
  /// operand's dimensions (Tracker's `unbroadcast`). For `Float32` operands (`single`) each
  /// derivative is taken in `Float32` (Tracker's dual numbers carry the operands' type); the
  /// products and sums are in `p`, the precision of `Δ`.
  static func broadcastPullback(
    _ op: BinaryOp, wrtFirst: Bool, _ delta: [Double], _ a: [Double], _ da: Dims,
    _ b: [Double], _ db: Dims, result: Dims, operand: Dims, operandIsScalar: Bool,
    single: Bool = false, _ p: Precision = .double
  ) -> [Double] {
    var full = [Double](repeating: 0, count: result.count)
    for j in 0..<result.columns {
      for i in 0..<result.rows {
        let x = a[index(da, i, j)]
        let y = b[index(db, i, j)]
        let k = i + j * result.rows
        let derivative: Double
        if single {
          let (dx, dy) = op.derivatives(single: Float(x), Float(y))
          derivative = Double(wrtFirst ? dx : dy)
        } else {
          derivative = wrtFirst ? op.derivativeA(x, y) : op.derivativeB(x, y)
        }
        full[k] = p.rounded(delta[k] * derivative)
      }
    }
    return unbroadcast(full, result, to: operand, isScalar: operandIsScalar, p)
  }

  /// Tracker's `unbroadcast`: the same size passes through; a scalar gets Julia's `sum`; other
  /// operands get `sum(Δ, dims)` over their dimensions of length 1 (accumulated from 0, in
  /// index order, as Julia's `sum(…; dims)`), each addition in `p`.
  static func unbroadcast(
    _ full: [Double], _ result: Dims, to operand: Dims, isScalar: Bool,
    _ p: Precision = .double
  ) -> [Double] {
    if isScalar { return [p == .double ? JuliaMath.sum(full) : SingleRules.sum(full, p)] }
    if operand.count == result.count { return full }
    var out = [Double](repeating: 0, count: operand.count)
    for j in 0..<result.columns {
      for i in 0..<result.rows {
        let k = index(operand, i, j)
        out[k] = p.rounded(out[k] + full[i + j * result.rows])
      }
    }
    return out
  }

  /// Forward `f.(x)`, and beside it the pullback `Δ .* f′.(x)`.
  static func map(_ op: UnaryOp, _ x: [Double]) -> [Double] { x.map(op.apply) }

  static func mapPullback(_ op: UnaryOp, _ delta: [Double], _ x: [Double], _ y: [Double])
    -> [Double]
  {
    var out = delta
    for k in out.indices { out[k] = delta[k] * op.derivative(x[k], value: y[k]) }
    return out
  }

  // MARK: Reductions

  /// Forward `sum(x)` (Julia's order); pullback `zero(x) .+ Δ`.
  static func sum(_ x: [Double]) -> Double { JuliaMath.sum(x) }

  static func sumPullback(_ delta: Double, count: Int) -> [Double] {
    [Double](repeating: 0 + delta, count: count)
  }

  /// Forward `mean(x) = sum(x) / length(x)`; pullback `zero(x) .+ Δ ./ length(x)`.
  static func mean(_ x: [Double]) -> Double { JuliaMath.sum(x) / Double(x.count) }

  static func meanPullback(_ delta: Double, count: Int) -> [Double] {
    [Double](repeating: 0 + delta / Double(count), count: count)
  }

  // MARK: Linear algebra

  /// Forward `a * b` for an m × k matrix and a k × n matrix (or k-vector), products summed in
  /// `k` order; pullback `(Δ * transpose(b), transpose(a) * Δ)`.
  static func matmul(_ a: [Double], _ da: Dims, _ b: [Double], _ db: Dims) -> [Double] {
    let (m, k, n) = (da.rows, da.columns, db.columns)
    var out = [Double](repeating: 0, count: m * n)
    for j in 0..<n {
      for i in 0..<m {
        var s = 0.0
        for p in 0..<k { s += a[i + p * m] * b[p + j * k] }
        out[i + j * m] = s
      }
    }
    return out
  }

  static func matmulPullback(
    _ delta: [Double], _ a: [Double], _ da: Dims, _ b: [Double], _ db: Dims
  ) -> (a: [Double], b: [Double]) {
    let (m, k, n) = (da.rows, da.columns, db.columns)
    let bT = transpose(b, db)
    let aT = transpose(a, da)
    let gradA = matmul(
      delta, Dims(.matrix(rows: m, columns: n)), bT, Dims(.matrix(rows: n, columns: k)))
    let gradB = matmul(
      aT, Dims(.matrix(rows: k, columns: m)), delta, Dims(.matrix(rows: m, columns: n)))
    return (gradA, gradB)
  }

  /// Forward `transpose(x)`; the pullback is the transpose of `Δ` (reshaped to the operand).
  static func transpose(_ x: [Double], _ d: Dims) -> [Double] {
    var out = [Double](repeating: 0, count: d.count)
    for j in 0..<d.columns {
      for i in 0..<d.rows { out[j + i * d.columns] = x[i + j * d.rows] }
    }
    return out
  }

  /// The shape of `transpose(x)`: a vector becomes a 1 × n matrix.
  static func transposedShape(_ shape: Shape) -> Shape {
    .matrix(rows: shape.columns, columns: shape.rows)
  }

  /// Pullback of `x[k]`: `Δ′ = zero(x); Δ′[k] = Δ`.
  static func elementPullback(_ delta: Double, at k: Int, count: Int) -> [Double] {
    var out = [Double](repeating: 0, count: count)
    out[k] = delta
    return out
  }
}
