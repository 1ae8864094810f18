import Autodiff
import SourcePositions

extension LibraryModule {
  /// Flux 0.8.3's `Dense` constructors (`src/layers/basic.jl`).
  ///
  /// `Dense(in, out, σ)` draws its weights with `glorot_uniform`, which at v0.8.3 is
  /// `(rand(Float32, dims...) .- 0.5f0) .* sqrt(24.0f0/sum(dims))`, and its bias with Flux's
  /// `zeros`, also `Float32` (`src/utils.jl`): the whole model then computes in `Float32`, which
  /// sitegen's Julia does not have. Such a layer is refused; `initW`/`initb` functions that
  /// return `Float64` arrays, or `Dense(W, b, σ)` of tracked `Float64` parameters, build the
  /// same layer in `Float64`, as Flux 0.8 does for them.
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
          // outputs are plain arrays. sitegen's layers hold tracked parameters only.
          LibraryMethod([.abstractArray(nil, 2), .abstractArray(nil, 1)], vararg: .any) { call in
            throw call.fail(
              .unsupported,
              "Dense of untracked arrays is not supported by sitegen's Julia; pass param(W) and param(b)"
            )
          },
        ])
    ]
  }
}

extension Interpreter {
  /// `Dense(in, out, σ; initW, initb)`: `W = param(initW(out, in))`, `b = param(initb(out))`.
  func denseLayer(_ call: LibraryCall, activation: Value) throws -> Value {
    let inputs = try intArgument(call.args[0], call.span)
    let outputs = try intArgument(call.args[1], call.span)
    guard let initW = call.keyword("initW"), let initb = call.keyword("initb") else {
      let missing = call.keyword("initW") == nil ? "glorot_uniform" : "zeros"
      throw call.fail(
        .unsupported,
        "Dense(in, out) without initW and initb draws Float32 parameters (Flux 0.8's \(missing) makes Float32 arrays), and Float32 is not supported by sitegen's Julia; pass initW and initb functions that return Float64 arrays, or use Dense(param(W), param(b), σ)"
      )
    }
    guard inputs >= 0, outputs >= 0 else {
      throw call.fail(.argument, "ArgumentError: invalid Array dimensions")
    }
    let w = try call.session.call(initW, [.int(outputs), .int(inputs)], [], call.span)
    let b = try call.session.call(initb, [.int(outputs)], [], call.span)
    let weight = try float64Parameter(w, dims: [outputs, inputs], "initW", call.span)
    let bias = try float64Parameter(b, dims: [outputs], "initb", call.span)
    return .object(
      DenseObject(
        weight: weight, bias: bias, activation: activation, inputs: inputs, outputs: outputs))
  }

  /// `Dense(W, b, σ)` of tracked parameters.
  func denseLayer(parameters call: LibraryCall, activation: Value) throws -> Value {
    guard case .trackedArray(let w) = call.args[0], case .trackedArray(let b) = call.args[1],
      b.dims[0] == w.dims[0]
    else {
      throw call.fail(
        .dimensionMismatch, "DimensionMismatch: the bias must have one element per row of W")
    }
    return .object(
      DenseObject(
        weight: w.value, bias: b.value, activation: activation, inputs: w.dims[1],
        outputs: w.dims[0]))
  }

  /// A new parameter from what `initW`/`initb` returned: a `Float64` array of the given dims.
  func float64Parameter(_ value: Value, dims: [Int], _ name: String, _ span: SourceSpan) throws
    -> TrackedArray
  {
    guard case .array(let box) = value, box.elementType == .float64 else {
      throw fail(
        .unsupported,
        "\(name) must return an Array of Float64 here (other element types are not supported by sitegen's Julia), got \(value.type.name)",
        span)
    }
    guard box.dims == dims else {
      throw fail(
        .dimensionMismatch,
        "DimensionMismatch: \(name) returned an array of size \(box.dims), expected \(dims)", span)
    }
    try allocate(box.count, span)
    return tape.param(try tensor(value, span))
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
