import SourcePositions

/// Julia 1.0's `LinearAlgebra.UniformScaling{T}`: `λ` times the identity of whatever size the
/// other operand needs (stdlib/LinearAlgebra/src/uniformscaling.jl; `I` is
/// `UniformScaling(true)`).
final class UniformScalingObject: RuntimeObject, IndexableObject {
  let lambda: Value

  init(_ lambda: Value) { self.lambda = lambda }

  override var type: JuliaType { .other("UniformScaling{\(lambda.type.name)}") }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }

  /// 1.0's `show(io, J)`: the type, a newline, then `λ*I` (`λ` in parentheses when its printed
  /// form is a sum or difference such as a complex number's).
  override func show(_ session: Interpreter) -> String {
    var text = session.printString(lambda)
    if Self.isSum(text) { text = "(" + text + ")" }
    return type.name + "\n" + text + "*I"
  }

  /// Whether `text` matches 1.0's `r"\w+\s*[\+\-]\s*\w+"` (`1.0e-5` does, as in Julia).
  static func isSum(_ text: String) -> Bool {
    let chars = Array(text)
    func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
    for (i, c) in chars.enumerated() where c == "+" || c == "-" {
      var before = i - 1
      while before >= 0, chars[before] == " " { before -= 1 }
      var after = i + 1
      while after < chars.count, chars[after] == " " { after += 1 }
      if before >= 0, after < chars.count, isWord(chars[before]), isWord(chars[after]) {
        return true
      }
    }
    return false
  }

  override func field(_ name: String, _ session: Interpreter) -> Value? {
    name == "λ" ? lambda : nil
  }

  /// `J[i, j] = ifelse(i == j, J.λ, zero(J.λ))`.
  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value {
    guard indices.count == 2, case .int(let i) = indices[0], case .int(let j) = indices[1] else {
      throw session.fail(
        .unsupported, "this indexing of a UniformScaling is not supported by sitegen's Julia", span)
    }
    if i == j { return lambda }
    if case .bool = lambda { return .bool(false) }
    return try session.callBuiltin(.zero, [lambda], [], span)
  }

  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
  {
    throw session.fail(
      .method,
      "MethodError: no method matching setindex!(::\(type.name), ::\(value.type.name), "
        + indices.map { "::" + $0.type.name }.joined(separator: ", ") + ")", span)
  }
}

extension Interpreter {
  /// `a op b` when either side is a `UniformScaling`, as uniformscaling.jl defines it; `nil`
  /// when neither is one.
  func uniformScalingBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan)
    throws -> Value?
  {
    let left = Self.uniformScaling(a)
    let right = Self.uniformScaling(b)
    guard left != nil || right != nil else { return nil }
    func scaling(_ value: Value) -> Value { .object(UniformScalingObject(value)) }
    switch (op, left, right) {
    case (.multiply, let j?, let k?):
      // base/bool.jl: `*(x::Bool, y::Bool) = x & y`, so `I * I` stays `UniformScaling{Bool}`.
      if case .bool(let x) = j.lambda, case .bool(let y) = k.lambda {
        return scaling(.bool(x && y))
      }
      return scaling(try binary(op, j.lambda, k.lambda, span))
    case (.add, let j?, let k?), (.subtract, let j?, let k?):
      return scaling(try binary(op, j.lambda, k.lambda, span))
    case (.equal, let j?, let k?), (.notEqual, let j?, let k?):
      return try binary(op, j.lambda, k.lambda, span)
    case (.identical, _, _), (.notIdentical, _, _):
      return nil
    case (.add, let j?, nil), (.subtract, let j?, nil):
      if b.isNumber { return try binary(op, j.lambda, b, span) }
      if op == .add { return try addScaling(b, j.lambda, negated: false, span) }
      return try addScaling(b, j.lambda, negated: true, span)
    case (.add, nil, let j?), (.subtract, nil, let j?):
      if a.isNumber { return try binary(op, a, j.lambda, span) }
      let lambda = op == .add ? j.lambda : try unary(.negate, j.lambda, span)
      return try addScaling(a, lambda, negated: false, span)
    case (.multiply, let j?, nil):
      if b.isNumber { return scaling(try binary(.multiply, j.lambda, b, span)) }
      if case .array(let box) = b, box.wrapper == nil, box.dims.count <= 2 {
        return try binary(.multiply, j.lambda, b, span)
      }
    case (.multiply, nil, let j?):
      if a.isNumber { return scaling(try binary(.multiply, a, j.lambda, span)) }
      if case .array(let box) = a, box.wrapper == nil, box.dims.count == 2 {
        return try binary(.multiply, a, j.lambda, span)
      }
    case (.divide, let j?, nil) where b.isNumber:
      return scaling(try binary(.divide, j.lambda, b, span))
    default:
      break
    }
    throw fail(
      .unsupported,
      "\(op.rawValue) of \(a.type.name) and \(b.type.name) is not supported by sitegen's Julia",
      span)
  }

  /// `a .op b` with a `UniformScaling`: uniformscaling.jl defines `x .* J`, `J .* x` and
  /// `J ./ x` for a number `x` (a `UniformScaling`); any other broadcast would `collect` `J`,
  /// which has no length in Julia 1.0, and is refused.
  func uniformScalingBroadcast(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan)
    throws -> Value
  {
    let left = Self.uniformScaling(a)
    let right = Self.uniformScaling(b)
    switch op {
    case .multiply where (left != nil && b.isNumber) || (right != nil && a.isNumber),
      .divide where left != nil && b.isNumber:
      return try binary(op, a, b, span)
    default:
      throw fail(
        .unsupported,
        "broadcasting \(op.rawValue) over a UniformScaling is not supported by sitegen's Julia",
        span)
    }
  }

  /// The unary minus of a `UniformScaling`: `UniformScaling(-λ)`.
  func negatedUniformScaling(_ value: Value, _ span: SourceSpan) throws -> Value? {
    guard let j = Self.uniformScaling(value) else { return nil }
    return .object(UniformScalingObject(try unary(.negate, j.lambda, span)))
  }

  private static func uniformScaling(_ value: Value) -> UniformScalingObject? {
    if case .object(let j as UniformScalingObject) = value { return j }
    return nil
  }

  /// `A + λI` (or `λI - A` when `negated`): a copy of the square matrix `A` (negated first) in
  /// the element type of `eltype(A) + λ`, with `λ` added to each diagonal entry.
  private func addScaling(
    _ matrix: Value, _ lambda: Value, negated: Bool, _ span: SourceSpan
  ) throws -> Value {
    guard case .array(let box) = matrix, box.wrapper == nil, box.dims.count == 2 else {
      throw fail(
        .unsupported,
        "adding a UniformScaling to \(matrix.type.name) is not supported by sitegen's Julia", span)
    }
    guard box.rows == box.columns else {
      throw fail(
        .dimensionMismatch,
        "DimensionMismatch(\"matrix is not square: dimensions are (\(box.rows), \(box.columns))\")",
        span)
    }
    try charge(box.count, span)
    try allocate(box.count, span)
    // `Base._return_type(+, Tuple{eltype(A), typeof(J)})`: `Bool + Bool` is an `Int`.
    let elementType: JuliaType =
      box.elementType == .bool && lambda.type == .bool
      ? .int64 : JuliaType.promote(box.elementType, lambda.type)
    var values = [Value]()
    values.reserveCapacity(box.count)
    for k in 0..<box.count {
      var value = negated ? try unary(.negate, box[k], span) : box[k]
      if k % box.rows == k / box.rows { value = try binary(.add, value, lambda, span) }
      values.append(try convertElement(value, to: elementType, span))
    }
    return .array(ArrayBox(values, elementType: elementType, dims: box.dims))
  }

  /// `Matrix{T}(J, m, n)` / `Matrix(J, m, n)`: zeros of `T` (`eltype(J)` by default) with
  /// `T(λ)` on the diagonal; `nil` when the arguments are not a `UniformScaling` and two sizes.
  func matrixFromUniformScaling(_ type: JuliaType, _ args: [Value], _ span: SourceSpan) throws
    -> Value?
  {
    guard case .array(let element, 2) = type, let j = args.first.flatMap(Self.uniformScaling)
    else { return nil }
    var sizes = Array(args.dropFirst())
    if sizes.count == 1, case .tuple(let items) = sizes[0] { sizes = items }
    guard sizes.count == 2, case .int(let m) = sizes[0], case .int(let n) = sizes[1] else {
      throw noMethod(type.name, args, span)
    }
    guard m >= 0, n >= 0 else {
      throw fail(.argument, "ArgumentError: invalid Array dimensions", span)
    }
    // `Matrix` alone is `Matrix{eltype(J)}`; sitegen's `Matrix` and `Matrix{Any}` are one type.
    let target = element == .any ? j.lambda.type : element
    let count = try elementCount([m, n], span)
    try allocate(count, span)
    let zero = target == .bool ? .bool(false) : try convertElement(.int(0), to: target, span)
    let diagonal = try convertElement(j.lambda, to: target, span)
    var values = [Value](repeating: zero, count: count)
    for k in 0..<Swift.min(m, n) { values[k * m + k] = diagonal }
    return .array(ArrayBox(values, elementType: target, dims: [m, n]))
  }
}
