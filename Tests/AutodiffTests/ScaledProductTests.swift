import Testing

@testable import Autodiff

/// Products with a constant, `c * u` and `u * c`, and sums of two tracked values, which the
/// reverse sweep runs under codes of their own (``SweepCode/scaleByX``, ``SweepCode/scaleByY``,
/// ``SweepCode/addTracked``): the same gradients as the general `*` and `+`, against finite
/// differences, and the same bits on every path.
@Suite struct ScaledProductTests {
  /// The constant's side decides the code; a product of two tracked values keeps `multiply`,
  /// a sum with a constant keeps `add`.
  @Test func productsWithAConstantAreRecordedUnderTheirOwnCodes() {
    let tape = Tape()
    let w = tape.param(Tensor([2, 3]))
    let s = tape.param(5.0)
    let left = 1.5 * w[0]
    let right = w[1] * 2.5
    let both = left * right
    let scalarLeft = 3 * s
    let sum = left + 4
    let tracked = left + s
    let codes = (0..<tape.nodeCount).map { tape.nodes[$0].code }
    #expect(codes == [.scaleByX, .scaleByY, .multiply, .scaleByX, .add, .addTracked])
    _ = (both, scalarLeft, sum, tracked)
  }

  /// Constants on either side of element accesses, nodes and scalar parameters, on the
  /// plain sweep, the scan's sweep and the walk: finite differences agree, and all three
  /// paths give the same bits.
  @Test func scaledProductsMatchFiniteDifferencesOnEveryPath() throws {
    func f(_ w: TrackedArray, _ s: TrackedReal, _ t: TrackedReal) -> TrackedReal {
      let a = 1.5 * w[0]  // constant first, an element access
      let b = w[1] * -0.25  // constant last, an element access
      let c = (a + b) * 3  // constant last, a node
      let d = 0.5 * (c * c)  // constant first, a node
      let e = 2 * s + t * 7  // scalar parameters on both sides
      return d + e * w[2]
    }
    let xs = [0.7, -1.3, 2.1]
    let (s0, t0) = (0.4, -1.7)
    let numeric = numericGradient(
      { v in
        let tape = Tape()
        return f(tape.param(Tensor(Array(v[0..<3]))), tape.param(v[3]), tape.param(v[4])).data
      }, at: xs + [s0, t0])
    var results: [[UInt64]] = []
    // The plain sweep (no scan), the sweep after a scan, and the walk.
    for path in 0..<3 {
      let tape = Tape()
      tape.usesReverseSweep = path != 2
      let w = tape.param(Tensor(xs))
      let s = tape.param(s0)
      let t = tape.param(t0)
      var l = f(w, s, t)
      if path == 1 {
        // A dead branch recorded before the loss: the statistics rule out the plain sweep,
        // the scan finds the loss's graph simple.
        let unused = 2 * w[0]
        l = l + 0 * 1
        _ = unused
      }
      try l.back()
      let grads = (w.grad?.scalars ?? []) + [s.grad ?? .nan, t.grad ?? .nan]
      for (n, a) in zip(numeric, grads) { #expect(agrees(n, a), "\(n) vs \(a) on path \(path)") }
      results.append(grads.map(\.bitPattern))
    }
    #expect(results[0] == results[2])
    #expect(results[1] == results[2])
  }
}
