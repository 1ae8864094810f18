import Autodiff
import SourcePositions

/// Tracked `Float32` values (Flux 0.8's default parameters): which precision a tracked
/// operation computes in, and how its values look as plain ones.
///
/// A tracked operation is `Float32` when every floating-point operand is (integers and
/// Booleans take the other operand's type, as in Julia); one that mixes `Float32` and
/// `Float64` computes in `Float64`, as Julia promotes (see ``Precision``).
extension Interpreter {
  /// The precision a value brings to a tracked operation; `nil` for integers, Booleans and
  /// values of no element type.
  func floatPrecision(_ value: Value) -> Precision? {
    switch value {
    case .trackedArray(let box): return box.value.precision
    case .trackedReal(let x): return x.precision
    case .float: return .double
    case .array(let box):
      switch box.elementType {
      case .float64, .trackedReal: return .double
      case .numeric(.float32): return .single
      default: return nil
      }
    case .range(let range): return range.type == .range(.float64) ? .double : nil
    case .object(let number as NumberObject):
      if case .float32 = number.payload { return .single }
      return nil
    default: return nil
    }
  }

  /// The precision of a tracked operation on `operands`: `Float32` only when no operand is
  /// `Float64`.
  func trackedPrecision(_ operands: [Value], _ span: SourceSpan) throws -> Precision {
    var single = false
    for operand in operands {
      switch floatPrecision(operand) {
      case .single?: single = true
      case .double?: return .double
      case nil: break
      }
    }
    return single ? .single : .double
  }

  /// Whether either operand is a `Float32` tracked scalar.
  func hasSingleTrackedReal(_ a: Value, _ b: Value) -> Bool {
    if case .trackedReal(let x) = a, x.precision == .single { return true }
    if case .trackedReal(let y) = b, y.precision == .single { return true }
    return false
  }

  /// Arithmetic with a `Float32` tracked scalar: `+ - * / ^` record a single-precision node,
  /// comparisons compare the values.
  func singleTrackedBinary(_ op: BinaryOperator, _ a: Value, _ b: Value, _ span: SourceSpan)
    throws -> Value
  {
    let engineOp: BinaryOp
    switch op {
    case .add: engineOp = .add
    case .subtract: engineOp = .subtract
    case .multiply: engineOp = .multiply
    case .divide: engineOp = .divide
    case .power: engineOp = .power
    default: return try binary(op, plainSingle(a), plainSingle(b), span)
    }
    let precision = try trackedPrecision([a, b], span)
    guard let x = try broadcastable(a, span), let y = try broadcastable(b, span) else {
      throw noMethod(op.functionName, [a, b], span)
    }
    do {
      guard
        case .trackedScalar(let result) = try Autodiff.broadcast(
          engineOp, x, y, precision: precision)
      else { throw noMethod(op.functionName, [a, b], span) }
      return .trackedReal(result)
    } catch let error as AutodiffError {
      throw engineError(error, span)
    }
  }

  /// A `Float32` tracked scalar's value as a `Float32`; other values as they are.
  func plainSingle(_ value: Value) -> Value {
    if case .trackedReal(let x) = value {
      return x.precision == .single ? NumberObject.float32(Float(x.data)) : .float(x.data)
    }
    return value
  }

  /// Elements of a tracked array as plain values of its element type.
  func plainElements(_ scalars: [Double], _ precision: Precision) -> [Value] {
    switch precision {
    case .double: scalars.map { .float($0) }
    case .single: scalars.map { NumberObject.float32(Float($0)) }
    }
  }

  /// The element type of a tracked array's plain values.
  func plainElementType(_ precision: Precision) -> JuliaType {
    precision == .single ? .numeric(.float32) : .float64
  }

  /// Julia's name of the element type.
  func elementTypeName(_ precision: Precision) -> String {
    precision == .single ? "Float32" : "Float64"
  }

  /// Flux 0.8.3's `(a::Dense{<:Any,W})(x::AbstractArray{<:Real})` for `W <: AbstractArray{T}`
  /// (src/layers/basic.jl): an input of another element type is applied as `a(T.(x))`, so a
  /// `Float32` layer computes in `Float32` whatever it is given.
  func denseInput(_ x: Value, _ precision: Precision, _ span: SourceSpan) throws -> Value {
    let given = floatPrecision(x)
    if given == precision || (given == nil && precision == .double) { return x }
    switch x {
    case .trackedArray, .trackedReal:
      throw fail(
        .unsupported,
        "a \(elementTypeName(precision)) Dense layer applied to tracked \(elementTypeName(given ?? .double)) values (Flux converts them with T.(x)) is not supported by sitegen's Julia",
        span)
    case .array(let box):
      guard box.values.allSatisfy({ $0.float32Value != nil || $0.doubleValue != nil }) else {
        throw noMethod("Dense", [x], span)
      }
      let values = box.values.map { precision.rounded($0.float32Double) }
      return .array(
        try makeArray(
          plainElements(values, precision), elementType: plainElementType(precision),
          dims: box.dims, span))
    default:
      return x
    }
  }

  /// One-argument math on a `Float32` tracked scalar.
  func singleTrackedMath(_ builtin: Builtin, _ x: TrackedReal, _ span: SourceSpan) throws -> Value {
    let op: UnaryOp
    switch builtin {
    case .sqrt:
      guard x.data >= 0 else { throw domainError("sqrt", x.data, span) }
      op = .sqrt
    case .abs: op = .abs
    case .exp: op = .exp
    case .log:
      guard x.data >= 0 else { throw domainError("log", x.data, span) }
      op = .log
    case .sin: op = .sin
    case .cos: op = .cos
    case .tanh: op = .tanh
    case .relu: op = .relu
    case .sigmoid, .sigmoidName: op = .sigmoid
    case .identity: return .trackedReal(x)
    default:
      throw fail(
        .unsupported,
        "\(builtin.name) of a Float32 tracked number is not supported by sitegen's Julia", span)
    }
    return .trackedReal(tape.single(op, x))
  }
}
