import Testing

@testable import Autodiff

/// The tape's bookkeeping: graphs as data, reuse of storage, and the reverse sweep's claim.
@Suite struct EngineTests {
  @Test func graphExportListsNodesValuesAndGradients() throws {
    let tape = Tape()
    let w = tape.param(Tensor([2, 3]))
    let l = sqrt(pow(1 - w[0] * w[1], 2))
    try l.back()
    let graph = try #require(tape.graph(of: l))
    #expect(
      graph.nodes.map(\.op) == [
        "param", "getindex", "getindex", "*", "constant", "-", "constant", "^", "sqrt",
      ])
    #expect(graph.nodes[graph.root].value == .scalar(5))
    #expect(graph.nodes[graph.root].grad == .scalar(1))
    #expect(graph.nodes[0].grad == .array(Tensor([3, 2])))
    #expect(graph.nodes[1].detail == "1")
    #expect(graph.edges.contains(.init(from: 1, to: 3, argument: 0)))
    #expect(graph.edges.contains(.init(from: 2, to: 3, argument: 1)))
  }

  @Test func reclaimedGraphsAreGoneButValuesStay() throws {
    let tape = Tape()
    let x = tape.param(2.0)
    let l = x * x
    try l.back()
    _ = x + 1
    #expect(tape.graph(of: l) == nil)
    #expect(l.data == 4)
    #expect(l.grad == nil)
  }

  @Test func plainArrayOperandsSurviveReclaiming() throws {
    let tape = Tape()
    let v = tape.param(Tensor([1, 2]))
    try sum(v .* 3).back()
    v.zeroGrad()
    // The plain operand is recorded while the consumed graph is still on the tape.
    try sum(pow(try Tensor([10, 20]) .- v, 2)).back()
    #expect(v.grad == Tensor([-18, -36]))
  }

  @Test func scopesDropTheirNodes() throws {
    let tape = Tape()
    let x = tape.param(2.0)
    let kept = x * 3
    tape.withScope { _ = (0..<100).map { _ in x * x } }
    #expect(tape.nodeCount == 1)
    try kept.back()
    #expect(x.grad == 3)
  }

  /// Tracker's `grad .+= Δ′` for `x[i]` adds zeros to the other elements, which turns a `-0.0`
  /// that a caller wrote into a gradient into `0.0`; every path and every way of writing agrees.
  @Test func elementAccessAddsZerosToAGradientACallerWrote() throws {
    let negativeZeros = Tensor([-0.0, -0.0, -0.0])
    let writes: [(TrackedArray) throws -> Void] = [
      { $0.grad = negativeZeros },
      { try $0.setGrad(negativeZeros) },
      { try $0.withStorage { _, grad in grad.update(repeating: -0.0) } },
    ]
    for write in writes {
      for sweep in [true, false] {
        let tape = Tape()
        tape.usesReverseSweep = sweep
        let w = tape.param(Tensor([1, 2, 3]))
        // A first step leaves the gradient as the optimiser zeroed it.
        try (w[0] * 3).back()
        try Descent(0.5).update(w)
        try write(w)
        try (w[1] * 2).back()
        #expect(w.grad?.scalars.map(\.bitPattern) == [0, 2, 0].map(\.bitPattern))
        // Written again after a `back!` that left it canonical.
        try write(w)
        try (w[2] * 4).back()
        #expect(w.grad?.scalars.map(\.bitPattern) == [0, 0, 4].map(\.bitPattern))
      }
    }
  }

  /// Element accesses past the tape's first storage (which grows on the way) and of an
  /// intermediate array take the general path; the gradients are the same either way.
  @Test func elementsOfAGrowingTapeAndOfIntermediateArraysGetTheirGradients() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1, 2, 3]))
    var total = w[0] * 0
    for i in 1...100 { total = total + w[i % 3] * Double(i) }
    try total.back()
    let expected = (0..<3).map { k in Double((1...100).filter { $0 % 3 == k }.reduce(0, +)) }
    #expect(w.grad == Tensor(expected))
    #expect(tape.nodeCapacity > 64)

    w.zeroGrad()
    let doubled = w .* 2
    try (doubled[1] * 3).back()
    #expect(w.grad == Tensor([0, 6, 0]))
  }

  /// Random scalar graphs with shared subexpressions: the reverse sweep, where the scan allows
  /// it, gives exactly the depth-first walk's gradients.
  @Test func reverseSweepGivesTheWalksBits() throws {
    var rng = SeededGenerator(seed: 5)
    for _ in 0..<200 {
      let inputs = (0..<3).map { _ in Double.random(in: 0.5...2, using: &rng) }
      let picks = (0..<12).map { _ in
        (
          Int.random(in: 0..<100, using: &rng), Int.random(in: 0..<100, using: &rng),
          Int.random(in: 0..<6, using: &rng)
        )
      }
      var results: [[Double]] = []
      for sweep in [true, false] {
        let tape = Tape()
        tape.usesReverseSweep = sweep
        let w = tape.param(Tensor(inputs))
        var values = [w[0], w[1], w[2]]
        for (i, j, op) in picks {
          let a = values[i % values.count]
          let b = values[j % values.count]
          switch op {
          case 0: values.append(a + b)
          case 1: values.append(a * b)
          case 2: values.append(a - b * 0.5)
          case 3: values.append(a / (b * b + 1))
          case 4: values.append(sqrt(a * a + 1))
          default: values.append(tanh(a) * b)
          }
        }
        try values.suffix(4).sum().back()
        results.append(w.grad?.scalars ?? [])
      }
      #expect(results[0].map(\.bitPattern) == results[1].map(\.bitPattern))
    }
  }
}
