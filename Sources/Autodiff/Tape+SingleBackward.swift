/// The pullbacks of a `Float32` scalar node (see ``Precision``): Tracker's rules in the order
/// of ``Tape/propagateScalar(_:_:_:)``, the derivatives in `Float32` (DiffRules' formulas of
/// the `Float32` operands) and their products with the gradient in its precision, that of the
/// value `back!` started from. (Array nodes pick ``SingleRules``' kernels in `propagateArray`.)
extension Tape {
  func propagateSingleScalar(_ node: Node, _ g: Double) {
    let p = arithmetic
    switch node.op {
    case .unary(let op):
      let d = op.derivative(single: Float(node.x), value: Float(node.value))
      push(node.a, p.rounded(g * Double(d)))
    case .binary(let op):
      let (da, db) = op.derivatives(single: Float(node.x), Float(node.y))
      if node.b != .constant { push(node.b, p.rounded(g * Double(db))) }
      if node.a != .constant { push(node.a, p.rounded(g * Double(da))) }
    case .element:
      work.push(Pending(target: node.a, delta: g, array: -1, oneHot: node.index))
    case .sum:
      push(node.a, ArrayRules.sumPullback(g, count: operandShape(node.a)?.count ?? 1))
    case .mean:
      push(node.a, SingleRules.meanPullback(g, count: operandShape(node.a)?.count ?? 1, p))
    case .l2, .constant, .matmul, .transpose, .softmax, .logsoftmax:
      preconditionFailure("no single-precision scalar rule for \(node.op)")
    }
  }
}
