import SourcePositions

/// `det(A)` and `inv(A)` of a square real matrix, as Julia 1.0's LinearAlgebra computes them
/// (stdlib/LinearAlgebra/src/generic.jl, dense.jl, lu.jl): a triangular matrix directly, any
/// other through `lu(A)`, LAPACK's `getrf` with partial pivoting.
///
/// The operation order is reference LAPACK's unblocked one (`dgetf2`: for each column, the
/// first entry of largest magnitude is the pivot, the column below it is scaled by the
/// pivot's reciprocal, then the trailing matrix is updated column by column; `dgetri`:
/// `dtrti2` inverts U column by column, then `inv(A) * L = inv(U)` is solved from the last
/// column back with `dgemv`'s column order, and the columns are swapped back). Julia calls
/// OpenBLAS, whose kernels may group the same sums differently: results agree with Julia's
/// to rounding, and are identical whenever the arithmetic is exact (small integer matrices
/// whose pivots divide evenly).
extension Interpreter {
  /// The entries of a square real matrix argument (column-major) and its order.
  func squareMatrix(_ value: Value, _ name: String, _ span: SourceSpan) throws -> (Int, [Double]) {
    guard case .array(let box) = value, box.dims.count == 2, box.elementType != .trackedReal,
      let entries = box.doubles
    else {
      throw fail(.method, "MethodError: no method matching \(name)(::\(value.type.name))", span)
    }
    guard box.dims[0] == box.dims[1] else {
      throw fail(
        .dimensionMismatch,
        "DimensionMismatch(\"matrix is not square: dimensions are (\(box.dims[0]), \(box.dims[1]))\")",
        span)
    }
    let n = box.dims[0]
    try charge(Self.work(n, n, n), span)
    return (n, entries)
  }

  /// `det(A)`: `prod(diag(A))` of a triangular matrix, else the product of `lu(A)`'s
  /// diagonal in order, negated for an odd number of row swaps; 0.0 for a singular one.
  func determinant(_ value: Value, _ span: SourceSpan) throws -> Value {
    let (n, entries) = try squareMatrix(value, "det", span)
    if n == 0 { return .float(1) }
    var solver = DenseSolver(n: n, entries: entries)
    let singular = solver.factorize()
    let diagonal = (0..<n).map { solver.entries[$0 * n + $0] }
    if solver.pivots.isEmpty {
      // Triangular: `prod(diag(A))` (sequential below 16 elements, pairwise above).
      return .float(Self.product(diagonal))
    }
    if singular != nil { return .float(0) }
    var product = 1.0
    var swaps = 0
    for k in 0..<n {
      product *= diagonal[k]
      if solver.pivots[k] != k { swaps += 1 }
    }
    return .float(product * (swaps % 2 == 1 ? -1 : 1))
  }

  /// `prod` of a `Float64` vector in Julia's order.
  static func product(_ values: [Double]) -> Double {
    func pairwise(_ first: Int, _ last: Int) -> Double {
      if first == last { return values[first] }
      if first + 1024 > last {
        var total = values[first] * values[first + 1]
        for k in stride(from: first + 2, through: last, by: 1) { total *= values[k] }
        return total
      }
      let middle = (first + last) >> 1
      return pairwise(first, middle) * pairwise(middle + 1, last)
    }
    return values.isEmpty ? 1 : pairwise(0, values.count - 1)
  }

  /// `inv(A)` of a square real matrix: `SingularException(k)` for a zero pivot.
  func inverse(_ value: Value, _ span: SourceSpan) throws -> Value {
    let (n, entries) = try squareMatrix(value, "inv", span)
    try allocate(n * n, span)
    var solver = DenseSolver(n: n, entries: entries)
    if let singular = solver.factorize() {
      throw fail(.error, "SingularException(\(singular))", span)
    }
    return .array(
      ArrayBox(doubles: solver.inverse(), dims: [n, n]))
  }
}

extension DenseSolver {
  /// The inverse from the factorization: a triangular matrix inverted as it is (`dtrti2`),
  /// a general one by `dgetri`'s unblocked steps.
  func inverse() -> [Double] {
    var a = entries
    let isLower =
      pivots.isEmpty
      && (0..<n).contains { column in
        (column + 1..<n).contains { entries[column * n + $0] != 0 }
      }
    if isLower {
      DenseSolver.invertLower(&a, n)
      return a
    }
    DenseSolver.invertUpper(&a, n)
    if pivots.isEmpty { return a }
    var work = [Double](repeating: 0, count: n)
    for j in stride(from: n - 1, through: 0, by: -1) {
      for i in (j + 1)..<max(n, j + 1) {
        work[i] = a[j * n + i]
        a[j * n + i] = 0
      }
      // `dgemv('N')`: column j -= A[:, j+1:n] * work[j+1:n], one column at a time.
      for column in (j + 1)..<max(n, j + 1) where work[column] != 0 {
        let temp = -work[column]
        for i in 0..<n { a[j * n + i] += temp * a[column * n + i] }
      }
    }
    for j in stride(from: n - 2, through: 0, by: -1) where pivots[j] != j {
      let p = pivots[j]
      for i in 0..<n { a.swapAt(j * n + i, p * n + i) }
    }
    return a
  }

  /// `dtrti2('U', 'N')`: the upper triangle inverted in place, column by column; the strict
  /// lower triangle is left as it is.
  static func invertUpper(_ a: inout [Double], _ n: Int) {
    for j in 0..<n {
      a[j * n + j] = 1 / a[j * n + j]
      let ajj = -a[j * n + j]
      // `dtrmv('U', 'N', 'N')` on the column above the diagonal.
      for jj in 0..<j where a[j * n + jj] != 0 {
        let temp = a[j * n + jj]
        for i in 0..<jj { a[j * n + i] += temp * a[jj * n + i] }
        a[j * n + jj] *= a[jj * n + jj]
      }
      for i in 0..<j { a[j * n + i] *= ajj }
    }
  }

  /// `dtrti2('L', 'N')`: the lower triangle inverted in place, from the last column back.
  static func invertLower(_ a: inout [Double], _ n: Int) {
    for j in stride(from: n - 1, through: 0, by: -1) {
      a[j * n + j] = 1 / a[j * n + j]
      let ajj = -a[j * n + j]
      if j < n - 1 {
        // `dtrmv('L', 'N', 'N')` on the column below the diagonal.
        for jj in stride(from: n - 1, through: j + 1, by: -1) where a[j * n + jj] != 0 {
          let temp = a[j * n + jj]
          for i in stride(from: n - 1, through: jj + 1, by: -1) {
            a[j * n + i] += temp * a[jj * n + i]
          }
          a[j * n + jj] *= a[jj * n + jj]
        }
        for i in (j + 1)..<n { a[j * n + i] *= ajj }
      }
    }
  }
}
