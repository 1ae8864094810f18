/// A model piece with parameters, applied to an input (Flux's layers).
public protocol Layer {
  /// The layer's output for `x`.
  func callAsFunction(_ x: Broadcastable) throws -> TrackedArray
  /// The layer's parameters (Flux's `params`).
  var params: Params { get }
}

/// An activation applied element by element after a layer.
public enum Activation: Sendable {
  case identity
  case sigmoid
  case relu
  case tanh

  /// `f.(x)`.
  func apply(_ x: TrackedArray) -> TrackedArray {
    switch self {
    case .identity: x
    case .sigmoid: broadcast(.sigmoid, x)
    case .relu: broadcast(.relu, x)
    case .tanh: broadcast(.tanh, x)
    }
  }
}

/// Flux's `Dense(in, out, σ)`: `σ.(W * x .+ b)`, with the initial `W` (out × in) and `b`
/// given by the caller (so that they can come from Julia's random numbers).
public struct Dense: Layer {
  public let weight: TrackedArray
  public let bias: TrackedArray
  public let activation: Activation

  /// A layer whose parameters are copies of `weight` (`out` × `in`) and `bias` (`out`, zeros by
  /// default) made on `tape`.
  public init(tape: Tape, weight: Tensor, bias: Tensor? = nil, activation: Activation = .identity) {
    precondition(bias == nil || bias?.shape.count == weight.shape.rows, "bias length")
    self.weight = tape.param(weight)
    self.bias = tape.param(bias ?? Tensor(zeros: .vector(weight.shape.rows)))
    self.activation = activation
  }

  /// Flux's `Dense(in, out, σ; initW, initb)`: `initW(out, in)` and `initb(out)` give the
  /// initial parameters (e.g. from Julia's random numbers).
  public init(
    tape: Tape, in inputs: Int, out outputs: Int, activation: Activation = .identity,
    initW: (_ rows: Int, _ columns: Int) -> Tensor,
    initb: (_ count: Int) -> Tensor = { Tensor(zeros: .vector($0)) }
  ) {
    let weight = initW(outputs, inputs)
    precondition(weight.shape == .matrix(rows: outputs, columns: inputs), "initW's shape")
    self.init(tape: tape, weight: weight, bias: initb(outputs), activation: activation)
  }

  public func callAsFunction(_ x: Broadcastable) throws -> TrackedArray {
    let product = try matmul(.trackedArray(weight), x)
    return activation.apply(try product .+ bias)
  }

  public var params: Params { Params([weight, bias]) }
}

/// Flux's `Chain(layers...)`: applies the layers in order.
public struct Chain: Layer {
  public var layers: [any Layer]

  public init(_ layers: [any Layer]) { self.layers = layers }

  public func callAsFunction(_ x: Broadcastable) throws -> TrackedArray {
    var value = x
    var result: TrackedArray?
    for layer in layers {
      let y = try layer(value)
      value = .trackedArray(y)
      result = y
    }
    guard let result else {
      switch x {
      case .trackedArray(let t): return t
      case .trackedScalar, .array, .scalar:
        preconditionFailure("an empty Chain needs a tracked array input")
      }
    }
    return result
  }

  public var params: Params {
    Params(layers.flatMap { $0.params.arrays }, scalars: layers.flatMap { $0.params.scalars })
  }
}
