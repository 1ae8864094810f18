import Testing

@testable import Autodiff

/// `x[i]` of a parameter recorded as an element access (``ElementAccess``) instead of a node:
/// the same values, gradients, graphs and errors as Tracker's `getindex` node.
@Suite struct ElementAccessTests {
  /// Random scalar graphs over element handles that are used once, twice or not at all, with
  /// and without a gradient left from the previous `back!`: element accesses and element
  /// nodes, the reverse sweep and the walk, all give the same bits.
  @Test func elementAccessesGiveTheBitsOfElementNodes() throws {
    var rng = SeededGenerator(seed: 19)
    for _ in 0..<150 {
      let inputs = (0..<3).map { _ in Double.random(in: 0.5...2, using: &rng) }
      let picks = (0..<10).map { _ in
        (
          Int.random(in: 0..<100, using: &rng), Int.random(in: 0..<100, using: &rng),
          Int.random(in: 0..<5, using: &rng)
        )
      }
      let keepsGradient = Bool.random(using: &rng)
      var results: [[UInt64]] = []
      for (accesses, sweep) in [(true, true), (true, false), (false, true), (false, false)] {
        let tape = Tape()
        tape.recordsElementAccesses = accesses
        tape.usesReverseSweep = sweep
        let w = tape.param(Tensor(inputs))
        var grads: [UInt64] = []
        for round in 0..<2 {
          // Fresh handles each round, some used directly in the first operations.
          var values = [w[0], w[1], w[2], w[round] * 2, 3 * w[2 - round]]
          for (i, j, op) in picks {
            let a = values[i % values.count]
            let b = values[j % values.count]
            switch op {
            case 0: values.append(a + b)
            case 1: values.append(a * b)
            case 2: values.append(a - w[j % 3] * 0.5)
            case 3: values.append(a / (b * b + 1))
            default: values.append(sqrt(a * a + 1))
            }
          }
          try values.suffix(3).sum().back()
          grads += w.grad?.scalars.map(\.bitPattern) ?? []
          if !keepsGradient { w.zeroGrad() }
        }
        results.append(grads)
      }
      #expect(results.allSatisfy { $0 == results[0] })
    }
  }

  /// Against finite differences: an element used by one operation, by two, and twice in one.
  @Test func gradientsAgreeWithFiniteDifferences() throws {
    let f: ([TrackedArray]) throws -> TrackedReal = { xs in
      let w = xs[0]
      let shared = w[1]
      return (1 * w[0] + shared * shared) * w[2] + sqrt(shared * 3 + w[0] * w[0])
    }
    let at = [Tensor([0.7, 1.3, -2.1])]
    let tape = Tape()
    let w = tape.param(at[0])
    try f([w]).back()
    let numeric = numericGradient(f, at: at)[0]
    for (n, a) in zip(numeric.scalars, w.grad?.scalars ?? []) { #expect(agrees(n, a)) }
  }

  /// The handle of an access behaves as Tracker's `getindex` node: its value, its gradient
  /// after `back!`, its place in a drawn graph, `back!` from it, and `back!` through it again.
  @Test func anAccessHandleIsAGetindexNode() throws {
    let tape = Tape()
    let w = tape.param(Tensor([2, 5, 7]))
    let a = w[1]
    #expect(a.data == 5)
    #expect(a.grad == 0)
    #expect(!a.isParameter)
    let l = a * a * 3
    try l.back()
    #expect(a.grad == 30)
    #expect(w.grad == Tensor([0, 30, 0]))
    let graph = try #require(tape.graph(of: l))
    #expect(graph.nodes.map(\.op) == ["param", "getindex", "*", "constant", "*"])
    #expect(graph.nodes[1].detail == "2")
    #expect(graph.nodes[1].grad == .scalar(30))
    #expect(graph.edges.contains(.init(from: 0, to: 1, argument: 0)))
    #expect(a.isConsumed)
    #expect(throws: AutodiffError.backAlreadyUsed) { try (a * 2).back() }

    w.zeroGrad()
    let b = w[2]
    try b.back()
    #expect(w.grad == Tensor([0, 0, 1]))
    #expect(b.grad == 1)
    #expect(throws: AutodiffError.backAlreadyUsed) { try b.back() }
  }

  /// An access no `back!` went through outlives the reclaiming of the graphs around it.
  @Test func anUnusedAccessSurvivesReclaiming() throws {
    for sweep in [true, false] {
      let tape = Tape()
      tape.usesReverseSweep = sweep
      let w = tape.param(Tensor([1, 2, 3]))
      let a = w[0]
      try (w[1] * 2).back()
      try (w[2] * 3).back()
      try (a * 4).back()
      #expect(w.grad == Tensor([4, 2, 3]))
    }
  }

  /// Scopes drop the accesses made in them, and a training loop's storage stays flat.
  @Test func accessesDoNotAccumulate() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1, 2, 3]))
    let kept = w[0]
    tape.withScope { _ = (0..<100).map { _ in w[1] * w[2] } }
    #expect(tape.elements.count == 1)
    try (kept * 2).back()
    #expect(w.grad == Tensor([2, 0, 0]))
    let descent = Descent(0.01)
    var capacities: [[Int]] = []
    for epoch in 1...1000 {
      try Losses.l2(1, w[0] + 2 * w[1] + w[2] * 3).back()
      try descent.update(w)
      if epoch == 10 || epoch == 1000 {
        capacities.append([tape.elements.capacity, tape.nodeCapacity])
      }
    }
    #expect(capacities[0] == capacities[1])
  }

  /// Nested gradients refuse an access as they refuse an element node.
  @Test func nestedGradientsRefuseAccesses() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1, 2]))
    let y = w[0] * w[1]
    #expect(throws: AutodiffError.nestedUnsupported("element")) {
      _ = try tape.nestedGradients(of: y, wrt: [y], seed: 1)
    }
  }
}
