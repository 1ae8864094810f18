import Autodiff
import SourcePositions

/// The autodiff built-ins: Tracker's `param`, `back!`, `data`, `grad`, `gradient`, optimisers
/// and layers, on the session's tape.
extension Interpreter {
  func tensor(_ value: Value, _ span: SourceSpan) throws -> Tensor {
    guard let (values, dims) = try arrayContents(value, span) else {
      throw fail(.method, "MethodError: no method matching Tensor(::\(value.type.name))", span)
    }
    let doubles = try values.map { element -> Double in
      if case .trackedReal(let x) = element { return x.data }
      guard let x = element.doubleValue ?? element.float32Value else {
        throw fail(.method, "MethodError: no method matching Float64(::\(element.type.name))", span)
      }
      return x
    }
    return Tensor(shape: shape(of: dims), scalars: doubles)
  }

  /// Tracker's `data(x)`: the value without tracking.
  func untracked(_ value: Value, _ span: SourceSpan) throws -> Value {
    switch value {
    case .trackedReal: return plainSingle(value)
    case .trackedArray(let box):
      let precision = box.value.precision
      return .array(
        try makeArray(
          plainElements(box.value.data.scalars, precision),
          elementType: plainElementType(precision), dims: box.dims, span))
    case .array(let box) where box.elementType == .trackedReal:
      return .array(
        try makeArray(
          try box.values.map { try untracked($0, span) }, elementType: .float64, dims: box.dims,
          span))
    default: return value
    }
  }

  func autodiffBuiltin(
    _ builtin: Builtin, _ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan
  )
    throws -> Value
  {
    func arity(_ counts: ClosedRange<Int>) throws {
      guard counts.contains(args.count) else { throw noMethod(builtin.name, args, span) }
    }
    do {
      switch builtin {
      case .param:
        try arity(1...1)
        switch args[0] {
        case .int, .float, .bool: return .trackedReal(tape.param(args[0].doubleValue ?? 0))
        case let value where value.float32Value != nil:
          return .trackedReal(tape.param(value.float32Double, precision: .single))
        case .trackedReal(let x): return .trackedReal(tape.param(x.data))
        default:
          try allocate(1, span)
          let precision = floatPrecision(args[0]) ?? .double
          return .trackedArray(
            TrackedArrayBox(tape.param(try tensor(args[0], span), precision: precision)))
        }
      case .back:
        try arity(1...2)
        switch args[0] {
        case .trackedReal(let x):
          if args.count == 2 {
            try x.back(seed: try realArgument(args[1], "back!", span))
          } else {
            try x.back()
          }
        case .trackedArray(let box):
          if args.count == 2 {
            try box.value.back(seed: try tensor(args[1], span))
          } else {
            try box.value.back()
          }
        default:
          throw noMethod("back!", args, span)
        }
        return .nothing
      case .data:
        try arity(1...1)
        return try untracked(args[0], span)
      case .grad:
        try arity(1...1)
        return try field(args[0], "grad", span)
      case .zeroGrad:
        try arity(1...1)
        if case .trackedArray(let box) = args[0] { box.value.zeroGrad() }
        return .nothing
      case .gradient, .withgradient, .ngradient:
        // Tracker 0.2.0's `gradient(f, xs...; nest = false)`: nested gradients (`nest = true`,
        // differentiating through the backward pass) are not built.
        for (name, value) in kwargs where name == "nest" {
          guard case .bool(let nest) = value, builtin == .gradient else {
            throw noMethod(builtin.name, args, span)
          }
          if nest { return try nestedGradient(args, span) }
        }
        return try gradientBuiltin(builtin, args, span)
      case .params, .paramsType:
        var arrays: [Value] = []
        for arg in args {
          switch arg {
          case .trackedArray, .trackedReal: arrays.append(arg)
          case .object(let object as LayerObject): arrays.append(contentsOf: object.parameters)
          default: arrays.append(contentsOf: try iterate(arg, span))
          }
        }
        return .object(ParamsObject(arrays))
      case .descent:
        return .object(
          OptimizerObject(
            Descent(try args.first.map { try realArgument($0, "Descent", span) } ?? 0.1), "Descent")
        )
      case .momentum:
        let eta = try args.first.map { try realArgument($0, "Momentum", span) } ?? 0.01
        let rho = try args.dropFirst().first.map { try realArgument($0, "Momentum", span) } ?? 0.9
        return .object(OptimizerObject(Momentum(eta, rho), "Momentum"))
      case .adam:
        let eta = try args.first.map { try realArgument($0, "ADAM", span) } ?? 0.001
        var beta = (0.9, 0.999)
        if args.count > 1, case .tuple(let pair) = args[1], pair.count == 2,
          let b1 = pair[0].doubleValue, let b2 = pair[1].doubleValue
        {
          beta = (b1, b2)
        }
        return .object(OptimizerObject(ADAM(eta, beta), "ADAM"))
      case .update:
        if args.count == 2, let updated = try trackerUpdate(args[0], args[1], span) {
          return updated
        }
        guard args.count >= 2, case .object(let object as OptimizerObject) = args[0] else {
          throw noMethod("update!", args, span)
        }
        if args.count == 3, case .object(let grads as GradsObject) = args[2] {
          try updateWithGrads(object.optimizer, try parameterList(args[1], span), grads, span)
          return .nothing
        }
        if args.count == 3, case .trackedArray(let parameter) = args[1] {
          switch args[2] {
          case .array, .trackedArray:
            try updateWithGradient(object.optimizer, parameter.value, args[2], span)
            return .nothing
          default: break
          }
        }
        for parameter in try parameterList(args[1], span) {
          switch parameter {
          case .trackedArray(let box): try object.optimizer.update(box.value)
          case .trackedReal(let x): try object.optimizer.update(x)
          default: break
          }
        }
        return .nothing
      case .dense:
        guard args.count >= 2 else { throw noMethod("Dense", args, span) }
        let inputs = try intArgument(args[0], span)
        let outputs = try intArgument(args[1], span)
        let activation = args.count > 2 ? args[2] : .builtin(.identity)
        // Flux's glorot_uniform: (rand(out, in) .- 0.5) .* sqrt(24 / (in + out)).
        let scale = (24.0 / Double(inputs + outputs)).squareRoot()
        guard inputs >= 0, outputs >= 0 else {
          throw fail(.argument, "ArgumentError: invalid dimensions for Dense", span)
        }
        try allocate(try elementCount([outputs, inputs + 1], span), span)
        let weights = random.rand(rows: outputs, columns: inputs).map { ($0 - 0.5) * scale }
        let w = tape.param(Tensor(shape: .matrix(rows: outputs, columns: inputs), scalars: weights))
        let b = tape.param(Tensor(zeros: .vector(outputs)))
        return .object(
          DenseObject(weight: w, bias: b, activation: activation, inputs: inputs, outputs: outputs))
      case .chain:
        return .object(ChainObject(args))
      case .mse:
        try arity(2...2)
        if case .trackedArray(let box) = args[0] {
          return .trackedReal(try Losses.mse(box.value, try tensor(args[1], span)))
        }
        let difference = try broadcastBinary(.subtract, args[0], args[1], span)
        let squares = try broadcast([difference], span) { try self.literalPower($0[0], 2, span) }
        let total = try reduction(.sum, [squares], [], span)
        let count = try reduction(.length, [args[1]], [], span)
        return try binary(.divide, total, count, span)
      case .softmax:
        try arity(1...1)
        let values = try elements(args[0], span)
        let peak = try reduction(.maximum, [args[0]], [], span)
        let exps = try values.map {
          try mathFunction(.exp, try binary(.subtract, $0, peak, span), span)
        }
        let total = try sumValues(exps, span)
        return .array(try makeArray(try exps.map { try binary(.divide, $0, total, span) }, span))
      case .graph:
        try arity(1...1)
        return .object(GraphObject(try computationGraph(args[0], span)))
      case .train:
        throw fail(
          .argument,
          "ArgumentError: train! is not supported; write the loop with gradient and update!", span)
      default:
        throw noMethod(builtin.name, args, span)
      }
    } catch let error as AutodiffError {
      throw engineError(error, span)
    }
  }

  /// Flux 0.8's `update!(opt, x, x̄) = update!(x, -apply!(opt, x, data(x̄)))`: the optimiser
  /// turns the gradient into the step in place (a plain array `x̄` holds the step afterwards,
  /// as in Flux), the step is subtracted from the parameter and its `grad` is zeroed.
  func updateWithGradient(
    _ optimizer: any Optimizer, _ parameter: TrackedArray, _ gradient: Value, _ span: SourceSpan
  ) throws {
    guard parameter.isParameter else { throw engineError(.notAParameter, span) }
    var delta = try tensor(gradient, span)
    guard delta.shape.count == parameter.shape.count else {
      throw fail(
        .dimensionMismatch, "DimensionMismatch: the gradient has a different size", span)
    }
    let precision = parameter.precision
    let gradientPrecision = floatPrecision(gradient) ?? .double
    delta.scalars.withUnsafeMutableBufferPointer {
      optimizer.apply(
        $0, key: parameter.identity, precision: precision, gradientPrecision: gradientPrecision)
    }
    switch gradient {
    case .array(let box) where box.elementType == .float64:
      box.values = delta.scalars.map { .float($0) }
    case .array(let box) where box.elementType == .numeric(.float32):
      box.values = plainElements(delta.scalars, .single)
    case .trackedArray(let box) where box.value.isParameter:
      try box.value.setData(delta)
    default:
      break
    }
    var data = parameter.data
    for i in data.scalars.indices {
      data.scalars[i] = precision.rounded(data.scalars[i] + -delta.scalars[i])
    }
    try parameter.setData(data)
    parameter.zeroGrad()
  }

  /// Flux 0.8.3's `update!(opt, xs::Params, gs) = for x in xs; update!(opt, x, gs[x]); end`
  /// (src/optimise/train.jl): each array parameter steps by `apply!(opt, x, data(gs[x]))`,
  /// which leaves the step in the Grads; a parameter the Grads lack is a `KeyError`.
  func updateWithGrads(
    _ optimizer: any Optimizer, _ parameters: [Value], _ grads: GradsObject, _ span: SourceSpan
  ) throws {
    for parameter in parameters {
      _ = try grads.index([parameter], self, span)
      guard let k = grads.parameters.firstIndex(where: { sameParameter($0, parameter) }) else {
        continue
      }
      switch parameter {
      case .trackedArray(let box):
        let scalars = grads.grads[k] ?? Array(repeating: 0, count: box.value.shape.count)
        let precision = box.value.precision
        let step = ArrayBox(
          plainElements(scalars, precision), elementType: plainElementType(precision),
          dims: box.dims)
        try updateWithGradient(optimizer, box.value, .array(step), span)
        grads.grads[k] = step.values.map(\.float32Double)
      case .trackedReal(let x):
        setParameterGrad(parameter, grads.grads[k])
        try optimizer.update(x)
      default:
        break
      }
    }
  }

  /// Tracker 0.2.0's `update!(x, Δ)` on a tracked parameter (src/lib/array.jl, src/lib/real.jl):
  /// `x.data .+= data(Δ)`, the gradient zeroed, `x` returned; `nil` for other arguments.
  func trackerUpdate(_ x: Value, _ delta: Value, _ span: SourceSpan) throws -> Value? {
    switch x {
    case .trackedArray(let box):
      guard box.value.isParameter else { throw engineError(.notAParameter, span) }
      let step = try tensor(delta, span)
      guard step.shape.count == box.value.shape.count else {
        throw fail(
          .dimensionMismatch, "DimensionMismatch: the update has a different size", span)
      }
      var data = box.value.data
      for i in data.scalars.indices { data.scalars[i] += step.scalars[i] }
      try box.value.setData(data)
      box.value.zeroGrad()
      return x
    case .trackedReal:
      throw fail(
        .unsupported, "update! of a tracked scalar is not supported by sitegen's Julia", span)
    default:
      return nil
    }
  }

  /// The parameters named by `update!`'s second argument.
  func parameterList(_ value: Value, _ span: SourceSpan) throws -> [Value] {
    switch value {
    case .trackedArray, .trackedReal: return [value]
    case .object(let params as ParamsObject): return params.parameters
    case .object(let layer as LayerObject): return layer.parameters
    default: return try iterate(value, span)
    }
  }

  /// `gradient(f, xs…)`, `withgradient(f, xs…)`, `gradient(() -> loss, ps)`.
  func gradientBuiltin(_ builtin: Builtin, _ args: [Value], _ span: SourceSpan) throws -> Value {
    guard let function = args.first else { throw noMethod(builtin.name, args, span) }
    if args.count == 2, case .object(let params as ParamsObject) = args[1] {
      let (l, result) = try implicitGradient(params, span) { try call(function, [], [], span) }
      if builtin == .withgradient {
        return .namedTuple(
          NamedTuple(names: ["val", "grad"], values: [.float(l.data), .object(result)]))
      }
      return .object(result)
    }
    let inputs = Array(args.dropFirst())
    if builtin == .ngradient {
      return .tuple(
        try inputs.enumerated().map { (k, _) in try numericGradient(function, inputs, k, span) })
    }
    // Tracker 0.2.0: `xs = param.(data.(xs))`, fresh parameters of the arguments' values.
    let tracked = try inputs.map { value -> Value in
      switch value {
      case .int, .float: return .trackedReal(tape.param(value.doubleValue ?? 0))
      case .trackedReal(let x): return .trackedReal(tape.param(x.data, precision: x.precision))
      case let value where value.float32Value != nil:
        return .trackedReal(tape.param(value.float32Double, precision: .single))
      default:
        let precision = floatPrecision(value) ?? .double
        return .trackedArray(
          TrackedArrayBox(tape.param(try tensor(value, span), precision: precision)))
      }
    }
    let result = try call(function, tracked, [], span)
    guard case .trackedReal(let l) = result else {
      throw fail(
        .method,
        "MethodError: gradient expects a function returning a tracked scalar, got \(result.type.name)",
        span)
    }
    try l.back()
    let grads = try tracked.map { try trackedGradient(of: $0, span) }
    if builtin == .withgradient {
      return .namedTuple(
        NamedTuple(names: ["val", "grad"], values: [.float(l.data), .tuple(grads)]))
    }
    return .tuple(grads)
  }

  /// Tracker 0.2.0's `extract_grad!`: a copy of the parameter's gradient, returned *tracked*
  /// (`nobacksies(…, copy(grad(x)))`, src/back.jl), so it shows as `14.0 (tracked)` and
  /// arithmetic on it stays tracked; `Tracker.data(g)` gives the plain values. A parameter the
  /// loss did not reach has Tracker's zero gradient.
  func trackedGradient(of parameter: Value, _ span: SourceSpan) throws -> Value {
    switch parameter {
    case .trackedReal(let x):
      return .trackedReal(tape.nobacksies(x.grad ?? 0, precision: x.precision))
    case .trackedArray(let box):
      let grad = box.value.grad ?? Tensor(zeros: box.value.shape)
      try allocate(grad.scalars.count, span)
      return .trackedArray(
        TrackedArrayBox(tape.nobacksies(grad, precision: box.value.precision)))
    default:
      return try field(parameter, "grad", span)
    }
  }

  /// Tracker 0.2.0's `gradient_(f, xs::Params)` (src/back.jl): run, `back!` (which adds to
  /// whatever the parameters' grads held), then `extract_grad!` each parameter: its grad is
  /// copied into the Grads and zeroed.
  func implicitGradient(
    _ params: ParamsObject, _ span: SourceSpan, _ loss: () throws -> Value
  ) throws -> (TrackedReal, GradsObject) {
    let value = try loss()
    guard case .trackedReal(let l) = value else {
      throw fail(
        .method, "MethodError: gradient expects a function returning a tracked scalar", span)
    }
    try l.back()
    let grads = params.parameters.map { parameterGrad($0) }
    for parameter in params.parameters { setParameterGrad(parameter, nil) }
    return (l, GradsObject(params.parameters, grads, session: self))
  }

  func parameterGrad(_ value: Value) -> [Double]? {
    switch value {
    case .trackedArray(let box): box.value.grad?.scalars
    case .trackedReal(let x): x.grad.map { [$0] }
    default: nil
    }
  }

  func setParameterGrad(_ value: Value, _ grad: [Double]?) {
    switch value {
    case .trackedArray(let box):
      box.value.grad = grad.map { Tensor(shape: box.value.shape, scalars: $0) }
    case .trackedReal(let x):
      x.grad = grad?.first ?? 0
    default:
      break
    }
  }

  /// Central finite differences of `f` with respect to argument `k` (Tracker's `ngradient`).
  func numericGradient(_ function: Value, _ inputs: [Value], _ k: Int, _ span: SourceSpan) throws
    -> Value
  {
    func evaluate(_ arguments: [Value]) throws -> Double {
      let result = try call(function, arguments, [], span)
      guard let x = try untracked(result, span).doubleValue else {
        throw fail(.method, "MethodError: the function must return a real number", span)
      }
      return x
    }
    let step = 1e-5
    if let x = inputs[k].doubleValue {
      var plus = inputs
      var minus = inputs
      plus[k] = .float(x + step / 2)
      minus[k] = .float(x - step / 2)
      return .float((try evaluate(plus) - evaluate(minus)) / step)
    }
    let base = try tensor(inputs[k], span)
    var gradient: [Double] = []
    for i in 0..<base.scalars.count {
      var up = base
      var down = base
      up.scalars[i] += step / 2
      down.scalars[i] -= step / 2
      var plus = inputs
      var minus = inputs
      plus[k] = .array(ArrayBox(doubles: up.scalars, dims: dims(of: base.shape)))
      minus[k] = .array(ArrayBox(doubles: down.scalars, dims: dims(of: base.shape)))
      gradient.append((try evaluate(plus) - evaluate(minus)) / step)
    }
    return .array(ArrayBox(doubles: gradient, dims: dims(of: base.shape)))
  }
}
