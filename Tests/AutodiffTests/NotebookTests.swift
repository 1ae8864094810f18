import Autodiff
import Testing

/// The numbers printed by the "Flux by Example" notebook, reproduced through the Swift API.
@Suite struct NotebookTests {
  /// `w = randn(3)` after `Random.seed!(3)` in Julia 1.0, as the notebook prints it.
  static let initialW = [1.1915557734285787, -2.5197330871745263, 2.0748097755419757]
  static let eta = 1e-5

  /// `f_tracked(x) = sum([x^(i-1) .* w_tracked[i] for i in 1:3])`.
  static func model(_ w: TrackedArray, _ x: Double) -> TrackedReal {
    (0..<3).map { i in JuliaMath.pow(x, Double(i)) * w[i] }.sum()
  }

  /// `w_tracked.data[:] -= w_tracked.grad .* η; w_tracked.grad[:] .= 0.0`.
  static func update(_ w: TrackedArray) throws {
    try w.withStorage { data, grad in
      for i in data.indices { data[i] -= grad[i] * eta }
      for i in grad.indices { grad[i] = 0 }
    }
  }

  /// `training_epoch(true_model, f_tracked)` over `-10:0.1:10`.
  static func epoch(_ w: TrackedArray, target: (Double) -> Double) throws -> Double {
    var average = 0.0
    for k in 0...200 {
      let x = Double(k - 100) / 10
      let l = Losses.l2(target(x), model(w, x))
      try l.back()
      average += l.data / 201
      try update(w)
    }
    return average
  }

  @Test func firstLossGradientAndUpdateMatchTheNotebook() throws {
    let tape = Tape()
    let w = tape.param(Tensor(Self.initialW))
    #expect(Self.model(w, 1).data == 0.746632461796028)
    let l = Losses.l2(1, Self.model(w, 1))
    #expect(l.data == 0.25336753820397195)
    try l.back()
    #expect(w.grad == Tensor([-1.0, -1.0, -1.0]))
    try Self.update(w)
    #expect(l.data == 0.25336753820397195)
    #expect(Losses.l2(1, Self.model(w, 1)).data == 0.25333753820397176)
  }

  @Test func stepAtSixAndFirstEpochMatchTheNotebook() throws {
    let tape = Tape()
    let w = tape.param(Tensor(Self.initialW))
    try Losses.l2(1, Self.model(w, 1)).back()
    try Self.update(w)
    let l6 = Losses.l2(6, Self.model(w, 6))
    #expect(l6.data == 54.766739169892546)
    try l6.back()
    try Self.update(w)
    #expect(Losses.l2(6, Self.model(w, 6)).data == 54.753409169892535)
    #expect(try Self.epoch(w, target: abs) == 64.89673077450595)
  }

  @Test func tapeStorageDoesNotGrowWithEpochs() throws {
    let tape = Tape()
    let w = tape.param(Tensor(Self.initialW))
    _ = try Self.epoch(w, target: abs)
    let capacity = tape.nodeCapacity
    for _ in 0..<20 { _ = try Self.epoch(w, target: abs) }
    #expect(tape.nodeCapacity == capacity)
    #expect(tape.nodeCount <= 11)
    #expect(tape.parameterCount == 1)
  }
}
