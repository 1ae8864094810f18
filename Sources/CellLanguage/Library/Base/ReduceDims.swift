import Autodiff
import SourcePositions

/// Reductions and scans along dimensions: `sum(A, dims=1)`, `mean(A, dims=2)`,
/// `cumsum(A, dims=1)`, `sort(A, dims=1)`, `reverse(A, dims=1)`, `dropdims(A, dims=1)`.
///
/// The order of every floating-point operation follows Julia 1.0's `Base._mapreducedim!`
/// (base/reducedim.jl): the result starts at the reduction's identity; when the reduced
/// dimensions lead the array and hold more than 16 elements per slice, each slice is added
/// pairwise (`mapreduce_impl`, blocks of 1024) and then to the identity; otherwise every
/// element is folded into its result in column-major order. Julia's `@simd` may reassociate
/// a first-dimension fold of 16 or more `Float64`s, so such sums can differ in the last bit.
extension Interpreter {
  /// The reduction dimensions of a `dims=` keyword: an integer or a tuple of them, each ≥ 1.
  func reductionDims(_ value: Value, _ span: SourceSpan) throws -> [Int] {
    let items: [Value]
    switch value {
    case .int: items = [value]
    case .tuple(let list): items = list
    case .array, .range: items = try iterate(value, span)
    default:
      throw fail(
        .method, "MethodError: no method matching reduced_indices(::Any, ::\(value.type.name))",
        span)
    }
    var dims: [Int] = []
    for item in items {
      guard case .int(let d) = item else {
        throw fail(
          .method, "MethodError: no method matching reduced_indices(::Any, ::\(value.type.name))",
          span)
      }
      guard d >= 1 else {
        throw fail(
          .argument, "ArgumentError: region dimension(s) must be ≥ 1, got \(d)", span)
      }
      dims.append(d)
    }
    return dims
  }

  /// The array a dims-reduction reads: its elements and dims (a range is a vector).
  func dimsOperand(_ value: Value, _ name: String, _ span: SourceSpan) throws -> ([Value], [Int]) {
    switch value {
    case .array, .range:
      guard let contents = try arrayContents(value, span) else { break }
      return contents
    case .trackedArray:
      throw fail(
        .unsupported, "\(name) of a tracked array with dims is not supported by sitegen's Julia",
        span)
    default: break
    }
    throw fail(
      .method,
      "MethodError: no method matching \(name)(::\(value.type.name))",
      span)
  }

  /// The linear index, in the reduced array, of each element of an array of `dims`.
  static func reducedTargets(_ dims: [Int], _ reduced: Set<Int>) -> (targets: [Int], shape: [Int]) {
    let shape = dims.enumerated().map { reduced.contains($0.offset + 1) ? 1 : $0.element }
    let count = dims.reduce(1, *)
    var targets = [Int](repeating: 0, count: count)
    var index = [Int](repeating: 0, count: dims.count)
    for k in 0..<count {
      var target = 0
      var stride = 1
      for d in 0..<dims.count {
        if shape[d] != 1 { target += index[d] * stride }
        stride *= shape[d]
      }
      targets[k] = target
      // The next column-major index.
      var d = 0
      while d < dims.count {
        index[d] += 1
        if index[d] < dims[d] { break }
        index[d] = 0
        d += 1
      }
    }
    return (targets, shape)
  }

  /// Julia's `check_reducedims`: the number of elements in each contiguous leading slice that
  /// one result element reduces (1 when the reduced dimensions do not lead).
  static func leadingSliceLength(_ dims: [Int], _ shape: [Int]) -> Int {
    var length = 1
    var hadKept = false
    for (size, kept) in zip(dims, shape) {
      if kept == 1 {
        if size > 1 { length = hadKept ? 1 : length * size }
      } else {
        hadKept = true
      }
    }
    return length
  }

  /// Folds `values` into a result of the reduced shape, in Julia's order, starting each result
  /// element at `initial` (its index) and combining with `combine(accumulated, element)`;
  /// `slice` reduces a contiguous slice of more than 16 elements when Julia takes that path.
  func foldAlongDims(
    _ values: [Value], _ dims: [Int], _ reduced: Set<Int>, initial: (Int) throws -> Value,
    combine: (Value, Value, Int) throws -> Value,
    slice: ((ArraySlice<Value>, Int) throws -> Value)?, _ span: SourceSpan
  ) throws -> (values: [Value], shape: [Int]) {
    let (targets, shape) = Self.reducedTargets(dims, reduced)
    let resultCount = shape.reduce(1, *)
    try allocate(resultCount, span)
    var result: [Value] = []
    result.reserveCapacity(resultCount)
    for k in 0..<resultCount { result.append(try initial(k)) }
    if values.isEmpty { return (result, shape) }
    let length = Self.leadingSliceLength(dims, shape)
    if length > 16, let slice {
      for k in 0..<(values.count / length) {
        result[k] = try slice(values[(k * length)..<((k + 1) * length)], k)
      }
      return (result, shape)
    }
    for (k, value) in values.enumerated() {
      result[targets[k]] = try combine(result[targets[k]], value, targets[k])
    }
    return (result, shape)
  }

  /// `mapreduce_impl`: a contiguous slice reduced pairwise down to blocks of 1024 that are
  /// folded left (base/reduce.jl).
  func pairwiseReduce(
    _ values: ArraySlice<Value>, _ combine: (Value, Value) throws -> Value
  ) throws -> Value {
    let first = values.startIndex
    let last = values.endIndex - 1
    if first == last { return values[first] }
    if first + 1024 > last {
      var total = try combine(values[first], values[first + 1])
      var k = first + 2
      while k <= last {
        total = try combine(total, values[k])
        k += 1
      }
      return total
    }
    let middle = (first + last) >> 1
    return try combine(
      try pairwiseReduce(values[first...middle], combine),
      try pairwiseReduce(values[(middle + 1)...last], combine))
  }

  /// `sum`, `prod`, `maximum`, `minimum`, `mean`, `var`, `std` of an array along `dims`.
  func reduceAlongDims(
    _ builtin: Builtin, _ subject: Value, _ dimsValue: Value, corrected: Bool,
    _ span: SourceSpan
  ) throws -> Value {
    let (values, dims) = try dimsOperand(subject, builtin.name, span)
    let reduced = Set(try reductionDims(dimsValue, span))
    try charge(values.count, span)
    func finish(_ result: [Value], _ shape: [Int]) throws -> Value {
      .array(ArrayBox(result, elementType: Self.elementType(of: result), dims: shape))
    }
    let elementType = Self.elementType(of: values)
    let add: (Value, Value) throws -> Value = { try self.binary(.add, $0, $1, span) }
    switch builtin {
    case .sum, .prod:
      let isSum = builtin == .sum
      let op: BinaryOperator = isSum ? .add : .multiply
      // The identity of the result's type: `zero`/`one` of the elements, Int for Bools.
      let identity: Value =
        elementType == .float64
        ? .float(isSum ? 0 : 1)
        : elementType == .int64 || elementType == .bool
          ? .int(isSum ? 0 : 1) : .int(isSum ? 0 : 1)
      let (result, shape) = try foldAlongDims(
        values, dims, reduced, initial: { _ in identity },
        combine: { a, b, _ in try self.binary(op, a, b, span) },
        slice: { slice, _ in
          try self.binary(
            op, identity, try self.pairwiseReduce(slice) { try self.binary(op, $0, $1, span) },
            span)
        }, span)
      return try finish(result, shape)
    case .maximum, .minimum:
      // `max`/`min` give the same value in any order (NaN wins, +0.0 beats -0.0).
      guard !values.isEmpty else {
        throw fail(
          .argument, "ArgumentError: reducing over an empty collection is not allowed", span)
      }
      let isMax = builtin == .maximum
      var firsts: [Int: Value] = [:]
      let (targets, _) = Self.reducedTargets(dims, reduced)
      for (k, target) in targets.enumerated().reversed() { firsts[target] = values[k] }
      let (result, shape) = try foldAlongDims(
        values, dims, reduced, initial: { firsts[$0] ?? .nothing },
        combine: { a, b, _ in try self.extremum(isMax, a, b, span) }, slice: nil, span)
      return try finish(result, shape)
    case .mean:
      return .array(try meanAlongDims(values, dims, reduced, span))
    case .variance, .std:
      let means = try meanAlongDims(values, dims, reduced, span)
      // `centralize_sumabs2!` (Statistics): zeros, then each element's `abs2(x - m)` added to
      // its result in column-major order, or each long leading slice added pairwise.
      let square: (Value, Int) throws -> Value = { x, k in
        let d = try self.binary(.subtract, x, means[k], span)
        return try self.binary(.multiply, d, d, span)
      }
      var (result, shape) = try foldAlongDims(
        values, dims, reduced, initial: { _ in .float(0) },
        combine: { try add($0, try square($1, $2)) },
        slice: { slice, k in
          let squares = try slice.map { try square($0, k) }
          return try self.pairwiseReduce(squares[...], add)
        }, span)
      let total = values.count
      if total == 0 {
        result = result.map { _ in .float(.nan) }
      } else {
        // `R .* (1 // rn)`: Float64 times the Rational converted, `1/rn`.
        let rn = total / Swift.max(result.count, 1) - (corrected ? 1 : 0)
        let scale = 1 / Double(rn)
        result = try result.map { try self.binary(.multiply, $0, .float(scale), span) }
      }
      if builtin == .std {
        result = try result.map { try self.mathFunction(.sqrt, $0, span) }
      }
      return try finish(result, shape)
    default:
      throw fail(
        .unsupported,
        "keyword argument dims of \(builtin.name) is not supported by sitegen's Julia", span)
    }
  }

  /// `mean(A, dims=d)` as Statistics 1.0's `mean!`: `Float64` sums along the dims (`sum!`
  /// into zeros), each multiplied by the `Float64` of the reduced ratio
  /// `max(1, length(R)) // length(A)`.
  func meanAlongDims(_ values: [Value], _ dims: [Int], _ reduced: Set<Int>, _ span: SourceSpan)
    throws -> ArrayBox
  {
    let (sums, shape) = try foldAlongDims(
      values, dims, reduced, initial: { _ in .float(0) },
      combine: { a, b, _ in try self.binary(.add, a, b, span) },
      slice: { slice, _ in
        try self.binary(
          .add, .float(0), try self.pairwiseReduce(slice) { try self.binary(.add, $0, $1, span) },
          span)
      }, span)
    var numerator = Swift.max(1, sums.count)
    var denominator = values.count
    let divisor = Self.gcd(numerator, denominator)
    if divisor != 0 {
      numerator /= divisor
      denominator /= divisor
    }
    let ratio = Double(numerator) / Double(denominator)
    let means = try sums.map { try binary(.multiply, $0, .float(ratio), span) }
    return ArrayBox(means, elementType: Self.elementType(of: means), dims: shape)
  }

  static func gcd(_ a: Int, _ b: Int) -> Int {
    var (a, b) = (Swift.abs(a), Swift.abs(b))
    while b != 0 { (a, b) = (b, a % b) }
    return a
  }

  /// `cumsum(A, dims=d)` / `cumprod(A, dims=d)`: each line along `d` accumulated in order
  /// (base/accumulate.jl).
  func accumulateAlongDim(
    _ builtin: Builtin, _ subject: Value, _ dimsValue: Value, _ span: SourceSpan
  ) throws -> Value {
    let (values, dims) = try dimsOperand(subject, builtin.name, span)
    guard case .int(let d) = dimsValue else {
      throw fail(
        .method, "MethodError: no method matching \(builtin.name)(::\(subject.type.name); dims)",
        span)
    }
    guard d >= 1 else {
      throw fail(.argument, "ArgumentError: dimension must be ≥ 1, got \(d)", span)
    }
    try charge(values.count, span)
    try allocate(values.count, span)
    var result = values
    // Bools add up as Ints (`add_sum`); their product stays a Bool.
    if builtin == .cumsum {
      result = result.map { if case .bool(let b) = $0 { .int(b ? 1 : 0) } else { $0 } }
    }
    if d <= dims.count, dims[d - 1] > 1 {
      let stride = dims[..<(d - 1)].reduce(1, *)
      let length = dims[d - 1]
      let op: BinaryOperator = builtin == .cumsum ? .add : .multiply
      for k in 0..<values.count where (k / stride) % length != 0 {
        result[k] = try binary(op, result[k - stride], result[k], span)
      }
    }
    return .array(ArrayBox(result, elementType: Self.elementType(of: result), dims: dims))
  }

  /// The positions of each line along dimension `d` of an array of `dims`: the linear
  /// indices, line by line.
  static func lines(_ dims: [Int], along d: Int) -> [[Int]] {
    let count = dims.reduce(1, *)
    guard d <= dims.count, count > 0 else { return (0..<count).map { [$0] } }
    let stride = dims[..<(d - 1)].reduce(1, *)
    let length = dims[d - 1]
    var lines: [[Int]] = []
    for start in 0..<count where (start / stride) % length == 0 {
      lines.append((0..<length).map { start + $0 * stride })
    }
    return lines
  }

  /// `reverse(A, dims=d)`.
  func reverseAlongDim(_ subject: Value, _ dimsValue: Value, _ span: SourceSpan) throws -> Value {
    let (values, dims) = try dimsOperand(subject, "reverse", span)
    let d = try intArgument(dimsValue, span)
    guard d >= 1 else {
      throw fail(.argument, "ArgumentError: dimension \(d) is not 1 ≤ \(d) ≤ \(dims.count)", span)
    }
    try allocate(values.count, span)
    var result = values
    for line in Self.lines(dims, along: d) {
      for (k, position) in line.enumerated() { result[position] = values[line[line.count - 1 - k]] }
    }
    return .array(
      ArrayBox(result, elementType: Self.arrayElementType(subject, result), dims: dims))
  }

  /// `sort(A, dims=d)`: each line along `d` sorted (a stable sort, as Julia's default for
  /// arrays of numbers gives the same values).
  func sortAlongDim(
    _ subject: Value, _ dimsValue: Value, reverse: Bool, _ span: SourceSpan
  ) throws -> Value {
    let (values, dims) = try dimsOperand(subject, "sort", span)
    let d = try intArgument(dimsValue, span)
    let n = values.count
    try charge(Self.work(n, Swift.max(1, Int.bitWidth - n.leadingZeroBitCount)), span)
    try allocate(n, span)
    var result = values
    for line in Self.lines(dims, along: d) {
      let sorted = try sortValues(line.map { values[$0] }, reverse: reverse, span)
      for (k, position) in line.enumerated() { result[position] = sorted[k] }
    }
    return .array(
      ArrayBox(result, elementType: Self.arrayElementType(subject, result), dims: dims))
  }

  /// `dropdims(A; dims)`: the listed dimensions, each of size 1, removed.
  func dropDims(_ subject: Value, _ dimsValue: Value, _ span: SourceSpan) throws -> Value {
    if case .array(let box) = subject, box.wrapper?.subArray != nil {
      throw refusedReshape(subject, "dropdims", span)
    }
    let (values, dims) = try dimsOperand(subject, "dropdims", span)
    let drop = try reductionDims(dimsValue, span)
    for d in drop {
      guard d <= dims.count else {
        throw fail(
          .argument, "ArgumentError: dropped dims must be in range 1:ndims(A)", span)
      }
      guard dims[d - 1] == 1 else {
        throw fail(
          .argument, "ArgumentError: dropped dims must all be size 1", span)
      }
    }
    guard Set(drop).count == drop.count else {
      throw fail(.argument, "ArgumentError: dimensions should be unique", span)
    }
    let shape = dims.enumerated().filter { !drop.contains($0.offset + 1) }.map(\.element)
    guard !shape.isEmpty else {
      throw fail(
        .unsupported, "a 0-dimensional array is not supported by sitegen's Julia", span)
    }
    try allocate(values.count, span)
    return .array(
      ArrayBox(values, elementType: Self.arrayElementType(subject, values), dims: shape))
  }

  /// The element type of an array argument (kept by reshaping operations).
  static func arrayElementType(_ subject: Value, _ values: [Value]) -> JuliaType {
    if case .array(let box) = subject { return box.elementType }
    return elementType(of: values)
  }

  /// Values sorted ascending (Julia's `isless` on numbers: NaN last), optionally reversed.
  func sortValues(_ values: [Value], reverse: Bool, _ span: SourceSpan) throws -> [Value] {
    var failure: LanguageError?
    var sorted = values
    sorted.sort { a, b in
      do {
        return try self.isLess(a, b, span)
      } catch {
        failure = error as? LanguageError
        return false
      }
    }
    if let failure { throw failure }
    if reverse {
      // Julia's reverse order keeps equal elements in their order (a stable sort on `>`).
      sorted = try stableSorted(values) { try self.isLess($1, $0, span) }
    }
    return sorted
  }

  /// Julia's `isless`: numbers by value with NaN after everything, other values by `<`.
  func isLess(_ a: Value, _ b: Value, _ span: SourceSpan) throws -> Bool {
    if let x = a.doubleValue, let y = b.doubleValue, x.isNaN || y.isNaN || x == y {
      if x.isNaN || y.isNaN { return !x.isNaN && y.isNaN }
      // -0.0 is less than 0.0 under isless.
      if a.isFloat || b.isFloat { return x.sign == .minus && y.sign == .plus }
      return false
    }
    return try truth(try binary(.less, a, b, span), span)
  }

  /// A stable sort (merge sort) by `less`, rethrowing its errors.
  func stableSorted(_ values: [Value], by less: (Value, Value) throws -> Bool) throws -> [Value] {
    if values.count < 2 { return values }
    let middle = values.count / 2
    let left = try stableSorted(Array(values[..<middle]), by: less)
    let right = try stableSorted(Array(values[middle...]), by: less)
    var result: [Value] = []
    result.reserveCapacity(values.count)
    var (i, j) = (0, 0)
    while i < left.count, j < right.count {
      if try less(right[j], left[i]) {
        result.append(right[j])
        j += 1
      } else {
        result.append(left[i])
        i += 1
      }
    }
    result += left[i...]
    result += right[j...]
    return result
  }
}

/// Keywords of the older reductions: `dims`, and `corrected` of `var`/`std`.
extension Interpreter {
  /// `sum(A; dims)`, `sum(f, A; dims)`, `cumsum(A; dims)`, `var(A; corrected, dims)`, … ;
  /// `nil` when the call has no keyword these read (the plain reduction runs).
  func keywordReduction(
    _ builtin: Builtin, _ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan
  ) throws -> Value? {
    let dims = kwargs.last { $0.0 == "dims" }?.1
    var corrected = true
    if let value = kwargs.last(where: { $0.0 == "corrected" })?.1 {
      guard case .bool(let flag) = value else {
        throw fail(
          .type,
          "TypeError: in keyword argument corrected, expected Bool, got \(value.type.name)", span)
      }
      corrected = flag
    }
    switch builtin {
    case .cumsum, .sum2:
      guard let dims else { return nil }
      guard args.count == 1 else { throw noMethod(builtin.name, args, span) }
      return try accumulateAlongDim(builtin, args[0], dims, span)
    case .sum, .prod, .maximum, .minimum, .mean, .std, .variance:
      guard var subject = args.last, args.count <= 2 else {
        throw noMethod(builtin.name, args, span)
      }
      if args.count == 2 {
        guard Self.takesFunction(builtin) else { throw noMethod(builtin.name, args, span) }
        let (values, shape) = try dimsOperand(subject, builtin.name, span)
        try charge(values.count, span)
        try allocate(values.count, span)
        let mapped = try values.map { try call(args[0], [$0], [], span) }
        subject = .array(ArrayBox(mapped, elementType: Self.elementType(of: mapped), dims: shape))
      }
      if let dims {
        return try reduceAlongDims(builtin, subject, dims, corrected: corrected, span)
      }
      guard builtin == .std || builtin == .variance else { return nil }
      return try wholeVariance(builtin, subject, corrected: corrected, span)
    default:
      return nil
    }
  }

  /// `var(A; corrected)` / `std(A; corrected)` of all elements (Statistics 1.0's `varm`):
  /// the mean `sum(A) / length(A)`, then `sum(abs2(x - m))` in `sum`'s order over
  /// `length(A) - corrected`; a range's `var` by its closed form.
  func wholeVariance(
    _ builtin: Builtin, _ subject: Value, corrected: Bool, _ span: SourceSpan
  ) throws -> Value {
    try charge(Self.workSize(subject), span)
    if builtin == .variance, corrected, case .range(let range) = subject, range.form == .range {
      // `var(v::AbstractRange) = abs2(step) * (l + 1) * l / 12`; NaN below two elements.
      let l = range.count
      switch range.kind {
      case .integer(_, let step):
        if l < 2 { return .float(.nan) }
        return .float(Double(step &* step &* (l &+ 1) &* l) / 12)
      case .rational(_, let step, let den):
        if l < 2 { return .float(.nan) }
        let s = Double(step) / Double(den)
        return .float(s * s * Double(l + 1) * Double(l) / 12)
      case .float(_, let s):
        if l < 2 { return .float(.nan) }
        return .float(s * s * Double(l + 1) * Double(l) / 12)
      case .linear: break
      }
    }
    let values = try elements(subject, span)
    var doubles: [Double] = []
    doubles.reserveCapacity(values.count)
    for value in values {
      guard let x = value.doubleValue else {
        throw fail(
          .unsupported,
          "\(builtin.name) of \(value.type.name) elements is not supported by sitegen's Julia",
          span)
      }
      doubles.append(x)
    }
    if doubles.isEmpty { return .float(.nan) }
    let mean: Double
    if case .range(let range) = subject, let a = range.first.doubleValue,
      let b = range.last.doubleValue
    {
      // `mean(r::AbstractRange{<:Real}) = (first(r) + last(r)) / 2`.
      mean = (a + b) / 2
    } else if values.allSatisfy(\.isInt) {
      var total = 0
      for case .int(let n) in values { total &+= n }
      mean = Double(total) / Double(values.count)
    } else {
      mean = JuliaMath.sum(doubles) / Double(doubles.count)
    }
    let squares = JuliaMath.sum(doubles.map { ($0 - mean) * ($0 - mean) })
    let result = squares / Double(doubles.count - (corrected ? 1 : 0))
    return .float(builtin == .std ? result.squareRoot() : result)
  }
}
