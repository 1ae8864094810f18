import Autodiff
import Testing

/// Functional gradients, Params/Grads, optimisers and layers.
@Suite struct TrainingTests {
  @Test func functionalGradientsLeaveNoState() throws {
    let (value, g) = try valueWithGradient(of: { x in x * x * 3 }, at: 2)
    #expect(value == 12 && g == 12)
    let grads = try valueWithGradient(
      of: { xs in sum(try xs[0] .* xs[1]) },
      at: [
        Tensor([1, 2]), Tensor([3, 4]),
      ]
    ).gradient
    #expect(grads == [Tensor([3, 4]), Tensor([1, 2])])
  }

  @Test func gradsLeaveParametersAndGraphAlone() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1, 2, 3]))
    let b = tape.param(0.5)
    let before = tape.nodeCount
    let (value, grads) = try tape.gradients(wrt: Params([w], scalars: [b])) {
      sum(w .* b) + b
    }
    #expect(value == 3.5)
    #expect(grads[w] == Tensor([0.5, 0.5, 0.5]))
    #expect(grads[b] == 7)
    #expect(w.grad == Tensor([0, 0, 0]) && b.grad == 0)
    #expect(tape.nodeCount == before)
    // An already built loss keeps its graph: `back!` still works afterwards.
    let l = sum(w .* b)
    _ = try tape.gradients(of: l, wrt: Params([w]))
    try l.back()
    #expect(w.grad == Tensor([0.5, 0.5, 0.5]))
  }

  @Test func descentIsTheNotebookUpdate() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1, 2]))
    w.grad = Tensor([0.5, -3])
    try Descent(0.1).update(w)
    #expect(w.data == Tensor([1 - 0.5 * 0.1, 2 - -3 * 0.1]))
    #expect(w.grad == Tensor([0, 0]))
  }

  /// `Descent`'s own one-pass step gives the bits of the general optimiser step.
  @Test func descentStepMatchesTheGeneralStep() throws {
    var rng = SeededGenerator(seed: 3)
    for _ in 0..<200 {
      let data = (0..<4).map { _ in Double.random(in: -1e3...1e3, using: &rng) }
      let grad = (0..<4).map { _ in Double.random(in: -1e3...1e3, using: &rng) }
      let eta = Double.random(in: 1e-6...1, using: &rng)
      var results: [[UInt64]] = []
      for general in [false, true] {
        let tape = Tape()
        let w = tape.param(Tensor(data))
        let s = tape.param(data[0])
        w.grad = Tensor(grad)
        s.grad = grad[1]
        let descent = Descent(eta)
        if general {
          let optimizer: any Optimizer = descent
          try optimizer.update(Params([w], scalars: [s]))
        } else {
          try descent.update(w)
          try descent.update(s)
        }
        results.append((w.data.scalars + [s.data]).map(\.bitPattern))
      }
      #expect(results[0] == results[1])
    }
  }

  @Test func momentumAccumulatesVelocity() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1]))
    let opt = Momentum(0.1, 0.9)
    w.grad = Tensor([2])
    try opt.update(w)
    let v1 = 0.9 * 0 - 0.1 * 2.0
    #expect(w.data == Tensor([1 - -v1]))
    w.grad = Tensor([2])
    try opt.update(w)
    let v2 = 0.9 * v1 - 0.1 * 2.0
    #expect(w.data == Tensor([(1 - -v1) - -v2]))
  }

  @Test func adamTakesFluxsFirstStep() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1]))
    w.grad = Tensor([0.5])
    try ADAM(0.01, (0.9, 0.999)).update(w)
    let mt = 0.9 * 0 + (1 - 0.9) * 0.5
    let vt = 0.999 * 0 + (1 - 0.999) * (0.5 * 0.5)
    let step = mt / (1 - 0.9) / ((vt / (1 - 0.999)).squareRoot() + 1e-8) * 0.01
    #expect(w.data == Tensor([1 - step]))
  }

  @Test func denseAndChainMatchFiniteDifferences() throws {
    let w1 = Tensor(rows: [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]])
    let w2 = Tensor(rows: [[0.7, -0.8, 0.9]])
    let x = Tensor([0.25, -1.5])
    let loss: ([TrackedArray]) throws -> TrackedReal = { p in
      let h = broadcast(.tanh, try matmul(.trackedArray(p[0]), .array(x)) .+ p[1])
      return try Losses.mse(try p[2] * h, Tensor([0.3]))
    }
    let b1 = Tensor([0.01, 0.02, 0.03])
    let analytic = try valueWithGradient(of: loss, at: [w1, b1, w2]).gradient
    let numeric = numericGradient(loss, at: [w1, b1, w2])
    for (a, n) in zip(analytic, numeric) {
      for (u, v) in zip(n.scalars, a.scalars) { #expect(agrees(u, v)) }
    }
    // The layers compute the same loss.
    let tape = Tape()
    let model = Chain([
      Dense(tape: tape, weight: w1, bias: b1, activation: .tanh),
      Dense(tape: tape, weight: w2),
    ])
    let l = try Losses.mse(try model(.array(x)), Tensor([0.3]))
    #expect(l.data == evaluate(loss, at: [w1, b1, w2]))
    #expect(model.params.arrays.count == 4)
  }

  @Test func denseTakesItsInitialWeightsFromTheCaller() throws {
    let tape = Tape()
    let layer = Dense(tape: tape, in: 2, out: 3, activation: .relu) { rows, columns in
      Tensor(shape: .matrix(rows: rows, columns: columns), scalars: (1...6).map(Double.init))
    }
    #expect(layer.weight.shape == .matrix(rows: 3, columns: 2))
    #expect(layer.bias.data == Tensor([0, 0, 0]))
    // relu.([1 4; 2 5; 3 6] * [1, -1]) = relu.([-3, -3, -3])
    #expect(try layer(.array(Tensor([1, -1]))).data == Tensor([0, 0, 0]))
  }
}
