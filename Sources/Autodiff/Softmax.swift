#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension ArrayRules {
  /// NNlib 0.6's `softmax!` (`src/softmax.jl`), column by column, in the precision `p` of
  /// the elements: the column's maximum, found from its last element up through the others in
  /// order; `exp(x - max)` of each element; their sum from zero in order; each divided by the
  /// sum.
  static func softmax(_ x: [Double], _ d: Dims, _ p: Precision = .double) -> [Double] {
    var out = [Double](repeating: 0, count: d.count)
    let rows = d.rows
    guard rows > 0 else { return out }
    for j in 0..<d.columns {
      let base = j * rows
      var peak = x[base + rows - 1]
      for i in 0..<(rows - 1) { peak = JuliaMath.max(peak, x[base + i]) }
      for i in 0..<rows { out[base + i] = p.exp(p.rounded(x[base + i] - peak)) }
      var s = 0.0
      for i in 0..<rows { s = p.rounded(s + out[base + i]) }
      for i in 0..<rows { out[base + i] = p.rounded(out[base + i] / s) }
    }
    return out
  }

  /// NNlib 0.6's `∇softmax(Δ, xs)` as Tracker 0.2 calls it: `sf = softmax(xs)` (in the
  /// precision `x` of `xs`), then `sf .* (Δ .- sum(Δ .* sf, dims = 1))`, the column sums taken
  /// in order from zero, in the precision `p` of `Δ`.
  static func softmaxPullback(
    _ delta: [Double], _ xs: [Double], _ d: Dims, _ x: Precision = .double,
    _ p: Precision = .double
  ) -> [Double] {
    let sf = softmax(xs, d, x)
    var out = [Double](repeating: 0, count: d.count)
    let rows = d.rows
    for j in 0..<d.columns {
      let base = j * rows
      var s = 0.0
      for i in 0..<rows { s = p.rounded(s + p.rounded(delta[base + i] * sf[base + i])) }
      for i in 0..<rows {
        out[base + i] = p.rounded(sf[base + i] * p.rounded(delta[base + i] - s))
      }
    }
    return out
  }
}

extension ArrayRules {
  /// NNlib 0.6's `logsoftmax!`, column by column, in the precision `p` of the elements: the
  /// maximum from the first element through all of them; `s`, the sum from zero of
  /// `exp(x - max)`; then `x - log(s) - max`.
  static func logsoftmax(_ x: [Double], _ d: Dims, _ p: Precision = .double) -> [Double] {
    var out = [Double](repeating: 0, count: d.count)
    let rows = d.rows
    guard rows > 0 else { return out }
    for j in 0..<d.columns {
      let base = j * rows
      var peak = x[base]
      for i in 0..<rows { peak = JuliaMath.max(peak, x[base + i]) }
      var s = 0.0
      for i in 0..<rows { s = p.rounded(s + p.exp(p.rounded(x[base + i] - peak))) }
      let logS = p.log(s)
      for i in 0..<rows { out[base + i] = p.rounded(p.rounded(x[base + i] - logS) - peak) }
    }
    return out
  }

  /// NNlib 0.6's `∇logsoftmax(Δ, xs) = ∇softmax(Δ ./ max.(eps(eltype(xs)), softmax(xs)), xs)`,
  /// `xs` in the precision `x`, `Δ` in `p`.
  static func logsoftmaxPullback(
    _ delta: [Double], _ xs: [Double], _ d: Dims, _ x: Precision = .double,
    _ p: Precision = .double
  ) -> [Double] {
    let sf = softmax(xs, d, x)
    let scaled = zip(delta, sf).map { p.rounded($0 / JuliaMath.max(x.epsilon, $1)) }
    return softmaxPullback(scaled, xs, d, x, p)
  }
}

/// NNlib's `logsoftmax(x)` of a tracked vector or matrix, with Tracker's `∇logsoftmax`.
public func logsoftmax(_ x: TrackedArray) -> TrackedArray {
  let operand = x.tape.resolve(x.operand, x.serial)
  let data = ArrayRules.logsoftmax(x.elements, .init(x.shape), x.precision)
  return x.tape.array(
    .logsoftmax, operand, .constant, x: 0, y: 0, shape: x.shape, data: data,
    precision: x.precision)
}

/// NNlib's `logsoftmax` of plain values: a `rows` × `columns` array in column-major order.
public func logsoftmax(
  _ values: [Double], rows: Int, columns: Int, precision: Precision = .double
) -> [Double] {
  ArrayRules.logsoftmax(
    values, ArrayRules.Dims(.matrix(rows: rows, columns: columns)), precision)
}

/// NNlib's `softmax(x)` of a tracked vector or matrix (each column of a matrix apart), with
/// Tracker's gradient `∇softmax`.
public func softmax(_ x: TrackedArray) -> TrackedArray {
  let operand = x.tape.resolve(x.operand, x.serial)
  let data = ArrayRules.softmax(x.elements, .init(x.shape), x.precision)
  return x.tape.array(
    .softmax, operand, .constant, x: 0, y: 0, shape: x.shape, data: data,
    precision: x.precision)
}

/// NNlib's `softmax` of plain values: a `rows` × `columns` array in column-major order.
public func softmax(_ values: [Double], rows: Int, columns: Int, precision: Precision = .double)
  -> [Double]
{
  ArrayRules.softmax(values, ArrayRules.Dims(.matrix(rows: rows, columns: columns)), precision)
}
