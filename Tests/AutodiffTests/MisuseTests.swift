import Autodiff
import Testing

/// Misuse is reported with Tracker's named errors.
@Suite struct MisuseTests {
  @Test func secondBackThroughTheSameGraphIsRefused() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1, 2]))
    let l = w[0] * w[1]
    try l.back()
    #expect(throws: AutodiffError.backAlreadyUsed) { try l.back() }
    #expect(w.grad == Tensor([2, 1]))
  }

  @Test func buildingOnAConsumedValueCannotBackPropagate() throws {
    let tape = Tape()
    let x = tape.param(3.0)
    let y = x * x
    try y.back()
    _ = tape.param(1.0) * 2  // the next node reclaims the consumed graph
    let z = y * 2
    #expect(z.data == 18)
    #expect(throws: AutodiffError.backAlreadyUsed) { try z.back() }
    #expect(x.grad == 6)
  }

  @Test func backThroughAReturnedGradientIsRefusedAndLeavesTheGradientsAlone() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1, 2]))
    let g = tape.nobacksies(Tensor([3, 4]))
    let s = tape.nobacksies(5.0)
    #expect(throws: AutodiffError.nestedDerivative) { try sum(w .* g).back() }
    #expect(throws: AutodiffError.nestedDerivative) { try (s * 2).back() }
    #expect(w.grad == Tensor([0, 0]))
    // The graph was not consumed: without the refusing leaf, back! runs.
    try sum(w .* Tensor([3, 4])).back()
    #expect(w.grad == Tensor([3, 4]))
    // A copy of the tape refuses alike.
    let copy = tape.copy()
    #expect(throws: AutodiffError.nestedDerivative) { try (g.moved(to: copy)[0] * 2).back() }
  }

  @Test func nanAndInfiniteLossesAreRefused() throws {
    let tape = Tape()
    let x = tape.param(-1.0)
    #expect(throws: AutodiffError.lossIsNaN) { try sqrt(x).back() }
    #expect(throws: AutodiffError.lossIsInfinite) { try (1 / (x + 1)).back() }
    #expect(x.grad == 0)
  }

  @Test func arraysNeedASeed() throws {
    let tape = Tape()
    let v = tape.param(Tensor([1, 2, 3]))
    #expect(throws: AutodiffError.notScalar(.vector(3))) { try (v .* 2).back() }
    try (v .* 2).back(seed: Tensor([1, 1, 1]))
    #expect(v.grad == Tensor([2, 2, 2]))
  }

  @Test func outOfBoundsAndNonParametersAreNamed() throws {
    let tape = Tape()
    let v = tape.param(Tensor([1, 2, 3]))
    #expect(throws: AutodiffError.indexOutOfBounds(index: 3, shape: .vector(3))) {
      try v.element(3)
    }
    #expect(throws: AutodiffError.notAParameter) { try Descent(0.1).update(v .* 2) }
  }

  @Test func inPlaceUpdatesCheckShapeAndKind() throws {
    let tape = Tape()
    let v = tape.param(Tensor([1, 2, 3]))
    try v.setData(Tensor([4, 5, 6]))
    #expect(v.data == Tensor([4, 5, 6]))
    #expect(throws: AutodiffError.dimensionMismatch(.vector(2), .vector(3))) {
      try v.setGrad(Tensor([1, 2]))
    }
    #expect(throws: AutodiffError.notAParameter) { try (v .* 2).setData(Tensor([1, 2, 3])) }
  }

  @Test func messagesAreTrackers() {
    #expect(AutodiffError.backAlreadyUsed.description == "`back!` was already used")
    #expect(AutodiffError.lossIsNaN.description == "Loss is NaN")
    #expect(AutodiffError.lossIsInfinite.description == "Loss is Inf")
  }
}
