import Autodiff
import SourcePositions

extension LibraryFunction {
  /// Tracker 0.2.0's `forward` (src/back.jl): `forward(f, args...)` tracks `param.(args)`,
  /// returns `f(args...)` and a function taking `Δ` to the gradients of the arguments;
  /// `forward(f, ps::Params)` returns `f()` and a function taking `Δ` to `Grads`.
  static var trackerForward: LibraryFunction {
    LibraryFunction(
      "forward",
      [
        LibraryMethod([.any, .other("Params")]) { call in
          try call.session.trackerForward(call.args[0], params: call.args[1], call.span)
        },
        LibraryMethod([.any], vararg: .any) { call in
          try call.session.trackerForward(
            call.args[0], arguments: Array(call.args.dropFirst()), call.span)
        },
      ])
  }
}

extension Interpreter {
  /// `forward(f, args...)`: `args = param.(args)`, then `y = f(args...)` and its pullback.
  func trackerForward(_ function: Value, arguments: [Value], _ span: SourceSpan) throws -> Value {
    let tracked = try arguments.map { try freshParameter($0, span) }
    let y = try call(function, tracked, [], span)
    return .tuple([y, .object(Pullback(y, parameters: tracked, grads: false))])
  }

  /// `forward(() -> loss, ps)`: `y = f()` and its pullback into `Grads`.
  func trackerForward(_ function: Value, params: Value, _ span: SourceSpan) throws -> Value {
    guard case .object(let given as ParamsObject) = params else {
      throw noMethod("forward", [function, params], span)
    }
    let y = try call(function, [], [], span)
    return .tuple([y, .object(Pullback(y, parameters: given.parameters, grads: true))])
  }

  /// Tracker's `param(x)` of an argument: a new parameter holding its value.
  func freshParameter(_ value: Value, _ span: SourceSpan) throws -> Value {
    switch value {
    case .int, .float, .bool: return .trackedReal(tape.param(value.doubleValue ?? 0))
    case .trackedReal(let x): return .trackedReal(tape.param(x.data, precision: x.precision))
    case let value where value.float32Value != nil:
      return .trackedReal(tape.param(value.float32Double, precision: .single))
    default:
      let precision = floatPrecision(value) ?? .double
      try allocate(1, span)
      return .trackedArray(
        TrackedArrayBox(tape.param(try tensor(value, span), precision: precision)))
    }
  }
}

/// The function `forward` returns: `Δ ->` the gradients of its value with respect to the
/// parameters, back-propagated from `Δ` without consuming the graph (Tracker's `Grads` pass), so
/// it can be called again.
final class Pullback: RuntimeObject, CallableObject {
  let value: Value
  let parameters: [Value]
  /// Whether it returns `Grads` (`forward(f, ps)`) or a tuple, one per argument.
  let returnsGrads: Bool

  init(_ value: Value, parameters: [Value], grads: Bool) {
    self.value = value
    self.parameters = parameters
    self.returnsGrads = grads
  }

  override var type: JuliaType { .function }
  override func show(_ session: Interpreter) -> String {
    "(::getfield(Tracker, Symbol(\"##9#10\")){Params,Grads}) (generic function with 1 method)"
  }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    Pullback(
      copier.copy(value), parameters: parameters.map { copier.copy($0) }, grads: returnsGrads)
  }

  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  ) throws -> Value {
    guard args.count == 1, kwargs.isEmpty, let seed = args[0].doubleValue ?? args[0].float32Value
    else {
      throw session.fail(
        .unsupported,
        "the pullback of forward called with other than one number is not supported by sitegen's Julia",
        span)
    }
    guard case .trackedReal(let y) = value else {
      throw session.fail(
        .unsupported,
        "forward of a function whose value is not a tracked number is not supported by sitegen's Julia",
        span)
    }
    var arrays: [TrackedArray] = []
    var scalars: [TrackedReal] = []
    for parameter in parameters {
      switch parameter {
      case .trackedArray(let box): arrays.append(box.value)
      case .trackedReal(let x): scalars.append(x)
      default: break
      }
    }
    let grads: Grads
    do {
      grads = try session.tape.gradients(
        of: y, wrt: Params(arrays, scalars: scalars), seed: seed)
    } catch let error as AutodiffError {
      throw session.engineError(error, span)
    }
    let values = parameters.map { parameter -> [Double]? in
      switch parameter {
      case .trackedArray(let box): grads[box.value]?.scalars
      case .trackedReal(let x): grads[x].map { [$0] }
      default: nil
      }
    }
    let result = GradsObject(parameters, values, session: session)
    if returnsGrads { return .object(result) }
    return .tuple(try parameters.map { try result.index([$0], session, span) })
  }
}

extension Interpreter {
  /// Tracker 0.2.0's `gradient(f, xs...; nest = true)` (`gradient_nested`): `forward(f,
  /// xs...)` then `back(1)`, the backward pass recorded as tracked operations, so the
  /// gradients can be differentiated again. `param(x)` of a tracked number is `track(identity,
  /// x)`: the gradient stays connected to `x`.
  func nestedGradient(_ args: [Value], _ span: SourceSpan) throws -> Value {
    guard let function = args.first else { throw noMethod("gradient", args, span) }
    let inputs = try args.dropFirst().map { value -> TrackedReal in
      switch value {
      case .int, .float, .bool: return tape.param(value.doubleValue ?? 0)
      case .trackedReal(let x):
        guard
          case .trackedScalar(let y) = try Autodiff.broadcast(
            .add, .trackedScalar(x), .scalar(0), precision: x.precision)
        else { throw noMethod("gradient", args, span) }
        return y
      default:
        throw fail(
          .unsupported,
          "gradient(f, xs...; nest = true) of an array is not supported by sitegen's Julia", span)
      }
    }
    let y = try call(function, inputs.map { .trackedReal($0) }, [], span)
    guard case .trackedReal(let l) = y else {
      throw fail(.error, "Function output is not scalar", span)
    }
    if l.data.isInfinite { throw engineError(.lossIsInfinite, span) }
    if l.data.isNaN { throw engineError(.lossIsNaN, span) }
    do {
      return .tuple(try tape.nestedGradients(of: l, wrt: inputs, seed: 1).map { .trackedReal($0) })
    } catch let error as AutodiffError {
      throw engineError(error, span)
    }
  }
}
