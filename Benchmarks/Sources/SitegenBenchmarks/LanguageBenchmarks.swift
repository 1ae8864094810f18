import Autodiff
import CellLanguage

/// The notebook's `training_epoch(abs, f_tracked)` (201 samples of `-10:0.1:10`: forward pass,
/// `back!`, SGD update), once through the tutorial language and once written against the
/// Autodiff Swift API the same way.
private enum LanguageEpoch {
  static let initialW = [1.1915557734285787, -2.5197330871745263, 2.0748097755419757]
  static let eta = 1e-5

  /// The notebook's definitions, run once before timing (`using` in a cell of its own, as in
  /// the notebook, so that later cells see `Flux.Tracker.back!` as a constant).
  static let imports = "using Flux, Random"
  static let setup = """
    Random.seed!(3)
    w = randn(3)
    w_tracked = param(w)
    f_tracked(x) = sum([x^(i-1) .* w_tracked[i] for i in 1:3])
    l2_loss(y, y_hat) = sqrt(sum((y .- y_hat).^2))
    η = 1e-5
    function training_epoch(true_model, model)
        avg_loss = 0.0
        range = -10:0.1:10
        for x in range
            l = l2_loss(true_model(x), model(x))
            Flux.Tracker.back!(l)
            avg_loss += l.data ./ length(range)
            w_tracked.data[:] -= w_tracked.grad .* η
            w_tracked.grad[:] .= 0.0
        end
        return avg_loss
    end;
    """

  /// The notebook's 500-epoch fit as its chapter runs it: a cell whose loop over the epochs
  /// calls `training_epoch`.
  static let fit = """
    losses = Float64[]
    for epoch in 1:500
        l = training_epoch(abs, f_tracked)
        push!(losses, l)
    end
    """

  static func languageSession() -> Session {
    let session = Session()
    _ = session.evaluate(imports)
    let result = session.evaluate(setup)
    precondition(result.error == nil, "benchmark setup failed: \(String(describing: result.error))")
    return session
  }

  /// The same epoch with the Swift API: `x^(i-1) .* w[i]` summed, `l2`, `back`, update.
  static func swiftEpoch(_ w: TrackedArray) -> Double {
    var average = 0.0
    for k in 0...200 {
      let x = Double(k - 100) / 10
      var terms: [TrackedReal] = []
      for i in 0..<3 { terms.append(JuliaMath.pow(x, Double(i)) * w[i]) }
      let yHat = (terms[0] + terms[1]) + terms[2]
      let l = Losses.l2(abs(x), yHat)
      try? l.back()
      average += l.data / 201
      try? w.withStorage { data, grad in
        for i in data.indices { data[i] -= grad[i] * eta }
        for i in grad.indices { grad[i] = 0 }
      }
    }
    return average
  }
}

nonisolated(unsafe) let languageBenchmarks: [Benchmark] = {
  let tape = Tape()
  let w = tape.param(Tensor(LanguageEpoch.initialW))
  let session = LanguageEpoch.languageSession()
  let walking = LanguageEpoch.languageSession()
  walking.compiles = false
  let baseline = "language: notebook epoch (Autodiff API)"
  return [
    // Handles do not keep their tape alive: the closure holds it.
    Benchmark(
      name: baseline, run: { withExtendedLifetime(tape) { blackHole(LanguageEpoch.swiftEpoch(w)) } }
    ),
    Benchmark(
      name: "language: notebook epoch (CellLanguage)", baseline: baseline, target: 10,
      run: { blackHole(session.evaluate("training_epoch(abs, f_tracked)")) }),
    // The same epoch through the tree walker, which compiled cells replaced.
    Benchmark(
      name: "language: notebook epoch (CellLanguage, tree walker)", baseline: baseline,
      run: { blackHole(walking.evaluate("training_epoch(abs, f_tracked)")) }),
    // Against the hand-written loop in C (`--filter language` brings the floor along). The
    // fit's work does not depend on the coefficients it starts from, so the session's are
    // trained on.
    Benchmark(
      name: "language: notebook fit (cells)", baseline: notebookFloorName,
      target: 25, minSamples: 3,
      run: { blackHole(session.evaluate(LanguageEpoch.fit)) }),
    // From a fresh session to the first cell's result.
    Benchmark(
      name: "language: page start-up (1 + 1)",
      run: { blackHole(Session().evaluate("1 + 1")) }),
    Benchmark(
      name: "language: page start-up (using Flux)",
      run: { blackHole(Session().evaluate("using Flux")) }),
  ]
}()
