import Autodiff
import Foundation
import SourcePositions

/// Scalar arithmetic with Julia's rules: `Int` wraps on overflow, `/` is always a float,
/// `^` with an integer exponent, `÷` and `%` truncate, comparisons of mixed numbers.
extension Interpreter {
  /// `a op b`.
  func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return try integerBinary(op, x, y, span)
    case (.float(let x), .float(let y)): return try floatBinary(op, x, y, span)
    case (.int, .float) where op == .identical || op == .notIdentical,
      (.float, .int) where op == .identical || op == .notIdentical:
      return .bool(op == .notIdentical)
    case (.int(let x), .float(let y)): return try floatBinary(op, Double(x), y, span)
    case (.float(let x), .int(let y)):
      if op == .power { return .float(try floatPower(x, Double(y), span)) }
      return try floatBinary(op, x, Double(y), span)
    case (.trackedReal, _), (_, .trackedReal):
      if let result = try trackedBinary(op, a, b, span) { return result }
      return try generalBinary(op, a, b, span)
    default:
      return try generalBinary(op, a, b, span)
    }
  }

  func integerBinary(_ op: BinaryOperator, _ x: Int, _ y: Int, _ span: SourceSpan) throws -> Value {
    switch op {
    case .add: return .int(x &+ y)
    case .subtract: return .int(x &- y)
    case .multiply: return .int(x &* y)
    case .divide: return .float(Double(x) / Double(y))
    case .leftDivide: return .float(Double(y) / Double(x))
    case .power: return .int(try integerPower(x, y, span))
    case .remainder:
      guard y != 0 else { throw fail(.divide, "DivideError: integer division error", span) }
      return .int(x.remainderReportingOverflow(dividingBy: y).partialValue)
    case .integerDivide:
      guard y != 0, !(x == .min && y == -1) else {
        throw fail(.divide, "DivideError: integer division error", span)
      }
      return .int(x / y)
    case .equal, .identical: return .bool(x == y)
    case .notEqual, .notIdentical: return .bool(x != y)
    case .less: return .bool(x < y)
    case .lessOrEqual: return .bool(x <= y)
    case .greater: return .bool(x > y)
    case .greaterOrEqual: return .bool(x >= y)
    case .approximately: return .bool(x == y)
    case .bitAnd: return .int(x & y)
    case .bitOr: return .int(x | y)
    case .bitXor: return .int(x ^ y)
    case .shiftLeft: return .int(y >= 64 || y <= -64 ? 0 : x << y)
    case .shiftRight: return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case .shiftRightLogical:
      return .int(y >= 64 ? 0 : Int(bitPattern: UInt(bitPattern: x) >> UInt(max(0, y))))
    case .isIn, .notIn, .isa, .compose, .subtype, .supertype, .rational, .dot, .cross:
      return try generalBinary(op, .int(x), .int(y), span)
    }
  }

  /// Julia's `power_by_squaring` on `Int` (wrapping), with its error for negative exponents.
  func integerPower(_ x: Int, _ y: Int, _ span: SourceSpan) throws -> Int {
    if y < 0 {
      if x == 1 { return 1 }
      if x == -1 { return y % 2 == 0 ? 1 : -1 }
      throw fail(
        .domain,
        "DomainError with \(y):\nCannot raise an integer x to a negative power \(y).\nMake x a float by adding a zero decimal (e.g., 2.0^\(y) instead of 2^\(y)), or write 1/x^\(-y), float(x)^\(y), or (x//1)^\(y)",
        span)
    }
    var result = 1
    var base = x
    var exponent = y
    while exponent > 0 {
      if exponent & 1 == 1 { result = result &* base }
      exponent >>= 1
      if exponent > 0 { base = base &* base }
    }
    return result
  }

  func floatBinary(_ op: BinaryOperator, _ x: Double, _ y: Double, _ span: SourceSpan) throws
    -> Value
  {
    switch op {
    case .add: return .float(x + y)
    case .subtract: return .float(x - y)
    case .multiply: return .float(x * y)
    case .divide: return .float(x / y)
    case .leftDivide: return .float(y / x)
    case .power: return .float(try floatPower(x, y, span))
    case .remainder: return .float(fmod(x, y))
    case .integerDivide: return .float(((x - fmod(x, y)) / y).rounded(.towardZero))
    case .equal: return .bool(x == y)
    case .notEqual: return .bool(x != y)
    case .identical: return .bool(x == y && x.sign == y.sign || (x.isNaN && y.isNaN))
    case .notIdentical: return .bool(!(x == y && x.sign == y.sign || (x.isNaN && y.isNaN)))
    case .less: return .bool(x < y)
    case .lessOrEqual: return .bool(x <= y)
    case .greater: return .bool(x > y)
    case .greaterOrEqual: return .bool(x >= y)
    case .approximately:
      // base/floatfuncs.jl: equal, or both finite and within rtol = sqrt(eps(Float64)).
      return .bool(
        x == y
          || (x.isFinite && y.isFinite && abs(x - y) <= max(abs(x), abs(y)) * 1.4901161193847656e-8)
      )
    case .bitAnd, .bitOr, .bitXor, .shiftLeft, .shiftRight, .shiftRightLogical, .isIn, .notIn,
      .isa, .compose, .subtype, .supertype, .rational, .dot, .cross:
      return try generalBinary(op, .float(x), .float(y), span)
    }
  }

  /// `x^y` on floats (libm's `pow`, as Julia's `llvm.pow`), with Julia's domain error.
  func floatPower(_ x: Double, _ y: Double, _ span: SourceSpan) throws -> Double {
    // Julia's libm (openlibm's e_pow.c) returns these without computing: `x^0` is 1 for every
    // x, NaN too (as C99 F.9.4.4 says), and `x^1` is x; so `x^(i-1)` in a model's terms skips
    // `pow`.
    if y == 0 { return 1 }
    if y == 1 { return x }
    let z = pow(x, y)
    if z.isNaN, !x.isNaN, !y.isNaN {
      throw complexPowerError(FloatFormatter.shortest(x), span)
    }
    return z
  }

  /// Julia's error for a real power whose result would be complex (`(-8.0)^(1/3)`).
  func complexPowerError(_ base: String, _ span: SourceSpan) -> LanguageError {
    fail(
      .domain,
      "DomainError with \(base):\nExponentiation yielding a complex result requires a complex argument.\nReplace x^y with (x+0im)^y, Complex(x)^y, or similar.",
      span)
  }

  /// `x^p` for a literal integer `p`: Julia's `literal_pow` (`x^2` is `x*x`, `x^3` is `x*x*x`).
  func literalPower(_ a: Value, _ p: Int, _ span: SourceSpan) throws -> Value {
    switch a {
    case .float(let x):
      switch p {
      case 0: return .float(1)
      case 1: return a
      case 2: return .float(x * x)
      case 3: return .float(x * x * x)
      case -1: return .float(1 / x)
      default: return .float(try floatPower(x, Double(p), span))
      }
    case .int(let x):
      switch p {
      case 2: return .int(x &* x)
      case 3: return .int(x &* x &* x)
      case let p where p < 0: return try literalPower(.float(1 / Double(x)), -p, span)
      default: return .int(try integerPower(x, p, span))
      }
    case .trackedReal(let x):
      if x.precision == .single { return try singleTrackedBinary(.power, a, .int(p), span) }
      return .trackedReal(pow(x, p))
    case .object(let object as NumberObject):
      return try numberLiteralPower(object, p, span)
    default:
      return try binary(.power, a, .int(p), span)
    }
  }

  /// `op x`.
  func unary(_ op: UnaryOperator, _ value: Value, _ span: SourceSpan) throws -> Value {
    switch (op, value) {
    case (.negate, .int(let x)): return .int(0 &- x)
    case (.negate, .float(let x)): return .float(-x)
    case (.negate, .bool(let b)): return .int(b ? -1 : 0)
    case (.negate, .trackedReal(let x)):
      if x.precision == .single { return .trackedReal(tape.single(.negate, x)) }
      return .trackedReal(-x)
    case (.negate, .trackedArray(let x)): return .trackedArray(TrackedArrayBox(-x.value))
    case (.negate, .range(let range)) where range.form != .linearIndices:
      return try negatedRange(range, span)
    case (.negate, .array), (.negate, .range):
      return try broadcast([value], span) { try self.unary(.negate, $0[0], span) }
    case (.plus, _) where value.isNumber: return value
    case (.plus, .array): return value
    case (.not, .bool(let b)): return .bool(!b)
    case (.bitNot, .int(let x)): return .int(~x)
    case (.bitNot, .bool(let b)): return .bool(!b)
    case (.squareRoot, _):
      return try callBuiltin(.sqrt, [value], [], span)
    case (.negate, .object(let object as NumberObject)),
      (.bitNot, .object(let object as NumberObject)):
      return try numberUnary(op, object, span)
    default:
      if Self.isUserInstance(value), let result = try userUnary(op, value, span) { return result }
      if op == .negate, let result = try negatedUniformScaling(value, span) { return result }
      throw fail(
        .method, "MethodError: no method matching \(op.rawValue)(::\(value.type.name))", span)
    }
  }

  /// Binary operations beyond two plain numbers: tracked values, arrays, strings, equality.
  func generalBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value
  {
    // Bool with Bool stays Bool for `*` (`x & y`), `&`, `|` and `⊻` (base/bool.jl).
    if case .bool(let x) = a, case .bool(let y) = b {
      switch op {
      case .multiply, .bitAnd: return .bool(x && y)
      case .bitOr: return .bool(x || y)
      case .bitXor: return .bool(x != y)
      default: break
      }
    }
    if Self.isUserInstance(a) || Self.isUserInstance(b),
      let result = try userBinary(op, a, b, span)
    {
      return result
    }
    if let result = try numberBinary(op, a, b, span) { return result }
    if let result = try irrationalBinary(op, a, b, span) { return result }
    if case .object = a, let result = try uniformScalingBinary(op, a, b, span) { return result }
    if case .object = b, let result = try uniformScalingBinary(op, a, b, span) { return result }
    switch op {
    case .equal: return .bool(try valuesEqual(a, b, span))
    case .notEqual: return .bool(!(try valuesEqual(a, b, span)))
    case .identical: return .bool(identical(a, b))
    case .notIdentical: return .bool(!identical(a, b))
    case .isa:
      guard case .type(let type) = b else {
        throw fail(.type, "TypeError: in isa, expected Type, got \(b.type.name)", span)
      }
      return .bool(a.type.isSubtype(of: type))
    case .subtype, .supertype:
      guard case .type(let x) = a, case .type(let y) = b else { break }
      return .bool(op == .subtype ? x.isSubtype(of: y) : y.isSubtype(of: x))
    case .isIn, .notIn:
      if let found = try collectionContains(b, a, span) {
        return .bool(op == .isIn ? found : !found)
      }
      try charge(Self.workSize(b), span)
      var found = false
      try forEach(b, span) { element in
        if try self.valuesEqual(a, element, span) {
          found = true
          return false
        }
        return true
      }
      return .bool(op == .isIn ? found : !found)
    case .compose:
      return .object(ComposedFunction(outer: a, inner: b))
    case .less, .greater:
      if case .object(let p as PairObject) = op == .less ? a : b,
        case .object(let q as PairObject) = op == .less ? b : a
      {
        return .bool(try pairIsLess(p, q, span))
      }
    default:
      break
    }
    if case .bool(let x) = a { return try binary(op, .int(x ? 1 : 0), b, span) }
    if case .bool(let y) = b { return try binary(op, a, .int(y ? 1 : 0), span) }
    if let result = try trackedBinary(op, a, b, span) { return result }
    if let result = try arrayBinary(op, a, b, span) { return result }
    switch (op, a, b) {
    case (.multiply, .string(let x), .string(let y)):
      try allocateText(x.utf8.count + y.utf8.count, span)
      return .string(x + y)
    case (.multiply, .string(let x), .char(let y)): return .string(x + String(y))
    case (.multiply, .char(let x), .string(let y)): return .string(String(x) + y)
    case (.multiply, .char(let x), .char(let y)): return .string(String(x) + String(y))
    case (.power, .string(let x), .int(let n)) where n >= 0:
      try allocateText(x.utf8.count, times: n, span)
      return .string(String(repeating: x, count: n))
    case (.add, .char, .int), (.add, .int, .char), (.subtract, .char, _), (.less, .char, .char),
      (.greater, .char, .char), (.lessOrEqual, .char, .char), (.greaterOrEqual, .char, .char):
      return try JuliaString.charArithmetic(op, a, b, self, span)
    case (.less, .string(let x), .string(let y)): return .bool(x < y)
    case (.greater, .string(let x), .string(let y)): return .bool(x > y)
    case (.lessOrEqual, .string(let x), .string(let y)): return .bool(x <= y)
    case (.greaterOrEqual, .string(let x), .string(let y)): return .bool(x >= y)
    default:
      throw fail(
        .method,
        "MethodError: no method matching \(op.functionName)(::\(a.type.name), ::\(b.type.name))",
        span)
    }
  }

  /// Arithmetic and comparisons with a tracked scalar on either side.
  func trackedBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan) throws
    -> Value?
  {
    if hasSingleTrackedReal(a, b) { return try singleTrackedBinary(op, a, b, span) }
    switch (a, b) {
    case (.trackedReal(let x), .trackedReal(let y)):
      switch op {
      case .add: return .trackedReal(x + y)
      case .subtract: return .trackedReal(x - y)
      case .multiply: return .trackedReal(x * y)
      case .divide: return .trackedReal(x / y)
      case .power: return .trackedReal(pow(x, y))
      default: return try binary(op, .float(x.data), .float(y.data), span)
      }
    case (.trackedReal(let x), _):
      guard let y = b.doubleValue else { return nil }
      switch op {
      case .add: return .trackedReal(x + y)
      case .subtract: return .trackedReal(x - y)
      case .multiply: return .trackedReal(x * y)
      case .divide: return .trackedReal(x / y)
      case .power:
        if case .int(let n) = b { return .trackedReal(pow(x, n)) }
        return .trackedReal(pow(x, y))
      default: return try binary(op, .float(x.data), b, span)
      }
    case (_, .trackedReal(let y)):
      guard let x = a.doubleValue else { return nil }
      switch op {
      case .add: return .trackedReal(x + y)
      case .subtract: return .trackedReal(x - y)
      case .multiply: return .trackedReal(x * y)
      case .divide: return .trackedReal(x / y)
      case .power: return .trackedReal(pow(x, y))
      default: return try binary(op, a, .float(y.data), span)
      }
    default:
      return nil
    }
  }

  /// Whether two values are `==`.
  func valuesEqual(_ a: Value, _ b: Value, _ span: SourceSpan) throws -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.int(let x), .float(let y)): return Double(x) == y
    case (.float(let x), .int(let y)): return x == Double(y)
    case (.bool(let x), .bool(let y)): return x == y
    case (.bool(let x), _): return try valuesEqual(.int(x ? 1 : 0), b, span)
    case (_, .bool(let y)): return try valuesEqual(a, .int(y ? 1 : 0), span)
    case (.string(let x), .string(let y)):
      try charge(Swift.min(x.utf8.count, y.utf8.count), span)
      return x == y
    case (.char(let x), .char(let y)): return x == y
    case (.symbol(let x), .symbol(let y)): return x == y
    case (.nothing, .nothing): return true
    case (.trackedReal(let x), _): return try valuesEqual(.float(x.data), b, span)
    case (_, .trackedReal(let y)): return try valuesEqual(a, .float(y.data), span)
    case (.tuple(let x), .tuple(let y)):
      guard x.count == y.count else { return false }
      for (p, q) in zip(x, y) where !(try valuesEqual(p, q, span)) { return false }
      return true
    case (.type(let x), .type(let y)): return x == y
    case (.object, _), (_, .object):
      if let equal = try collectionsEqual(a, b, span) { return equal }
      return identical(a, b)
    default:
      if a.isNumber, b.isNumber, a.numberObject != nil || b.numberObject != nil {
        return try truth(try generalBinary(.equal, a, b, span), span)
      }
      if let (xs, dx) = try arrayContents(a, span), let (ys, dy) = try arrayContents(b, span) {
        guard dx == dy else { return false }
        try charge(xs.count, span)
        for (p, q) in zip(xs, ys) where !(try valuesEqual(p, q, span)) { return false }
        return true
      }
      return identical(a, b)
    }
  }

  /// Julia's `===`: the same object for mutable values, equal bits for immutable ones.
  func identical(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.array(let x), .array(let y)): return x === y
    case (.function(let x), .function(let y)): return x === y
    case (.builtin(let x), .builtin(let y)): return x == y
    case (.object(let x as StructInstance), .object(let y as StructInstance)):
      // Immutable values are `===` when their types and fields are (src/builtins.c `jl_egal`).
      if x === y { return true }
      guard !x.userType.isMutable, x.type == y.type else { return false }
      return zip(x.fields, y.fields).allSatisfy { identical($0, $1) }
    case (.object(let x as NumberObject), .object(let y as NumberObject)):
      return x.isIdentical(to: y)
    case (.object(let x), .object(let y)): return x === y
    case (.module(let x), .module(let y)): return x === y
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
    case (.bool(let x), .bool(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.char(let x), .char(let y)): return x == y
    case (.symbol(let x), .symbol(let y)): return x == y
    case (.nothing, .nothing): return true
    case (.type(let x), .type(let y)): return x == y
    case (.tuple(let x), .tuple(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { identical($0, $1) }
    default: return false
    }
  }
}

/// `f ∘ g`.
final class ComposedFunction: RuntimeObject {
  let outer: Value
  let inner: Value

  init(outer: Value, inner: Value) {
    self.outer = outer
    self.inner = inner
  }

  override var type: JuliaType { .function }
}

/// An operator used as a function value (`reduce(+, xs)`, `map(*, a, b)`).
final class OperatorFunction: RuntimeObject, CallableObject {
  let op: BinaryOperator

  init(_ op: BinaryOperator) { self.op = op }

  override var type: JuliaType { .function }
  override func show(_ session: Interpreter) -> String { op.rawValue }
  override func display(_ session: Interpreter) -> String {
    "\(op.rawValue) (generic function with 1 method)"
  }

  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  )
    throws -> Value
  {
    if args.count == 1, op == .subtract { return try session.unary(.negate, args[0], span) }
    if args.count == 1, op == .add || op == .multiply { return args[0] }
    guard args.count >= 2 else { throw session.noMethod(op.rawValue, args, span) }
    var result = try session.binary(op, args[0], args[1], span)
    if op == .add || op == .multiply {
      for next in args.dropFirst(2) { result = try session.binary(op, result, next, span) }
    } else if args.count > 2 {
      throw session.noMethod(op.rawValue, args, span)
    }
    return result
  }
}
