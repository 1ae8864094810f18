import SourcePositions

/// `A \ b`: the solution `x` of `A * x = b` for a square `Float64` matrix `A`, as Julia's
/// `\` computes it for dense matrices: a triangular `A` by substitution, any other by LU
/// factorization with partial pivoting (LAPACK's `getrf`/`getrs` algorithm: the pivot is the
/// first entry of largest magnitude in its column). Results agree with Julia's to rounding;
/// Julia's LAPACK blocks and reorders the same arithmetic, so the last bit may differ.
extension Interpreter {
  func leftDivide(_ a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    guard case .array(let matrix) = a, matrix.dims.count == 2,
      let entries = Self.realElements(of: matrix)
    else {
      if Self.isScalar(a) { return try broadcastBinary(.divide, b, a, span) }
      throw fail(
        .method, "MethodError: no method matching \\(::\(a.type.name), ::\(b.type.name))", span)
    }
    let n = matrix.dims[0]
    guard matrix.dims[1] == n else {
      // Julia solves a non-square system by QR (least squares), which sitegen does not do.
      throw fail(
        .unsupported,
        "A \\ b of a non-square matrix (\(n)×\(matrix.dims[1]), least squares by QR) is not supported by sitegen's Julia",
        span)
    }
    guard case .array(let right) = b, right.dims.count <= 2, let rhs = Self.realElements(of: right)
    else {
      throw fail(
        .method, "MethodError: no method matching \\(::\(a.type.name), ::\(b.type.name))", span)
    }
    guard right.dims[0] == n else {
      throw fail(
        .dimensionMismatch,
        "DimensionMismatch(\"matrix has \(n) rows, but right hand side has \(right.dims[0]) rows\")",
        span)
    }
    let columns = right.dims.count == 2 ? right.dims[1] : 1
    // The factorization's ~n³ operations and the substitutions' n² per column, charged
    // before any is done.
    try charge(Self.work(n, n, n + columns), span)
    try allocate(rhs.count, span)
    try tick(span)
    var solver = DenseSolver(n: n, entries: entries)
    if let singular = solver.factorize() {
      throw fail(.error, "SingularException(\(singular))", span)
    }
    var solution: [Double] = []
    solution.reserveCapacity(rhs.count)
    for column in 0..<columns {
      solution += solver.solve(Array(rhs[(column * n)..<((column + 1) * n)]))
    }
    return .array(
      ArrayBox(solution.map { .float($0) }, elementType: .float64, dims: right.dims))
  }

  /// The elements of a real array as `Double`s (column-major); `nil` for any other array,
  /// tracked scalars included (a solve here records nothing on the tape).
  private static func realElements(of box: ArrayBox) -> [Double]? {
    box.elementType == .trackedReal ? nil : box.doubles
  }
}

/// A square system's factorization: triangular as given, or `P A = L U`.
struct DenseSolver {
  let n: Int
  /// Column-major; after `factorize`, `L` (unit diagonal, below) and `U` (on and above).
  var entries: [Double]
  /// Row `k` was swapped with row `pivots[k]` at step `k`.
  var pivots: [Int] = []
  private var shape = Shape.general

  enum Shape { case general, upper, lower }

  init(n: Int, entries: [Double]) {
    self.n = n
    self.entries = entries
  }

  /// Factorizes in place.
  /// - Returns: the 1-based index of a zero pivot (a singular matrix), or nil.
  mutating func factorize() -> Int? {
    if isTriangular(upper: true) {
      shape = .upper
    } else if isTriangular(upper: false) {
      shape = .lower
    } else {
      shape = .general
      luDecompose()
    }
    for k in 0..<n where entries[k * n + k] == 0 { return k + 1 }
    return nil
  }

  private func isTriangular(upper: Bool) -> Bool {
    for column in 0..<n {
      for row in 0..<n where (upper ? row > column : row < column) {
        if entries[column * n + row] != 0 { return false }
      }
    }
    return true
  }

  /// Gaussian elimination with partial pivoting, column by column (LAPACK's `getf2`).
  private mutating func luDecompose() {
    pivots = Array(0..<n)
    for k in 0..<n {
      var pivot = k
      var largest = Swift.abs(entries[k * n + k])
      for row in (k + 1)..<max(n, k + 1) where Swift.abs(entries[k * n + row]) > largest {
        largest = Swift.abs(entries[k * n + row])
        pivot = row
      }
      pivots[k] = pivot
      if pivot != k {
        for column in 0..<n { entries.swapAt(column * n + k, column * n + pivot) }
      }
      let diagonal = entries[k * n + k]
      guard diagonal != 0 else { continue }
      let reciprocal = 1 / diagonal
      for row in (k + 1)..<max(n, k + 1) { entries[k * n + row] *= reciprocal }
      for column in (k + 1)..<max(n, k + 1) {
        let factor = entries[column * n + k]
        if factor == 0 { continue }
        for row in (k + 1)..<n { entries[column * n + row] -= entries[k * n + row] * factor }
      }
    }
  }

  /// The solution for one right-hand side.
  func solve(_ rhs: [Double]) -> [Double] {
    var x = rhs
    switch shape {
    case .lower:
      forward(&x, unitDiagonal: false)
    case .upper:
      backward(&x)
    case .general:
      for k in 0..<n where pivots[k] != k { x.swapAt(k, pivots[k]) }
      forward(&x, unitDiagonal: true)
      backward(&x)
    }
    return x
  }

  /// Forward substitution with the lower triangle, column by column (`trsv`, "L", "N").
  private func forward(_ x: inout [Double], unitDiagonal: Bool) {
    for column in 0..<n {
      if !unitDiagonal { x[column] /= entries[column * n + column] }
      let value = x[column]
      if value == 0 { continue }
      for row in (column + 1)..<max(n, column + 1) { x[row] -= value * entries[column * n + row] }
    }
  }

  /// Back substitution with the upper triangle, column by column (`trsv`, "U", "N").
  private func backward(_ x: inout [Double]) {
    for column in stride(from: n - 1, through: 0, by: -1) {
      x[column] /= entries[column * n + column]
      let value = x[column]
      if value == 0 { continue }
      for row in 0..<column { x[row] -= value * entries[column * n + row] }
    }
  }
}
