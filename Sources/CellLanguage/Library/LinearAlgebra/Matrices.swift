import SourcePositions

/// `tr`, `diag`, `cross` and `kron` (Julia 1.0's stdlib/LinearAlgebra/src/dense.jl,
/// generic.jl).
extension Interpreter {
  /// The elements and dims of a plain array argument.
  private func plainArray(_ value: Value, _ name: String, _ span: SourceSpan) throws -> ArrayBox {
    guard case .array(let box) = value, box.wrapper == nil else {
      throw fail(
        .unsupported, "\(name) of \(value.type.name) is not supported by sitegen's Julia", span)
    }
    try charge(box.count, span)
    return box
  }

  /// `tr(A)`: `zero(T)` plus each diagonal entry in order, of a square matrix.
  func trace(_ value: Value, _ span: SourceSpan) throws -> Value {
    let box = try plainArray(value, "tr", span)
    guard box.rows == box.columns else {
      throw fail(
        .dimensionMismatch,
        "DimensionMismatch(\"matrix is not square: dimensions are (\(box.rows), \(box.columns))\")",
        span)
    }
    var total: Value = box.elementType == .float64 ? .float(0) : .int(0)
    for k in 0..<box.rows { total = try binary(.add, total, box[k * box.rows + k], span) }
    return total
  }

  /// `diag(A)`: the diagonal as a vector.
  func diagonal(_ value: Value, _ span: SourceSpan) throws -> Value {
    let box = try plainArray(value, "diag", span)
    let n = Swift.min(box.rows, box.columns)
    let values = (0..<n).map { box[$0 * box.rows + $0] }
    return .array(try makeArray(values, elementType: box.elementType, span))
  }

  /// `cross(a, b)` of two 3-vectors.
  func cross(_ a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    let x = try plainArray(a, "cross", span)
    let y = try plainArray(b, "cross", span)
    guard x.count == 3, y.count == 3 else {
      throw fail(
        .dimensionMismatch,
        "DimensionMismatch(\"cross product is only defined for vectors of length 3\")",
        span)
    }
    func term(_ i: Int, _ j: Int, _ k: Int, _ l: Int) throws -> Value {
      try binary(
        .subtract, try binary(.multiply, x[i], y[j], span), try binary(.multiply, x[k], y[l], span),
        span)
    }
    let values = [try term(1, 2, 2, 1), try term(2, 0, 0, 2), try term(0, 1, 1, 0)]
    return .array(try makeArray(values, span))
  }

  /// `kron(A, B)`: every `A[i, j] * B`, in blocks.
  func kron(_ a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    let x = try plainArray(a, "kron", span)
    let y = try plainArray(b, "kron", span)
    guard x.dims.count <= 2, y.dims.count <= 2 else { throw noMethod("kron", [a, b], span) }
    let (ra, ca, rb, cb) = (x.rows, x.columns, y.rows, y.columns)
    let count = try elementCount([ra, ca, rb, cb], span)
    try allocate(count, span)
    let rows = ra * rb
    var values = [Value](repeating: .int(0), count: count)
    for j in 0..<ca {
      for i in 0..<ra {
        for l in 0..<cb {
          for k in 0..<rb {
            values[(j * cb + l) * rows + i * rb + k] = try binary(
              .multiply, x[j * ra + i], y[l * rb + k], span)
          }
        }
      }
    }
    let vector = x.dims.count == 1 && y.dims.count == 1
    return .array(
      ArrayBox(
        values, elementType: Self.elementType(of: values), dims: vector ? [rows] : [rows, ca * cb]))
  }
}
