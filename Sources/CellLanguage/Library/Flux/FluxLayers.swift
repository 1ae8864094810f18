import Autodiff
import SourcePositions

extension LibraryModule {
  /// Flux 0.8.3's `Dense` constructors (`src/layers/basic.jl`) and its initialisers
  /// (`src/utils.jl`).
  ///
  /// `Dense(in, out, σ)` draws its weights with `glorot_uniform`, which at v0.8.3 is
  /// `(rand(Float32, dims...) .- 0.5f0) .* sqrt(24.0f0/sum(dims))` from the global RNG, and its
  /// bias with Flux's `zeros`, `Float32` too: the layer computes in `Float32`. `initW`/`initb`
  /// functions that return `Float64` arrays build it in `Float64`.
  static var fluxLayerFunctions: [LibraryFunction] {
    let layerKeywords: Set<String> = ["initW", "initb"]
    return [
      LibraryFunction(
        "Dense",
        [
          LibraryMethod([.integer, .integer], keywords: layerKeywords) { call in
            try call.session.denseLayer(call, activation: .builtin(.identity))
          },
          LibraryMethod([.integer, .integer, .any], keywords: layerKeywords) { call in
            try call.session.denseLayer(call, activation: call.args[2])
          },
          LibraryMethod([.trackedArray(2), .trackedArray(1)]) { call in
            try call.session.denseLayer(parameters: call, activation: .builtin(.identity))
          },
          LibraryMethod([.trackedArray(2), .trackedArray(1), .any]) { call in
            try call.session.denseLayer(parameters: call, activation: call.args[2])
          },
          // Flux 0.8 keeps plain arrays untracked: a layer that no gradient reaches, whose
          // outputs are plain arrays.
          LibraryMethod([.abstractArray(nil, 2), .abstractArray(nil, 1)]) { call in
            try call.session.plainDenseLayer(call, activation: .builtin(.identity))
          },
          LibraryMethod([.abstractArray(nil, 2), .abstractArray(nil, 1), .any]) { call in
            try call.session.plainDenseLayer(call, activation: call.args[2])
          },
        ]),
      LibraryFunction(
        "glorot_uniform",
        [
          LibraryMethod([], vararg: .integer) { call in
            try call.session.glorotUniform(
              call.args.map { try call.session.intArgument($0, call.span) }, call.span)
          }
        ]),
    ]
  }
}

extension Interpreter {
  /// `Dense(in, out, σ; initW = glorot_uniform, initb = zeros)`: `W = param(initW(out, in))`,
  /// `b = param(initb(out))`.
  func denseLayer(_ call: LibraryCall, activation: Value) throws -> Value {
    let inputs = try intArgument(call.args[0], call.span)
    let outputs = try intArgument(call.args[1], call.span)
    guard inputs >= 0, outputs >= 0 else {
      throw call.fail(.argument, "ArgumentError: invalid Array dimensions")
    }
    let w =
      try call.keyword("initW").map {
        try call.session.call($0, [.int(outputs), .int(inputs)], [], call.span)
      } ?? glorotUniform([outputs, inputs], call.span)
    let b =
      try call.keyword("initb").map {
        try call.session.call($0, [.int(outputs)], [], call.span)
      }
      ?? .array(
        try makeArray(
          Array(repeating: NumberObject.float32(0), count: outputs),
          elementType: .numeric(.float32), dims: [outputs], call.span))
    let weight = try layerParameter(w, dims: [outputs, inputs], "initW", call.span)
    let bias = try layerParameter(b, dims: [outputs], "initb", call.span)
    guard weight.precision == bias.precision else {
      throw call.fail(
        .unsupported,
        "a Dense layer whose weights and bias have different element types is not supported by sitegen's Julia"
      )
    }
    return .object(
      DenseObject(
        weight: weight, bias: bias, activation: activation, inputs: inputs, outputs: outputs))
  }

  /// Flux 0.8.3's `glorot_uniform(dims...) = (rand(Float32, dims...) .- 0.5f0) .*
  /// sqrt(24.0f0/sum(dims))`, in `Float32` from the global RNG.
  func glorotUniform(_ dims: [Int], _ span: SourceSpan) throws -> Value {
    guard let rand = LibraryModule.named("Base")?.functions.first(where: { $0.name == "rand" })
    else { throw fail(.unsupported, "rand is not available", span) }
    let draws = try call(
      .object(rand), [.type(.numeric(.float32))] + dims.map { .int($0) }, [], span)
    guard case .array(let box) = draws else { throw noMethod("glorot_uniform", [draws], span) }
    let scale = (24 / Float(dims.reduce(0, +))).squareRoot()
    let values = box.values.map { value -> Value in
      NumberObject.float32((Float(value.float32Double) - 0.5) * scale)
    }
    return .array(try makeArray(values, elementType: .numeric(.float32), dims: box.dims, span))
  }

  /// `Dense(W, b, σ)` of tracked parameters.
  func denseLayer(parameters call: LibraryCall, activation: Value) throws -> Value {
    guard case .trackedArray(let w) = call.args[0], case .trackedArray(let b) = call.args[1],
      b.dims[0] == w.dims[0]
    else {
      throw call.fail(
        .dimensionMismatch, "DimensionMismatch: the bias must have one element per row of W")
    }
    guard w.value.precision == b.value.precision else {
      throw call.fail(
        .unsupported,
        "a Dense layer whose weights and bias have different element types is not supported by sitegen's Julia"
      )
    }
    return .object(
      DenseObject(
        weight: w.value, bias: b.value, activation: activation, inputs: w.dims[1],
        outputs: w.dims[0]))
  }

  /// `Dense(W, b, σ)` of plain arrays: Flux 0.8.3 keeps them as they are.
  func plainDenseLayer(_ call: LibraryCall, activation: Value) throws -> Value {
    guard case .array(let w) = call.args[0], case .array(let b) = call.args[1],
      w.dims.count == 2, b.dims == [w.dims[0]]
    else {
      throw call.fail(
        .dimensionMismatch, "DimensionMismatch: the bias must have one element per row of W")
    }
    return .object(
      PlainDenseObject(weight: call.args[0], bias: call.args[1], activation: activation))
  }

  /// A new parameter from what `initW`/`initb` returned: a `Float64` or `Float32` array of the
  /// given dims.
  func layerParameter(_ value: Value, dims: [Int], _ name: String, _ span: SourceSpan) throws
    -> TrackedArray
  {
    guard case .array(let box) = value,
      box.elementType == .float64 || box.elementType == .numeric(.float32)
    else {
      throw fail(
        .unsupported,
        "\(name) must return an Array of Float64 or Float32 here (other element types are not supported by sitegen's Julia), got \(value.type.name)",
        span)
    }
    guard box.dims == dims else {
      throw fail(
        .dimensionMismatch,
        "DimensionMismatch: \(name) returned an array of size \(box.dims), expected \(dims)", span)
    }
    try allocate(box.count, span)
    return tape.param(try tensor(value, span), precision: floatPrecision(value) ?? .double)
  }
}

/// How Julia 1.0 prints a function that Flux's `show` methods print (`print(io, l.σ)`):
/// a function of a package module prints qualified (`NNlib.relu`), Base's and Main's plainly.
extension Interpreter {
  func printedFunctionName(_ value: Value) -> String {
    let nnlib: Set<String> = ["relu", "σ", "sigmoid", "softmax", "leakyrelu", "logsoftmax", "elu"]
    let name: String
    switch value {
    case .builtin(let builtin): name = builtin.name
    case .object(let function as LibraryFunction): name = function.name
    default: return show(value)
    }
    if name == "sigmoid" { return "NNlib.σ" }
    return nnlib.contains(name) ? "NNlib." + name : name
  }
}

/// Flux 0.8.3's `Dense(W, b, σ)` of plain arrays: `σ.(W*x .+ b)` computed as plain arrays, no
/// parameters (`params` collects tracked arrays only).
final class PlainDenseObject: RuntimeObject, CallableObject, LayerObject {
  let weight: Value
  let bias: Value
  let activation: Value

  init(weight: Value, bias: Value, activation: Value) {
    self.weight = weight
    self.bias = bias
    self.activation = activation
  }

  var parameters: [Value] { [] }

  override var type: JuliaType { .other("Dense") }
  override func show(_ session: Interpreter) -> String {
    guard case .array(let w) = weight else { return "Dense" }
    return DenseObject.show(
      inputs: w.dims[1], outputs: w.dims[0], activation: activation, session)
  }
  override func field(_ name: String, _ session: Interpreter) -> Value? {
    switch name {
    case "W", "weight": weight
    case "b", "bias": bias
    case "σ": activation
    default: nil
    }
  }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    PlainDenseObject(
      weight: copier.copy(weight), bias: copier.copy(bias), activation: copier.copy(activation))
  }

  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  ) throws -> Value {
    guard args.count == 1 else { throw session.noMethod("Dense", args, span) }
    let precision = session.floatPrecision(weight) ?? .double
    let input = try session.denseInput(args[0], precision, span)
    let product = try session.matrixProduct(weight, input, span)
    let affine = try session.broadcastBinary(.add, product, bias, span)
    if case .builtin(.identity) = activation { return affine }
    return try session.broadcast([affine], span) { try session.call(self.activation, $0, [], span) }
  }
}
