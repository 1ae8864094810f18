import Autodiff
import Plotting
import SourcePositions

/// Flux's `Params`: the parameters a gradient is taken with respect to.
final class ParamsObject: RuntimeObject, IterableObject {
  let parameters: [Value]

  init(_ parameters: [Value]) { self.parameters = parameters }

  override var type: JuliaType { .other("Params") }
  override func show(_ session: Interpreter) -> String {
    "Params([" + parameters.map { session.show($0) }.joined(separator: ", ") + "])"
  }
  func elements(_ session: Interpreter, _ span: SourceSpan) throws -> [Value] { parameters }
}

/// Flux's `Grads`: gradients by parameter, `gs[w]`.
final class GradsObject: RuntimeObject, IndexableObject {
  let parameters: [Value]
  /// Each parameter's gradient; `update!(opt, ps, gs)` leaves the optimiser's step here, as
  /// Flux's `apply!` writes it into `data(gs[x])`.
  var grads: [[Double]?]
  unowned let session: Interpreter

  init(_ parameters: [Value], _ grads: [[Double]?], session: Interpreter) {
    self.parameters = parameters
    self.grads = grads
    self.session = session
  }

  override var type: JuliaType { .other("Grads") }
  /// Tracker 0.2.0 (src/params.jl): `show(io, ::Grads) = println(io, "Grads(...)")`, newline
  /// included.
  override func show(_ session: Interpreter) -> String { "Grads(...)\n" }

  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value {
    guard indices.count == 1 else { throw session.boundsError(.object(self), indices, span) }
    for (parameter, grad) in zip(parameters, grads)
    where session.sameParameter(parameter, indices[0]) {
      // Tracker 0.2.0 stores `extract_grad!(x)` (src/back.jl): the gradient, tracked; a
      // parameter the loss did not reach has its zero gradient.
      switch parameter {
      case .trackedArray(let box):
        let scalars = grad ?? Array(repeating: 0, count: box.value.shape.count)
        try session.allocate(scalars.count, span)
        return .trackedArray(
          TrackedArrayBox(
            session.tape.nobacksies(
              Tensor(shape: box.value.shape, scalars: scalars), precision: box.value.precision)))
      case .trackedReal(let x):
        return .trackedReal(session.tape.nobacksies(grad?.first ?? 0, precision: x.precision))
      default: return .trackedReal(session.tape.nobacksies(grad?.first ?? 0))
      }
    }
    throw session.fail(.key, "KeyError: key \(session.show(indices[0])) not found", span)
  }

  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
  {
    throw session.fail(.error, "Grads cannot be changed", span)
  }
}

extension Interpreter {
  /// Whether two values are the same parameter (the same handle box, or the same scalar leaf).
  func sameParameter(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.trackedArray(let x), .trackedArray(let y)):
      return x === y || (x.value.isParameter && x.value.identity == y.value.identity)
    case (.trackedReal(let x), .trackedReal(let y)):
      return x.tape === y.tape && x.isParameter && y.isParameter && x.data == y.data
    default:
      return false
    }
  }
}

/// An optimiser (`Descent`, `Momentum`, `ADAM`).
final class OptimizerObject: RuntimeObject {
  let optimizer: any Optimizer
  let name: String

  init(_ optimizer: any Optimizer, _ name: String) {
    self.optimizer = optimizer
    self.name = name
  }

  override var type: JuliaType { .other(name) }
  override func show(_ session: Interpreter) -> String {
    switch optimizer {
    case let descent as Descent: "Descent(\(FloatFormatter.shortest(descent.eta)))"
    case let momentum as Momentum:
      "Momentum(\(FloatFormatter.shortest(momentum.eta)), \(FloatFormatter.shortest(momentum.rho)), IdDict{Any,Any}())"
    case let adam as ADAM:
      "ADAM(\(FloatFormatter.shortest(adam.eta)), (\(FloatFormatter.shortest(adam.beta.0)), \(FloatFormatter.shortest(adam.beta.1))), IdDict{Any,Any}())"
    default: name
    }
  }
  override func field(_ name: String, _ session: Interpreter) -> Value? {
    switch (name, optimizer) {
    case ("eta", let descent as Descent): .float(descent.eta)
    case ("eta", let momentum as Momentum): .float(momentum.eta)
    case ("eta", let adam as ADAM): .float(adam.eta)
    default: nil
    }
  }
}

/// A layer with parameters.
protocol LayerObject: AnyObject {
  var parameters: [Value] { get }
}

/// Flux's `Dense(in, out, σ)`: `σ.(W * x .+ b)`.
final class DenseObject: RuntimeObject, CallableObject, LayerObject {
  let weight: TrackedArray
  let bias: TrackedArray
  let activation: Value
  let inputs: Int
  let outputs: Int

  init(weight: TrackedArray, bias: TrackedArray, activation: Value, inputs: Int, outputs: Int) {
    self.weight = weight
    self.bias = bias
    self.activation = activation
    self.inputs = inputs
    self.outputs = outputs
  }

  var parameters: [Value] {
    [.trackedArray(TrackedArrayBox(weight)), .trackedArray(TrackedArrayBox(bias))]
  }

  override var type: JuliaType { .other("Dense") }
  override func show(_ session: Interpreter) -> String {
    Self.show(inputs: inputs, outputs: outputs, activation: activation, session)
  }

  /// Flux 0.8.3's `show(io, l::Dense)`: `Dense(in, out)`, then the activation unless it is
  /// `identity`.
  static func show(inputs: Int, outputs: Int, activation: Value, _ session: Interpreter)
    -> String
  {
    var text = "Dense(\(inputs), \(outputs)"
    if case .builtin(.identity) = activation {
    } else {
      text += ", " + session.printedFunctionName(activation)
    }
    return text + ")"
  }
  override func field(_ name: String, _ session: Interpreter) -> Value? {
    switch name {
    case "W", "weight": .trackedArray(TrackedArrayBox(weight))
    case "b", "bias": .trackedArray(TrackedArrayBox(bias))
    case "σ": activation
    default: nil
    }
  }

  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  )
    throws -> Value
  {
    guard args.count == 1 else { throw session.noMethod("Dense", args, span) }
    let input = try session.denseInput(args[0], weight.precision, span)
    let product = try session.matrixProduct(.trackedArray(TrackedArrayBox(weight)), input, span)
    let affine = try session.broadcastBinary(
      .add, product, .trackedArray(TrackedArrayBox(bias)), span)
    if case .builtin(.identity) = activation { return affine }
    if case .builtin(let builtin) = activation, case .trackedArray(let box) = affine {
      // `σ.(W*x .+ b)`: NNlib's relu and σ and Base's tanh broadcast by the engine.
      switch builtin {
      case .relu: return .trackedArray(TrackedArrayBox(Autodiff.broadcast(.relu, box.value)))
      case .sigmoid, .sigmoidName:
        return .trackedArray(TrackedArrayBox(Autodiff.broadcast(.sigmoid, box.value)))
      case .tanh: return .trackedArray(TrackedArrayBox(Autodiff.broadcast(.tanh, box.value)))
      default: break
      }
    }
    return try session.broadcast([affine], span) { try session.call(self.activation, $0, [], span) }
  }
}

/// Flux's `Chain(layers…)`: applies each layer in turn.
final class ChainObject: RuntimeObject, CallableObject, LayerObject, IndexableObject {
  let layers: [Value]

  init(_ layers: [Value]) { self.layers = layers }

  var parameters: [Value] {
    layers.flatMap { layer -> [Value] in
      if case .object(let object as LayerObject) = layer { return object.parameters }
      return []
    }
  }

  override var type: JuliaType { .other("Chain") }
  override func field(_ name: String, _ session: Interpreter) -> Value? {
    name == "layers" ? .tuple(layers) : nil
  }
  override func show(_ session: Interpreter) -> String {
    "Chain(" + layers.map { session.printedFunctionName($0) }.joined(separator: ", ") + ")"
  }

  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  )
    throws -> Value
  {
    guard args.count == 1 else { throw session.noMethod("Chain", args, span) }
    var value = args[0]
    for layer in layers { value = try session.call(layer, [value], [], span) }
    return value
  }

  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value {
    try session.index(.tuple(layers), indices, span)
  }

  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
  {
    throw session.fail(.error, "Chain layers cannot be replaced", span)
  }
}

/// The figure `graph(x)` returns.
final class GraphObject: RuntimeObject {
  let figure: GraphFigure

  init(_ figure: GraphFigure) { self.figure = figure }

  override var type: JuliaType { .other("GraphFigure") }
  override func show(_ session: Interpreter) -> String {
    "GraphFigure(\(figure.nodes.count) nodes, \(figure.edges.count) edges)"
  }
}

extension Interpreter {
  /// The computation graph of a tracked value (the engine's export), as a figure.
  func computationGraph(_ value: Value, _ span: SourceSpan) throws -> GraphFigure {
    let exported: ComputationGraph?
    switch value {
    case .trackedReal(let x): exported = tape.graph(of: x)
    case .trackedArray(let box): exported = tape.graph(of: box.value)
    default:
      throw fail(.method, "MethodError: no method matching graph(::\(value.type.name))", span)
    }
    guard let graph = exported else {
      throw fail(
        .argument,
        "ArgumentError: the graph of this value is gone: the tape reclaims a graph after back! once new values are computed",
        span)
    }
    func text(_ value: GraphValue) -> String {
      switch value {
      case .scalar(let x): return NumberFormat.significant(x)
      case .array(let tensor):
        let items = tensor.scalars.prefix(4).map { NumberFormat.significant($0) }
        return "[" + items.joined(separator: ", ") + (tensor.scalars.count > 4 ? ", …]" : "]")
      }
    }
    let nodes = graph.nodes.map { node in
      GraphFigure.Node(
        id: node.id, label: node.op + (node.detail.map { " " + $0 } ?? ""), value: text(node.value),
        gradient: node.grad.map(text))
    }
    let edges = graph.edges.map { GraphFigure.Edge(from: $0.from, to: $0.to) }
    return GraphFigure(nodes: nodes, edges: edges)
  }
}
