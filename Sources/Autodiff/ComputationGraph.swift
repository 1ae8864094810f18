/// A value in an exported graph.
public enum GraphValue: Equatable, Sendable {
  case scalar(Double)
  case array(Tensor)
}

/// A tracked value's computation graph as data: nodes in execution order (operands first) and
/// edges from operand to consumer. The tutorial language draws it.
public struct ComputationGraph: Equatable, Sendable {
  /// One operation, parameter or constant.
  public struct Node: Equatable, Sendable {
    /// Position in `nodes`.
    public var id: Int
    /// Julia's name for the operation (`+`, `sqrt`, `getindex`, …), `param` or `constant`.
    public var op: String
    /// Extra text for the label, e.g. the 1-based index of `getindex`.
    public var detail: String?
    public var value: GraphValue
    /// The gradient after back-propagation; `nil` for constants.
    public var grad: GraphValue?
    public var isParameter: Bool
  }

  /// Data flowing from `from` into argument `argument` (0-based) of `to`.
  public struct Edge: Equatable, Sendable {
    public var from: Int
    public var to: Int
    public var argument: Int
  }

  public var nodes: [Node]
  public var edges: [Edge]
  /// The node of the value the graph was made for.
  public var root: Int
}

extension Tape {
  /// The graph of a tracked scalar, or `nil` once the tape has reclaimed it.
  public func graph(of x: TrackedReal) -> ComputationGraph? {
    graph(from: peek(x.operand, x.serial), scalar: x.value)
  }

  /// The graph of a tracked array, or `nil` once the tape has reclaimed it.
  public func graph(of x: TrackedArray) -> ComputationGraph? {
    graph(from: peek(x.operand, x.serial), scalar: 0)
  }

  private func graph(from root: Operand, scalar: Double) -> ComputationGraph? {
    // Phase 1: collect reachable nodes and leaves.
    var reached = Set<Int>()
    var reachedElements = Set<Int>()
    var leafIDs = Set<Int>()
    var stack: [Operand] = [root]
    while let o = stack.popLast() {
      switch o.kind {
      case .node(let i):
        if reached.insert(i).inserted {
          stack.append(nodes[i].a)
          stack.append(nodes[i].b)
        }
      case .element(let e):
        reachedElements.insert(e)
        leafIDs.insert(Int(elements[e].leaf))
      case .leaf(let k): leafIDs.insert(k)
      case .constant: continue
      case .dead: return nil
      }
    }
    // Phase 2: number leaves first, then nodes in tape order; constants as they are met.
    var graph = ComputationGraph(nodes: [], edges: [], root: 0)
    var idOfLeaf: [Int: Int] = [:]
    var idOfNode: [Int: Int] = [:]
    var idOfElement: [Int: Int] = [:]
    for k in leafIDs.sorted() {
      idOfLeaf[k] = graph.nodes.count
      let values = Array(leaves.values(k))
      let grad = Array(leaves.gradient(k))
      graph.nodes.append(
        .init(
          id: graph.nodes.count, op: "param", detail: nil,
          value: graphValue(values, leaves.shape(k)), grad: graphValue(grad, leaves.shape(k)),
          isParameter: true))
    }
    // Execution order: element access `e` came right before node `createdAt`.
    let order =
      reached.map { (2 * $0 + 1, 0, $0) }
      + reachedElements.map { (2 * Int(elements[$0].createdAt), 1, $0) }
    for (_, isElement, i) in order.sorted(by: { ($0.0, $0.2) < ($1.0, $1.2) }) {
      if isElement == 1 {
        let access = elements[i]
        let id = graph.nodes.count
        idOfElement[i] = id
        graph.nodes.append(
          .init(
            id: id, op: "getindex", detail: "\(access.index + 1)", value: .scalar(access.value),
            grad: .scalar(access.grad), isParameter: false))
        if let from = idOfLeaf[Int(access.leaf)] {
          graph.edges.append(.init(from: from, to: id, argument: 0))
        }
        continue
      }
      let node = nodes[i]
      if case .l2 = node.op {
        let operand = argumentID(node.b, idOfNode, idOfElement, idOfLeaf)
        idOfNode[i] = appendUnfusedL2(node, operand: operand, &graph)
        continue
      }
      var arguments: [Int] = []
      for (position, operand) in [node.a, node.b].enumerated() {
        switch operand.kind {
        case .node(let j):
          if let id = idOfNode[j] { arguments.append(id) }
        case .element(let e):
          if let id = idOfElement[e] { arguments.append(id) }
        case .leaf(let k):
          if let id = idOfLeaf[k] { arguments.append(id) }
        case .constant:
          guard case .binary = node.op else { continue }
          let id = graph.nodes.count
          graph.nodes.append(
            .init(
              id: id, op: "constant", detail: nil,
              value: .scalar(position == 0 ? node.x : node.y), grad: nil, isParameter: false))
          arguments.append(id)
        case .dead: continue
        }
      }
      let id = graph.nodes.count
      idOfNode[i] = id
      let value: GraphValue
      let grad: GraphValue
      if let shape = shape(ofNode: i) {
        let slot = Int(node.slot)
        value = .array(Tensor(shape: shape, scalars: arrayValues[slot]))
        let g = arrayGrads[slot]
        grad = .array(g.isEmpty ? Tensor(zeros: shape) : Tensor(shape: shape, scalars: g))
      } else {
        value = .scalar(node.value)
        grad = .scalar(node.grad)
      }
      var detail: String?
      if case .element = node.op { detail = "\(node.index + 1)" }
      graph.nodes.append(
        .init(
          id: id, op: opName(node.op), detail: detail, value: value,
          grad: node.op.isConstant ? nil : grad, isParameter: false))
      for (argument, from) in arguments.enumerated() {
        graph.edges.append(.init(from: from, to: id, argument: argument))
      }
    }
    switch root.kind {
    case .node(let i): graph.root = idOfNode[i] ?? 0
    case .element(let e): graph.root = idOfElement[e] ?? 0
    case .leaf(let k): graph.root = idOfLeaf[k] ?? 0
    case .constant, .dead: graph.root = 0
    }
    return graph
  }

  /// The graph id of a node's operand, if it is drawn.
  private func argumentID(
    _ operand: Operand, _ idOfNode: [Int: Int], _ idOfElement: [Int: Int],
    _ idOfLeaf: [Int: Int]
  ) -> Int? {
    switch operand.kind {
    case .node(let j): idOfNode[j]
    case .element(let e): idOfElement[e]
    case .leaf(let k): idOfLeaf[k]
    case .constant, .dead: nil
    }
  }

  /// Draws a fused scalar `l2` node as the nodes it stands for: `y - ŷ`, `^ 2`, `sqrt`, with
  /// their constants. The inner gradients are the ones the unfused nodes would hold (zeros
  /// before any `back!` reached the node). Returns the id of the `sqrt` node.
  private func appendUnfusedL2(_ node: Node, operand: Int?, _ graph: inout ComputationGraph)
    -> Int
  {
    let (difference, squared) = ScalarL2.innerValues(node.x, node.y)
    var inner = (difference: 0.0, squared: 0.0)
    if node.grad != 0 || node.consumed || node.hasGrad {
      inner = ScalarL2.innerGradients(node.grad, y: node.x, yHat: node.y, value: node.value)
    }
    func add(_ op: String, _ value: Double, _ grad: Double?, _ arguments: [Int?]) -> Int {
      let id = graph.nodes.count
      graph.nodes.append(
        .init(
          id: id, op: op, detail: nil, value: .scalar(value), grad: grad.map { .scalar($0) },
          isParameter: false))
      for (argument, from) in arguments.compactMap({ $0 }).enumerated() {
        graph.edges.append(.init(from: from, to: id, argument: argument))
      }
      return id
    }
    let y = add("constant", node.x, nil, [])
    let minus = add("-", difference, inner.difference, [y, operand])
    let two = add("constant", 2, nil, [])
    let power = add("^", squared, inner.squared, [minus, two])
    return add("sqrt", node.value, node.grad, [power])
  }

  private func graphValue(_ values: [Double], _ shape: Shape?) -> GraphValue {
    guard let shape else { return .scalar(values[0]) }
    return .array(Tensor(shape: shape, scalars: values))
  }

  private func opName(_ op: Op) -> String {
    switch op {
    case .constant: "constant"
    case .unary(let u): u.name
    case .binary(let b): b.name
    case .element: "getindex"
    case .sum: "sum"
    case .mean: "mean"
    case .l2: "sqrt"
    case .matmul: "*"
    case .transpose: "transpose"
    case .softmax: "softmax"
    case .logsoftmax: "logsoftmax"
    }
  }
}

extension Op {
  var isConstant: Bool {
    switch self {
    case .constant: true
    case .unary, .binary, .element, .sum, .mean, .l2, .matmul, .transpose, .softmax, .logsoftmax:
      false
    }
  }
}
