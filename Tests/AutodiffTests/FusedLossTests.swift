import Testing

@testable import Autodiff

/// `Losses.l2` on scalars is one node; it must give the bits of the three nodes it replaces.
@Suite struct FusedLossTests {
  /// The same loss, fused or as `sqrt(pow(y - ŷ, 2))`.
  static func loss(_ y: Double, _ yHat: TrackedReal, fused: Bool) -> TrackedReal {
    fused ? Losses.l2(y, yHat) : sqrt(pow(y - yHat, 2))
  }

  /// Targets and coefficients with the awkward values mixed in: signed zeros, tiny and huge
  /// magnitudes, infinities.
  static func inputs(_ rng: inout SeededGenerator) -> (y: Double, w: [Double], x: Double) {
    let special: [Double] = [0, -0.0, 1e-300, -1e-300, 1e200, -1e200, .infinity, 1, -1]
    func pick(_ rng: inout SeededGenerator) -> Double {
      Int.random(in: 0..<4, using: &rng) == 0
        ? special[Int.random(in: 0..<special.count, using: &rng)]
        : Double.random(in: -1e3...1e3, using: &rng)
    }
    return (pick(&rng), [pick(&rng), pick(&rng)], pick(&rng))
  }

  /// Loss value and parameter gradient bits through one back-propagation path.
  enum Path: CaseIterable {
    /// `back!` on a tape holding only the loss's graph (no scan).
    case sweep
    /// `back!` after an unrelated node (scan, then the reverse sweep).
    case scannedSweep
    /// `back!` by Tracker's depth-first walk.
    case walk
    /// `gradients(of:wrt:)` (the walk, collecting).
    case collected
  }

  static func run(
    _ path: Path, fused: Bool, direct: Bool, y: Double, w: [Double], x: Double, seed: Double
  ) throws -> [UInt64] {
    let tape = Tape()
    tape.usesReverseSweep = path != .walk
    let p = tape.param(Tensor(w))
    // A scalar parameter whose gradient starts at -0.0 shows the sign of a zero it receives.
    let q = tape.param(w[0])
    q.grad = -0.0
    if path == .scannedSweep { _ = p[0] * 2 }
    let l = loss(y, direct ? q : p[0] * x + p[1], fused: fused)
    var grads: [Double]
    switch path {
    case .sweep, .scannedSweep, .walk:
      try l.back(seed: seed)
      grads = (p.grad?.scalars ?? []) + [q.grad ?? .nan]
    case .collected:
      // Refuses an infinite or NaN loss, either way.
      guard l.data.isFinite else { return [l.data.bitPattern] }
      grads = try tape.gradients(of: l, wrt: Params([p]))[p]?.scalars ?? []
    }
    return ([l.data] + grads).map(\.bitPattern)
  }

  @Test func fusedL2GivesTheUnfusedBitsOnEveryPath() throws {
    var rng = SeededGenerator(seed: 11)
    for _ in 0..<2000 {
      let (y, w, x) = Self.inputs(&rng)
      let seed = [1, -0.0, 0, Double.random(in: -3...3, using: &rng)][
        Int.random(in: 0..<4, using: &rng)]
      for path in Path.allCases {
        for direct in [false, true] {
          let fused = try Self.run(
            path, fused: true, direct: direct, y: y, w: w, x: x, seed: seed)
          let unfused = try Self.run(
            path, fused: false, direct: direct, y: y, w: w, x: x, seed: seed)
          #expect(fused == unfused, "\(path) \(direct) y=\(y) w=\(w) x=\(x) seed=\(seed)")
        }
      }
    }
  }

  @Test func fusedL2IsOneNode() {
    let tape = Tape()
    let p = tape.param(2.0)
    _ = Losses.l2(1, p * 3)
    #expect(tape.nodeCount == 2)
  }

  @Test func fusedL2IsDrawnAsTheUnfusedGraph() throws {
    var graphs: [ComputationGraph] = []
    for fused in [true, false] {
      let tape = Tape()
      let w = tape.param(Tensor([0.5, -1.5]))
      let l = Self.loss(3, w[0] * 2 + w[1], fused: fused)
      try l.back()
      graphs.append(try #require(tape.graph(of: l)))
    }
    #expect(graphs[0] == graphs[1])
    #expect(graphs[0].nodes.map(\.op).suffix(5) == ["constant", "-", "constant", "^", "sqrt"])
  }
}
