import SourcePositions

extension LibraryModule {
  /// `diagm(k => v, …)` and `rank(A)` (Julia 1.0's stdlib/LinearAlgebra/src/dense.jl,
  /// generic.jl).
  static var diagmRankFunctions: [LibraryFunction] {
    [
      LibraryFunction(
        "diagm",
        [
          LibraryMethod([.unionAll("Pair")], vararg: .unionAll("Pair")) { call in
            try call.session.diagm(call.args, call.span)
          }
        ]),
      LibraryFunction(
        "rank",
        [
          LibraryMethod([.abstractArray(nil, 2)]) { call in
            try call.session.rank(call.args[0], call.span)
          }
        ]),
    ]
  }
}

extension Interpreter {
  /// `diagm(kv::Pair{<:Integer,<:AbstractVector}...)`: a square matrix of zeros of the promoted
  /// element type, `n = max(length(v) + abs(k))`, with each `v` added along diagonal `k`.
  func diagm(_ pairs: [Value], _ span: SourceSpan) throws -> Value {
    var diagonals: [(Int, ArrayBox)] = []
    for pair in pairs {
      guard case .object(let p as PairObject) = pair, case .int(let k) = p.first,
        case .array(let box) = p.second, box.wrapper == nil, box.dims.count == 1
      else {
        throw fail(
          .unsupported, "diagm of \(pair.type.name) is not supported by sitegen's Julia", span)
      }
      diagonals.append((k, box))
    }
    let elementType = diagonals.dropFirst().reduce(diagonals[0].1.elementType) {
      JuliaType.promote($0, $1.1.elementType)
    }
    guard elementType == .int64 || elementType == .float64 else {
      throw fail(
        .unsupported,
        "diagm of \(elementType.name) vectors is not supported by sitegen's Julia", span)
    }
    let n = diagonals.map { $0.1.count + abs($0.0) }.max() ?? 0
    let count = try elementCount([n, n], span)
    try allocate(count, span)
    let zero: Value = elementType == .float64 ? .float(0) : .int(0)
    var values = [Value](repeating: zero, count: count)
    for (k, box) in diagonals {
      // `diagind(A, k)`: row 1 - k, column 1 below the diagonal; row 1, column k + 1 above.
      let (row, column) = k >= 0 ? (0, k) : (-k, 0)
      for i in 0..<box.count {
        let index = (column + i) * n + row + i
        values[index] = try convertElement(
          try binary(.add, values[index], box[i], span), to: elementType, span)
      }
    }
    return .array(ArrayBox(values, elementType: elementType, dims: [n, n]))
  }

  /// `rank(A)`: Julia counts the singular values above `min(m, n) * eps * σ₁`; sitegen has no
  /// SVD, so it computes the exact rank of an integer matrix (fraction-free elimination), which
  /// is that count for all but nearly singular matrices, and refuses floating-point ones.
  func rank(_ value: Value, _ span: SourceSpan) throws -> Value {
    guard case .array(let box) = value, box.wrapper == nil,
      box.elementType == .int64 || box.elementType == .bool
    else {
      throw fail(
        .unsupported,
        "rank of \(value.type.name) (singular values) is not supported by sitegen's Julia", span)
    }
    try charge(box.count * Swift.max(box.rows, box.columns), span)
    let (m, n) = (box.rows, box.columns)
    var a: [[Int]] = (0..<m).map { i in
      (0..<n).map { j in
        switch box[j * m + i] {
        case .int(let x): x
        case .bool(let b): b ? 1 : 0
        default: 0
        }
      }
    }
    let overflow = fail(
      .unsupported,
      "rank of a matrix with entries this large is not supported by sitegen's Julia", span)
    var rank = 0
    var previous = 1
    for column in 0..<n where rank < m {
      guard let pivot = (rank..<m).first(where: { a[$0][column] != 0 }) else { continue }
      a.swapAt(rank, pivot)
      // Bareiss: every entry stays an integer (each division below is exact).
      for i in (rank + 1)..<m {
        for j in (column + 1)..<n {
          let (p, o1) = a[rank][column].multipliedReportingOverflow(by: a[i][j])
          let (q, o2) = a[i][column].multipliedReportingOverflow(by: a[rank][j])
          let (d, o3) = p.subtractingReportingOverflow(q)
          guard !o1, !o2, !o3 else { throw overflow }
          a[i][j] = d / previous
        }
        a[i][column] = 0
      }
      previous = a[rank][column]
      rank += 1
    }
    return .int(rank)
  }
}
