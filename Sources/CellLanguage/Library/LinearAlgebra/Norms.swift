import Autodiff
import SourcePositions

/// `norm(x)`, `norm(x, 1)`, `norm(x, Inf)` of an array of reals (Julia 1.0's
/// stdlib/LinearAlgebra/src/generic.jl). `norm` of a matrix is the norm of its elements
/// (Frobenius), as in Julia 1.0.
extension Interpreter {
  /// `norm(x, p)`: `generic_norm2`, `generic_norm1` and `generic_normInf`. Julia hands a
  /// `Float64` array of 32 elements or more to BLAS (`nrm2`, `asum`), whose kernels group the
  /// sums their own way; sitegen refuses those rather than answer with other last bits.
  func norm(_ x: Value, _ p: Double, _ span: SourceSpan) throws -> Value {
    guard let (values, _) = try arrayContents(x, span), !x.isTrackedArray else {
      if let v = x.doubleValue, !x.isTrackedReal { return .float(Swift.abs(v)) }
      throw fail(.method, "MethodError: no method matching norm(::\(x.type.name))", span)
    }
    try charge(values.count, span)
    var magnitudes: [Double] = []
    magnitudes.reserveCapacity(values.count)
    for value in values {
      guard let v = value.doubleValue, !value.isTrackedReal else {
        throw fail(
          .unsupported,
          "norm of \(value.type.name) elements is not supported by sitegen's Julia", span)
      }
      magnitudes.append(Swift.abs(v))
    }
    if magnitudes.isEmpty { return .float(0) }
    let isFloatArray: Bool
    if case .array(let box) = x {
      isFloatArray = box.elementType == .float64
    } else {
      isFloatArray = false
    }
    if isFloatArray, values.count >= 32, p == 1 || p == 2 {
      throw fail(
        .unsupported,
        "norm(x\(p == 1 ? ", 1" : "")) of 32 or more Float64 elements (Julia's BLAS kernel) is not supported by sitegen's Julia",
        span)
    }
    // `generic_normInf`: `float(mapfoldl(norm, max, x))`.
    var maxabs = magnitudes[0]
    for m in magnitudes.dropFirst() { maxabs = JuliaMath.max(maxabs, m) }
    switch p {
    case .infinity:
      return .float(maxabs)
    case 1:
      var total = magnitudes[0]
      for m in magnitudes.dropFirst() { total += m }
      return .float(total)
    case 2:
      if maxabs == 0 || maxabs.isInfinite { return .float(maxabs) }
      let n = Double(magnitudes.count)
      if (n * maxabs * maxabs).isFinite, maxabs * maxabs != 0 {
        // No scaling needed: the squares added in order from the first.
        var total = magnitudes[0] * magnitudes[0]
        for m in magnitudes.dropFirst() { total += m * m }
        return .float(total.squareRoot())
      }
      var total = (magnitudes[0] / maxabs) * (magnitudes[0] / maxabs)
      for m in magnitudes.dropFirst() { total += (m / maxabs) * (m / maxabs) }
      return .float(maxabs * total.squareRoot())
    default:
      throw fail(
        .unsupported, "norm(x, p) for p = \(show(.float(p))) is not supported by sitegen's Julia",
        span)
    }
  }
}
