import Autodiff
import SourcePositions

/// Julia's broadcasting (`f.(x)`, `.+`, …) and the array forms of `+ - * /`.
extension Interpreter {
  /// The dims an operand has in a broadcast, nil for a scalar.
  func broadcastDims(_ value: Value) -> [Int]? {
    switch value {
    case .array(let box): box.dims
    case .range(let range): [range.count]
    case .trackedArray(let box): box.dims
    default: nil
    }
  }

  /// The elements of a broadcast operand, column-major.
  func broadcastElements(_ value: Value) -> [Value] {
    switch value {
    case .array(let box): box.values
    case .range(let range): (0..<range.count).map { range.element($0) }
    case .trackedArray(let box):
      (0..<box.value.shape.count).map { .trackedReal(box.value.typedElement($0)) }
    default: [value]
    }
  }

  /// `f.(args…)` with Julia's shape rules: scalars and dimensions of length 1 extend.
  func broadcast(_ args: [Value], _ span: SourceSpan, _ f: ([Value]) throws -> Value) throws
    -> Value
  {
    let shapes = args.map { broadcastDims($0) }
    if shapes.allSatisfy({ $0 == nil }) { return try f(args) }
    let rank = shapes.map { $0?.count ?? 0 }.max() ?? 1
    var dims = [Int](repeating: 1, count: rank)
    for shape in shapes {
      guard let shape else { continue }
      for (d, size) in shape.enumerated() {
        if size == dims[d] || size == 1 { continue }
        guard dims[d] == 1 else {
          throw fail(
            .dimensionMismatch,
            "DimensionMismatch(\"arrays could not be broadcast to a common size\")",
            span)
        }
        dims[d] = size
      }
    }
    let count = try elementCount(dims, span)
    try allocate(count, span)
    let elements = args.map { broadcastElements($0) }
    var results: [Value] = []
    results.reserveCapacity(count)
    var arguments = [Value](repeating: .nothing, count: args.count)
    let rows = dims[0]
    for k in 0..<count {
      try tick(span)
      let i = rank > 1 ? k % rows : k
      let j = rank > 1 ? k / rows : 0
      for (a, shape) in shapes.enumerated() {
        guard let shape else {
          arguments[a] = args[a]
          continue
        }
        let r = shape[0] == 1 ? 0 : i
        let c = shape.count > 1 ? (shape[1] == 1 ? 0 : j) : 0
        arguments[a] = elements[a][r + c * shape[0]]
      }
      results.append(try f(arguments))
    }
    let type = Self.elementType(of: results)
    let array = ArrayBox(Self.converted(results, to: type), elementType: type, dims: dims)
    array.isBitArray = type == .bool
    return .array(array)
  }

  /// `a .op b`, through the engine when a tracked array takes part.
  func broadcastBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value
  {
    if Self.isScalar(a), Self.isScalar(b) { return try binary(op, a, b, span) }
    if case .object(let x) = a, x is UniformScalingObject {
      return try uniformScalingBroadcast(op, a, b, span)
    }
    if case .object(let y) = b, y is UniformScalingObject {
      return try uniformScalingBroadcast(op, a, b, span)
    }
    switch (a, b) {
    case (.range, _), (_, .range):
      // `r .+ 1` is a range in Julia, not an array.
      if let result = try rangeBroadcast(op, a, b, span) { return result }
    default: break
    }
    if let result = try doublesBroadcast(op, a, b, span) { return result }
    switch (a, b) {
    case (.trackedArray, _), (_, .trackedArray):
      if let engineOp = Self.engineOperator(op), let x = try broadcastable(a, span),
        let y = try broadcastable(b, span)
      {
        try charge(Swift.max(Self.workSize(a), Self.workSize(b)), span)
        let precision = try trackedPrecision([a, b], span)
        do {
          switch try Autodiff.broadcast(engineOp, x, y, precision: precision) {
          case .trackedArray(let result): return .trackedArray(TrackedArrayBox(result))
          case .trackedScalar(let result): return .trackedReal(result)
          case .array(let tensor):
            return .array(ArrayBox(doubles: tensor.scalars, dims: dims(of: tensor.shape)))
          case .scalar(let value): return .float(value)
          }
        } catch let error as AutodiffError {
          throw engineError(error, span)
        }
      }
    default:
      break
    }
    return try broadcast([a, b], span) { try self.binary(op, $0[0], $0[1], span) }
  }

  /// Whether a value is a scalar for broadcasting.
  @inline(__always) static func isScalar(_ value: Value) -> Bool {
    switch value {
    case .array, .range, .trackedArray, .tuple: false
    // Not a scalar to broadcast: Julia 1.0 would `collect` it (`broadcastable(x) = collect(x)`).
    case .object(let object): !(object is UniformScalingObject)
    default: true
    }
  }

  /// `a .op b` on `Float64` arrays and real scalars, computed on `Double`s directly.
  func doublesBroadcast(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    guard op == .add || op == .subtract || op == .multiply || op == .divide else { return nil }
    func operand(_ value: Value) -> ([Double], [Int]?)? {
      switch value {
      case .float(let x): return ([x], nil)
      case .array(let box) where box.elementType.isFloat64:
        guard let doubles = box.doubles else { return nil }
        return (doubles, box.dims)
      default: return nil
      }
    }
    guard let (x, dx) = operand(a), let (y, dy) = operand(b) else { return nil }
    let dims: [Int]
    switch (dx, dy) {
    case (let p?, let q?) where p == q: dims = p
    case (let p?, nil): dims = p
    case (nil, let q?): dims = q
    default: return nil
    }
    let count = try elementCount(dims, span)
    try allocate(count, span)
    try tick(span)
    var result = [Double]()
    result.reserveCapacity(count)
    for k in 0..<count {
      let p = x.count == 1 ? x[0] : x[k]
      let q = y.count == 1 ? y[0] : y[k]
      switch op {
      case .add: result.append(p + q)
      case .subtract: result.append(p - q)
      case .multiply: result.append(p * q)
      default: result.append(p / q)
      }
    }
    return .array(ArrayBox(storage: DoubleStorage(result), dims: dims))
  }

  static func engineOperator(_ op: BinaryOperator) -> BinaryOp? {
    switch op {
    case .add: .add
    case .subtract: .subtract
    case .multiply: .multiply
    case .divide: .divide
    case .power: .power
    default: nil
    }
  }

  func dims(of shape: Shape) -> [Int] {
    switch shape {
    case .vector(let n): [n]
    case .matrix(let rows, let columns): [rows, columns]
    }
  }

  func shape(of dims: [Int]) -> Shape {
    dims.count > 1 ? .matrix(rows: dims[0], columns: dims[1]) : .vector(dims.first ?? 0)
  }

  /// A value as an engine broadcast operand, when it is numeric.
  func broadcastable(_ value: Value, _ span: SourceSpan) throws -> Broadcastable? {
    switch value {
    case .trackedArray(let box): return .trackedArray(box.value)
    case .trackedReal(let x): return .trackedScalar(x)
    case .int, .float, .bool: return value.doubleValue.map { .scalar($0) }
    case .array(let box):
      if box.elementType == .numeric(.float32) {
        return .array(Tensor(shape: shape(of: box.dims), scalars: box.values.map(\.float32Double)))
      }
      guard let doubles = box.doubles, box.elementType != .trackedReal else { return nil }
      return .array(Tensor(shape: shape(of: box.dims), scalars: doubles))
    case .object(let number as NumberObject):
      if case .float32(let x) = number.payload { return .scalar(Double(x)) }
      return nil
    case .range(let range):
      try ensureRoom(range.count, span)
      try charge(range.count, span)
      let doubles = (0..<range.count).compactMap { range.element($0).doubleValue }
      return .array(Tensor(doubles))
    default: return nil
    }
  }

  /// `+ - * /` with an array operand (no dot): elementwise sums, scaling, matrix products.
  func arrayBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    let da = broadcastDims(a)
    let db = broadcastDims(b)
    guard da != nil || db != nil else { return nil }
    if case .trackedArray = a, op == .multiply, db != nil { return try matrixProduct(a, b, span) }
    if case .trackedArray = b, op == .multiply, da != nil { return try matrixProduct(a, b, span) }
    switch op {
    case .add, .subtract:
      guard let da, let db else {
        throw fail(
          .method,
          "MethodError: no method matching \(op.rawValue)(::\(a.type.name), ::\(b.type.name))", span
        )
      }
      guard da == db || (da.count == 1 && db == [da[0], 1]) || (db.count == 1 && da == [db[0], 1])
      else {
        throw fail(
          .dimensionMismatch,
          "DimensionMismatch(\"dimensions must match: a has dims \(dimsText(da)), b has dims \(dimsText(db)), mismatch at 1\")",
          span)
      }
      return try broadcastBinary(op, a, b, span)
    case .multiply:
      if da == nil || db == nil { return try broadcastBinary(op, a, b, span) }
      return try matrixProduct(a, b, span)
    case .divide:
      if db == nil { return try broadcastBinary(op, a, b, span) }
    case .leftDivide:
      return try leftDivide(a, b, span)
    case .power:
      if let da, da.count == 2, da[0] == da[1], case .int(let n) = b, n >= 1 {
        var result = a
        for _ in 1..<n { result = try matrixProduct(result, a, span) }
        return result
      }
    default:
      break
    }
    throw fail(
      .method,
      "MethodError: no method matching \(op.functionName)(::\(a.type.name), ::\(b.type.name))",
      span)
  }

  func dimsText(_ dims: [Int]) -> String {
    dims.count == 1 ? "(\(dims[0]),)" : "(" + dims.map(String.init).joined(separator: ", ") + ")"
  }

  /// `A * B` for matrices and vectors (a vector is an n×1 matrix on the right).
  func matrixProduct(_ a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    let (leftDims, rightDims) = (broadcastDims(a), broadcastDims(b))
    // m·k·n multiply-adds, charged before any is done (for arrays too large for the memory
    // budget, that budget's error comes first; a range operand is listed, so it must fit).
    if let da = leftDims, let db = rightDims {
      if case .range(let range) = a { try ensureRoom(range.count, span) }
      if case .range(let range) = b { try ensureRoom(range.count, span) }
      try ensureRoom(Self.work(da[0], db.count > 1 ? db[1] : 1), span)
      try charge(Self.work(da[0], da.count > 1 ? da[1] : 1, db.count > 1 ? db[1] : 1), span)
    }
    if a.isTrackedArray || b.isTrackedArray, let x = try broadcastable(a, span),
      let y = try broadcastable(b, span)
    {
      return try engineProduct(x, y, precision: try trackedPrecision([a, b], span), span)
    }
    guard let da = leftDims, let db = rightDims else {
      return try broadcastBinary(.multiply, a, b, span)
    }
    let (m, k) = (da[0], da.count > 1 ? da[1] : 1)
    let (k2, n) = (db[0], db.count > 1 ? db[1] : 1)
    guard k == k2, da.count == 2 || (db.count == 2 && db[0] == 1) else {
      if da.count == 1, db.count == 1 {
        throw fail(
          .method, "MethodError: no method matching *(::\(a.type.name), ::\(b.type.name))", span)
      }
      throw fail(
        .dimensionMismatch,
        "DimensionMismatch(\"matrix A has dimensions (\(m),\(k)), matrix B has dimensions (\(k2),\(n))\")",
        span)
    }
    try allocate(try elementCount([m, n], span), span)
    let x = broadcastElements(a)
    let y = broadcastElements(b)
    var result: [Value] = []
    result.reserveCapacity(m * n)
    for j in 0..<n {
      for i in 0..<m {
        try tick(span)
        var sum = try binary(.multiply, x[i], y[j * k], span)
        for p in 1..<max(k, 1) {
          sum = try binary(.add, sum, try binary(.multiply, x[i + p * m], y[p + j * k], span), span)
        }
        result.append(sum)
      }
    }
    let type = Self.elementType(of: result)
    let dims = db.count == 1 ? [m] : [m, n]
    let box = ArrayBox(Self.converted(result, to: type), elementType: type, dims: dims)
    if case .array(let left) = a, let wrapper = left.wrapper, wrapper.isTranspose,
      wrapper.parentRank == 1
    {
      // Julia: a row vector `x'` times a vector is their dot product, a number; times a matrix,
      // a row vector again.
      if db.count == 1, let only = box.values.first { return only }
      box.wrapper = ArrayWrapper(
        kind: wrapper.kind, parentRank: 1, qualified: !isLoaded("LinearAlgebra"))
    }
    return .array(box)
  }

  private func engineProduct(
    _ x: Broadcastable, _ y: Broadcastable, precision: Precision, _ span: SourceSpan
  ) throws -> Value {
    do {
      return .trackedArray(TrackedArrayBox(try matmul(x, y, precision: precision)))
    } catch let error as AutodiffError {
      throw engineError(error, span)
    }
  }

  /// `x'`: the transpose of a real vector or matrix.
  /// - Parameter kind: the wrapper Julia puts around an array's transpose (`Adjoint` for `x'`,
  ///   `Transpose` for `transpose(x)`), or `nil` for a plain array (`permutedims`).
  func adjoint(_ value: Value, _ span: SourceSpan, as kind: ArrayWrapper.Kind? = .adjoint) throws
    -> Value
  {
    switch value {
    case .int, .float, .bool, .trackedReal: return value
    case .trackedArray(let box): return .trackedArray(TrackedArrayBox(transpose(box.value)))
    default:
      guard let dims = broadcastDims(value) else {
        throw fail(.method, "MethodError: no method matching adjoint(::\(value.type.name))", span)
      }
      if case .array(let parent) = value, let kind {
        if let aliased = try aliasingTranspose(parent, dims: dims, kind: kind, span) {
          return .array(aliased)
        }
      }
      try allocate(try elementCount(dims, span), span)
      let elements = broadcastElements(value)
      let rows = dims[0]
      let columns = dims.count > 1 ? dims[1] : 1
      var result: [Value] = []
      result.reserveCapacity(elements.count)
      for i in 0..<rows { for j in 0..<columns { result.append(elements[i + j * rows]) } }
      let type = Self.elementType(of: result)
      let box = ArrayBox(
        Self.converted(result, to: type), elementType: type, dims: [columns, rows])
      guard case .array(let parent) = value else { return .array(box) }
      if let wrapped = parent.wrapper, wrapped.isTranspose, kind != nil {
        if wrapped.view != nil {
          // Julia's is the view itself, which the transpose (a copy) no longer knows.
          throw fail(
            .unsupported,
            "the transpose of the transpose of a view is not supported by sitegen's Julia", span)
        }
        // The transpose of a wrapper is its parent again: a vector stays a vector.
        box.dims = wrapped.parentRank == 1 ? [rows * columns] : [columns, rows]
      } else if let kind, dims.count <= 2 {
        box.wrapper = ArrayWrapper(
          kind: kind, parentRank: dims.count, qualified: !isLoaded("LinearAlgebra"),
          view: parent.wrapper?.subArray)
      }
      return .array(box)
    }
  }

  /// Julia's lazy `Adjoint`/`Transpose` of a vector or matrix of real numbers: a box that reads
  /// and writes its parent's elements at transposed positions, so that `w = A'` sees later
  /// changes of `A` and writing `w[i, j]` changes `A[j, i]` (for real elements the adjoint and
  /// the transpose are the same numbers). The transpose of such a box is its parent again, as
  /// `adjoint(::Adjoint)` and `transpose(::Adjoint{<:Real})` return `A.parent` in Julia 1.0's
  /// `stdlib/LinearAlgebra/src/adjtrans.jl`.
  /// - Returns: `nil` for anything else (views, tracked buffers, other element types), whose
  ///   transpose is made as a copy.
  private func aliasingTranspose(
    _ parent: ArrayBox, dims: [Int], kind: ArrayWrapper.Kind, _ span: SourceSpan
  ) throws -> ArrayBox? {
    if let storage = parent.transposeStorage { return storage.parent }
    guard parent.wrapper == nil, parent.storage == nil, dims.count <= 2 else { return nil }
    switch parent.elementType {
    case .float64, .int64, .bool: break
    default: return nil
    }
    try allocate(try elementCount(dims, span), span)
    let rows = dims[0]
    let columns = dims.count > 1 ? dims[1] : 1
    var positions: [Int] = []
    positions.reserveCapacity(rows * columns)
    for i in 0..<rows { for j in 0..<columns { positions.append(i + j * rows) } }
    let box = ArrayBox(
      storage: SubArrayStorage(
        parent: parent, positions: positions, indices: [], lengths: dims, parentType: ""),
      dims: [columns, rows], elementType: parent.elementType)
    box.wrapper = ArrayWrapper(
      kind: kind, parentRank: dims.count, qualified: !isLoaded("LinearAlgebra"))
    parent.isViewed = true
    return box
  }

  /// Whether the page has loaded the module `name` (`using`/`import`).
  func isLoaded(_ name: String) -> Bool {
    if case .module? = globals.value(of: name) { return true }
    return false
  }

  /// An engine error in Tracker's words.
  func engineError(_ error: AutodiffError, _ span: SourceSpan) -> LanguageError {
    if case .nestedUnsupported = error { return fail(.unsupported, error.description, span) }
    return fail(.autodiff, error.description, span)
  }
}
