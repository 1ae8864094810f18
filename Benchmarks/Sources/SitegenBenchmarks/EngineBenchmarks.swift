import Autodiff
import CNotebookFloor

/// The notebook's workload: 500 epochs × 201 samples of `-10:0.1:10`, three coefficients,
/// per-sample `l2` loss, backward pass and SGD update with η = 1e-5.
enum NotebookFit {
  static let initialW = [1.1915557734285787, -2.5197330871745263, 2.0748097755419757]
  static let eta = 1e-5
  static let epochs = 500
  static let xs = (0...200).map { Double($0 - 100) / 10 }

  /// The fit with the gradient written out by hand: ∂l/∂wᵢ = -(d / |d|) · xⁱ.
  static func analytic() -> [Double] {
    var w0 = initialW[0]
    var w1 = initialW[1]
    var w2 = initialW[2]
    var total = 0.0
    for _ in 0..<epochs {
      for x in xs {
        let x2 = x * x
        let d = abs(x) - ((w0 + x * w1) + x2 * w2)
        let l = (d * d).squareRoot()
        let s = -(d / l)
        w0 -= s * eta
        w1 -= s * x * eta
        w2 -= s * x2 * eta
        total += l
      }
    }
    return [w0, w1, w2, total]
  }

  /// The same fit through the engine, as the notebook writes it: build the graph, `back!`,
  /// update in place. Returns the final coefficients and the tape's node capacity.
  ///
  /// With `graphsBelow`, that many graphs are recorded first and never propagated (as the
  /// notebook's chapter 1 leaves the curves it plotted through `f_tracked` on the tape): they
  /// stay under every sample's graph, and a `back!` must not slow down with them.
  static func autodiff(epochs: Int = epochs, graphsBelow: Int = 0) -> (
    w: [Double], capacity: Int
  ) {
    let tape = Tape()
    let w = tape.param(Tensor(initialW))
    let descent = Descent(eta)
    let below = (0..<graphsBelow).map { k in
      let x = Double(k) / 10
      return (1 * w[0] + x * w[1]) + (x * x) * w[2]
    }
    defer { withExtendedLifetime(below) {} }
    for _ in 0..<epochs {
      for x in xs {
        // f_tracked(x) = sum([x^(i-1) .* w_tracked[i] for i in 1:3]), the sum a left fold.
        let yHat = (1 * w[0] + x * w[1]) + (x * x) * w[2]
        let l = Losses.l2(abs(x), yHat)
        do {
          try l.back()
          try descent.update(w)
        } catch {
          preconditionFailure("\(error)")
        }
      }
    }
    return (w.data.scalars, tape.nodeCapacity)
  }
}

extension NotebookFit {
  /// The fit as a hand-written C loop (`CNotebookFloor`, -O2, no fast-math, no FMA
  /// contraction): the same operations as ``analytic()``, in the same order.
  static func floor() -> [Double] {
    var w = initialW
    let total = w.withUnsafeMutableBufferPointer { w in
      notebook_fit_floor(w.baseAddress, eta, Int32(epochs))
    }
    return w + [total]
  }
}

/// The name of the C floor, the baseline of the Swift loop, of the engine and of the cells.
let notebookFloorName = "engine: notebook fit (C floor)"

/// The engine's benchmarks: the notebook fit as a C loop (the floor), as a Swift loop with the
/// gradient written by hand, and through Autodiff (target ≤ 2× the Swift loop); the three are
/// timed in turns.
nonisolated(unsafe) let engineBenchmarks: [Benchmark] = [
  Benchmark(
    name: notebookFloorName,
    figures: {
      let same = NotebookFit.floor().map(\.bitPattern) == NotebookFit.analytic().map(\.bitPattern)
      return [("same bits as the Swift loop", same ? "yes" : "NO")]
    },
    run: { blackHole(NotebookFit.floor()) }),
  Benchmark(
    name: "engine: notebook fit (analytic)", baseline: notebookFloorName,
    run: { blackHole(NotebookFit.analytic()) }),
  Benchmark(
    name: "engine: notebook fit (Autodiff)",
    baseline: "engine: notebook fit (analytic)",
    target: 2,
    alsoComparedWith: [notebookFloorName],
    figures: {
      let short = NotebookFit.autodiff(epochs: 500).capacity
      let long = NotebookFit.autodiff(epochs: 5000).capacity
      return [("tape node capacity after 500 / 5000 epochs", "\(short) / \(long)")]
    },
    run: { blackHole(NotebookFit.autodiff()) }),
  // The same fit above graphs that no `back!` consumed (chapter 1 plots f_tracked.(x) before
  // training): a sample's `back!` then takes the scan, but its cost must not grow with the
  // graphs below (it did: every back! marked every element access on the tape).
  Benchmark(
    name: "engine: notebook fit above 201 unconsumed graphs (Autodiff)",
    baseline: "engine: notebook fit (Autodiff)",
    run: { blackHole(NotebookFit.autodiff(graphsBelow: 201)) }),
  Benchmark(
    name: "engine: notebook fit above 2010 unconsumed graphs (Autodiff)",
    baseline: "engine: notebook fit above 201 unconsumed graphs (Autodiff)", target: 1.25,
    run: { blackHole(NotebookFit.autodiff(graphsBelow: 2010)) }),
]
