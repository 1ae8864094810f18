import Autodiff
import Testing

/// Copies of a tape carry on exactly as the original would, and apart from it.
@Suite struct TapeCopyTests {
  /// A small model on one tape: a weight vector, a scalar bias and an optimiser with state.
  struct Model {
    let tape: Tape
    let w: TrackedArray
    let b: TrackedReal
    let optimizer: ADAM
    let momentum: Momentum
    /// A prediction made before the copy and kept, never consumed by a `back!`.
    let kept: TrackedArray

    static let x = Tensor([0.5, -1.5, 2.0, 3.25])
    static let y = Tensor([1.0, -2.0, 0.25, 4.0])

    init() {
      tape = Tape()
      w = tape.param(Tensor([0.3, -0.7, 1.1, 0.05]))
      b = tape.param(0.2)
      optimizer = ADAM(0.01)
      momentum = Momentum(0.001, 0.8)
      kept = (try? w .* Model.x) ?? w
    }

    init(copying model: Model) {
      tape = model.tape.copy()
      w = model.w.moved(to: tape)
      b = model.b.moved(to: tape)
      optimizer = model.optimizer.copy(movingFrom: model.tape, to: tape)
      momentum = model.momentum.copy(movingFrom: model.tape, to: tape)
      kept = model.kept.moved(to: tape)
    }

    /// One epoch: forward, `back!`, an update of each parameter; the bits of what it shows.
    func epoch() throws -> [UInt64] {
      let prediction = try w .* Model.x .+ b
      let loss = sum(pow(try prediction .- Model.y, 2)) + b * b
      try loss.back()
      let seen = [loss.data] + (w.grad?.scalars ?? []) + [b.grad ?? .nan]
      try optimizer.update(w)
      try momentum.update(b)
      let later = sum(kept .* b)
      return (seen + w.data.scalars + [b.data, later.data]).map(\.bitPattern)
    }
  }

  @Test func aCopyCarriesOnWithTheOriginalsBits() throws {
    let reference = Model()
    let original = Model()
    for _ in 0..<5 {
      _ = try reference.epoch()
      _ = try original.epoch()
    }
    let copy = Model(copying: original)
    #expect(copy.tape.nodeCount == original.tape.nodeCount)
    #expect(copy.tape.parameterCount == original.tape.parameterCount)
    for _ in 0..<20 {
      let expected = try reference.epoch()
      #expect(try copy.epoch() == expected)
    }
  }

  @Test func workOnTheCopyLeavesTheOriginalAlone() throws {
    let reference = Model()
    let original = Model()
    for _ in 0..<3 {
      _ = try reference.epoch()
      _ = try original.epoch()
    }
    let copy = Model(copying: original)
    for _ in 0..<10 { _ = try copy.epoch() }
    copy.w.data = Tensor([9, 9, 9, 9])
    #expect(original.w.data == reference.w.data)
    #expect(original.b.data == reference.b.data)
    for _ in 0..<10 {
      let expected = try reference.epoch()
      #expect(try original.epoch() == expected)
    }
  }

  @Test func aCopiedGraphBackPropagatesLikeTheOriginal() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1, 2, 3]))
    let loss = sum(pow(w .* 2.5 .- 1, 3))
    let copy = tape.copy()
    try loss.moved(to: copy).back()
    #expect(w.grad == Tensor([0, 0, 0]))
    try loss.back()
    #expect(w.moved(to: copy).grad == w.grad)
    #expect(throws: AutodiffError.self) { try loss.moved(to: copy).back() }
  }

  /// `Tape.replaceState(with:)` copies each of these; a new stored property must be added there
  /// (and here).
  @Test func theCopyKnowsEveryStoredPropertyOfATape() {
    let labels = Set(Mirror(reflecting: Tape()).children.compactMap(\.label))
    #expect(
      labels == [
        "nodes", "count", "capacity", "arrayValues", "arrayGrads", "arrayShapes", "leaves",
        "elements", "elementSerialBase", "elementsConsumedBelow", "nextSerial", "nodeSerialBase",
        "trimPending", "work", "reachedElements", "scanEpoch",
        "statsValid", "irregular", "recordEpoch", "consumedBelow", "scratch", "collected",
        "usesReverseSweep", "recordsElementAccesses", "arithmetic",
        "reclaimsConsumedNodes",
      ])
  }
}
