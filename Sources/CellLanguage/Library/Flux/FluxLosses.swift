import Autodiff
import Foundation
import SourcePositions

extension LibraryModule {
  /// NNlib 0.6's `softmax` and Flux 0.8.3's cross-entropy losses (`src/layers/stateless.jl`).
  static var fluxLossFunctions: [LibraryFunction] {
    let matrixOrVector = JuliaType.abstractArray(nil, nil)
    return [
      LibraryFunction(
        "softmax",
        [
          LibraryMethod([.trackedArray(1)]) { call in try call.session.fluxSoftmax(call) },
          LibraryMethod([.trackedArray(2)]) { call in try call.session.fluxSoftmax(call) },
          LibraryMethod([matrixOrVector]) { call in try call.session.fluxSoftmax(call) },
        ]),
      LibraryFunction(
        "logsoftmax",
        [
          LibraryMethod([.trackedArray(1)]) { call in
            try call.session.fluxSoftmax(call, log: true)
          },
          LibraryMethod([.trackedArray(2)]) { call in
            try call.session.fluxSoftmax(call, log: true)
          },
          LibraryMethod([matrixOrVector]) { call in try call.session.fluxSoftmax(call, log: true) },
        ]),
      // NNlib 0.6's `leakyrelu(x::Real, a = oftype(x/1, 0.01)) = max(a*x, x/1)`.
      LibraryFunction(
        "leakyrelu",
        [
          LibraryMethod([.float64]) { call in try call.session.leakyrelu(call, 0.01) },
          LibraryMethod([.int64]) { call in try call.session.leakyrelu(call, 0.01) },
          LibraryMethod([.float64, .float64]) { call in
            try call.session.leakyrelu(call, call.args[1].doubleValue ?? 0)
          },
          LibraryMethod([.int64, .float64]) { call in
            try call.session.leakyrelu(call, call.args[1].doubleValue ?? 0)
          },
        ]),
      LibraryFunction(
        "crossentropy",
        [
          LibraryMethod([.any, .any]) { call in try call.session.crossentropy(call, logit: false) }
        ]),
      LibraryFunction(
        "logitcrossentropy",
        [
          LibraryMethod([.any, .any]) { call in try call.session.crossentropy(call, logit: true) }
        ]),
      LibraryFunction(
        "binarycrossentropy",
        [
          LibraryMethod([.real, .real]) { call in try call.session.binaryCrossentropy(call) }
        ]),
    ]
  }
}

extension Interpreter {
  /// NNlib 0.6's `softmax(xs)` of a vector or of each column of a matrix; tracked arrays get
  /// Tracker's `∇softmax` gradient.
  func fluxSoftmax(_ call: LibraryCall, log: Bool = false) throws -> Value {
    let x = call.args[0]
    if case .trackedArray(let box) = x {
      try allocate(box.value.shape.count, call.span)
      try call.charge(box.value.shape.count)
      return .trackedArray(
        TrackedArrayBox(log ? Autodiff.logsoftmax(box.value) : Autodiff.softmax(box.value)))
    }
    guard let (values, dims) = try arrayContents(x, call.span), dims.count <= 2 else {
      throw noMethod("softmax", call.args, call.span)
    }
    let doubles = try values.map { element -> Double in
      guard case .float(let v) = element else {
        throw call.fail(
          .unsupported,
          "softmax of an array of \(element.type.name) is not supported by sitegen's Julia (only Float64)"
        )
      }
      return v
    }
    try call.charge(doubles.count)
    let rows = dims[0]
    let columns = dims.count == 2 ? dims[1] : 1
    let result =
      log
      ? Autodiff.logsoftmax(doubles, rows: rows, columns: columns)
      : Autodiff.softmax(doubles, rows: rows, columns: columns)
    return .array(
      try makeArray(result.map { .float($0) }, elementType: .float64, dims: dims, call.span))
  }

  /// Flux 0.8.3's `crossentropy(ŷ, y) = -sum(y .* log.(ŷ) .* weight) * 1 // size(y, 2)` and
  /// `logitcrossentropy(logŷ, y) = -sum(y .* logsoftmax(logŷ) .* weight) * 1 // size(y, 2)`.
  func crossentropy(_ call: LibraryCall, logit: Bool) throws -> Value {
    let name = logit ? "logitcrossentropy" : "crossentropy"
    let (yHat, y) = (call.args[0], call.args[1])
    let targets = try crossentropyTargets(y, call.span)
    let columns = targets.dims.count == 2 ? targets.dims[1] : 1
    let scale = 1 / Double(columns)  // Float64(1 // size(y, 2)), correctly rounded.
    switch yHat {
    case .trackedArray(let box):
      guard box.dims == targets.dims else {
        throw call.fail(
          .dimensionMismatch,
          "DimensionMismatch(\"arrays could not be broadcast to a common size\")")
      }
      try call.charge(2 * targets.values.count)
      let logs =
        logit ? Autodiff.logsoftmax(box.value) : Autodiff.broadcast(.log, box.value)
      try refuseBooleanZeroTimesInfinity(logs.data.scalars, targets, call.span)
      let precision = try trackedPrecision([yHat, y], call.span)
      if precision == .single {
        // In Float32: `1 // size(y, 2)` converts as Float32(1)/Float32(n) (base/rational.jl).
        let products = try Autodiff.broadcast(
          .multiply, .trackedArray(logs),
          .array(Tensor(shape: box.value.shape, scalars: targets.values)), precision: .single)
        guard case .trackedArray(let p) = products else {
          throw noMethod(name, call.args, call.span)
        }
        let total = tape.single(.negate, Autodiff.sum(p))
        let result = try Autodiff.broadcast(
          .multiply, .trackedScalar(total), .scalar(Double(1 / Float(columns))),
          precision: .single)
        guard case .trackedScalar(let loss) = result else {
          throw noMethod(name, call.args, call.span)
        }
        return .trackedReal(loss)
      }
      let products = try logs .* Tensor(shape: box.value.shape, scalars: targets.values)
      return .trackedReal(-Autodiff.sum(products) * scale)
    default:
      guard let (values, dims) = try arrayContents(yHat, call.span), dims == targets.dims else {
        throw noMethod(name, call.args, call.span)
      }
      let predictions = try values.map { element -> Double in
        guard case .float(let v) = element else { throw noMethod(name, call.args, call.span) }
        return v
      }
      let logs =
        logit
        ? Autodiff.logsoftmax(
          predictions, rows: dims[0], columns: dims.count == 2 ? dims[1] : 1)
        : predictions.map { Foundation.log($0) }
      try refuseBooleanZeroTimesInfinity(logs, targets, call.span)
      let products = zip(targets.values, logs).map { $0 * $1 }
      return .float(-JuliaMath.sum(products) * scale)
    }
  }

  /// The targets of a loss as `Float64`s (a `OneHotMatrix`'s Booleans as 0 and 1), their dims,
  /// and whether they were Booleans.
  func crossentropyTargets(_ y: Value, _ span: SourceSpan) throws -> (
    values: [Double], dims: [Int], boolean: Bool
  ) {
    if case .object(let onehot as OneHotObject) = y {
      return (onehot.doubles, onehot.dims, true)
    }
    guard let (values, dims) = try arrayContents(y, span), dims.count <= 2 else {
      throw fail(.method, "MethodError: no method matching crossentropy(…, ::\(y.type.name))", span)
    }
    var boolean = true
    let doubles = try values.map { element -> Double in
      switch element {
      case .bool(let b): return b ? 1 : 0
      case .float(let v):
        boolean = false
        return v
      case .int(let n):
        boolean = false
        return Double(n)
      case let value where value.float32Value != nil:
        boolean = false
        return value.float32Double
      default:
        throw fail(
          .method, "MethodError: no method matching crossentropy(…, ::\(y.type.name))", span)
      }
    }
    return (doubles, dims, boolean && !values.isEmpty)
  }

  /// Julia's `false * -Inf` is `-0.0` (a Boolean is a strong zero) where `0.0 * -Inf` is `NaN`:
  /// an infinite logarithm (a prediction of exactly 0) against a Boolean `false` target is
  /// refused rather than summed as `NaN`.
  func refuseBooleanZeroTimesInfinity(
    _ predictions: [Double], _ targets: (values: [Double], dims: [Int], boolean: Bool),
    _ span: SourceSpan
  ) throws {
    guard targets.boolean else { return }
    for (p, t) in zip(predictions, targets.values) where t == 0 && p.isInfinite {
      throw fail(
        .unsupported,
        "a cross-entropy with log(ŷ) = \(p) against a Boolean target is not supported by sitegen's Julia",
        span)
    }
  }

  /// `max(a*x, x/1)` with Julia's `max` of floats.
  func leakyrelu(_ call: LibraryCall, _ a: Double) throws -> Value {
    guard let x = call.args[0].doubleValue else {
      throw noMethod("leakyrelu", call.args, call.span)
    }
    return .float(JuliaMath.max(a * x, x / 1))
  }

  /// Flux 0.8.3's `binarycrossentropy(ŷ, y; ϵ=eps(ŷ)) = -y*log(ŷ + ϵ) - (1 - y)*log(1 - ŷ + ϵ)`.
  func binaryCrossentropy(_ call: LibraryCall) throws -> Value {
    let (yHat, y) = (call.args[0], call.args[1])
    guard case .float(let p) = untrackedScalar(yHat) else {
      throw noMethod("binarycrossentropy", call.args, call.span)
    }
    let epsilon = Value.float(p.ulp)
    let s = call.span
    let first = try binary(
      .multiply, try unary(.negate, y, s),
      try mathFunction(.log, try binary(.add, yHat, epsilon, s), s), s)
    let oneMinusY = try binary(.subtract, .int(1), y, s)
    let second = try binary(
      .multiply, oneMinusY,
      try mathFunction(
        .log, try binary(.add, try binary(.subtract, .int(1), yHat, s), epsilon, s), s), s)
    return try binary(.subtract, first, second, s)
  }

  private func untrackedScalar(_ value: Value) -> Value {
    switch value {
    case .trackedReal(let x): .float(x.data)
    case .int(let n): .float(Double(n))
    default: value
    }
  }
}
