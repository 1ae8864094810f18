/// The pullbacks of a `back!` in single precision (see ``Precision``): Tracker's rules in the
/// order of ``Tape/propagateScalar(_:_:_:)``, every operation rounded to `Float32`. (Array
/// nodes pick ``SingleRules``' kernels in `propagateArray`.)
extension Tape {
  func propagateSingleScalar(_ node: Node, _ g: Double) {
    let delta = Float(g)
    switch node.op {
    case .unary(let op):
      let d = op.derivative(single: Float(node.x), value: Float(node.value))
      push(node.a, Double(delta * d))
    case .binary(let op):
      let (da, db) = op.derivatives(single: Float(node.x), Float(node.y))
      if node.b != .constant { push(node.b, Double(delta * db)) }
      if node.a != .constant { push(node.a, Double(delta * da)) }
    case .element:
      work.push(Pending(target: node.a, delta: g, array: -1, oneHot: node.index))
    case .sum:
      push(node.a, ArrayRules.sumPullback(g, count: operandShape(node.a)?.count ?? 1))
    case .mean:
      push(node.a, SingleRules.meanPullback(g, count: operandShape(node.a)?.count ?? 1))
    case .l2, .constant, .matmul, .transpose, .softmax, .logsoftmax:
      preconditionFailure("no single-precision scalar rule for \(node.op)")
    }
  }
}
