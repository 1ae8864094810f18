import Testing

@testable import Autodiff

#if canImport(Glibc)
  import Glibc
#endif

/// `Float32` graphs: every forward and backward operation rounds to single precision, checked
/// against loops written here in Swift's `Float`, against finite differences, and against
/// Flux 0.8.3's `apply!(o::ADAM, x, Δ)` worked out by hand.
@Suite struct SinglePrecisionTests {
  let w: [Float] = [0.5, -1.25, 0.75, 2.0, -0.3, 0.1]  // 3 × 2, column-major
  let x: [Float] = [0.7, -0.2]
  let b: [Float] = [0.1, -0.2, 0.3]

  func isSingle(_ values: [Double]) -> Bool { values.allSatisfy { Double(Float($0)) == $0 } }

  @Test func aMatrixProductRoundsEachProductAndSum() throws {
    let tape = Tape()
    let weights = tape.param(
      Tensor(shape: .matrix(rows: 3, columns: 2), scalars: w.map(Double.init)), precision: .single)
    let y = try matmul(
      .trackedArray(weights), .array(Tensor(x.map(Double.init))), precision: .single)
    var expected: [Double] = []
    for i in 0..<3 {
      var s: Float = 0
      for p in 0..<2 { s += w[i + 3 * p] * x[p] }
      expected.append(Double(s))
    }
    #expect(y.data.scalars == expected)
    #expect(y.precision == .single)
  }

  /// `sum(tanh.(weights * x .+ b) .^ 2)` in `Float32` and the same function in `Float64`.
  func loss(_ tape: Tape, _ weights: TrackedArray, _ bias: TrackedArray, _ precision: Precision)
    throws
    -> TrackedReal
  {
    let input = Broadcastable.array(Tensor(x.map(Double.init)))
    let product = try matmul(.trackedArray(weights), input, precision: precision)
    guard
      case .trackedArray(let affine) = try broadcast(
        .add, .trackedArray(product), .trackedArray(bias), precision: precision),
      case .trackedArray(let squares) = try broadcast(
        .power, .trackedArray(broadcast(.tanh, affine)), .scalar(2), precision: precision)
    else { throw AutodiffError.notAParameter }
    return sum(squares)
  }

  @Test func gradientsOfASingleGraphAreSingleAndMatchFiniteDifferences() throws {
    let tape = Tape()
    let weights = tape.param(
      Tensor(shape: .matrix(rows: 3, columns: 2), scalars: w.map(Double.init)), precision: .single)
    let bias = tape.param(Tensor(b.map(Double.init)), precision: .single)
    let l = try loss(tape, weights, bias, .single)
    #expect(l.precision == .single)
    let grads = try tape.gradients(of: l, wrt: Params([weights, bias]))
    let gW = try #require(grads[weights]).scalars
    let gb = try #require(grads[bias]).scalars
    #expect(isSingle(gW) && isSingle(gb))
    // Central differences of the Float64 function at the same point.
    func value(_ wd: [Double], _ bd: [Double]) throws -> Double {
      let t = Tape()
      let weights = t.param(Tensor(shape: .matrix(rows: 3, columns: 2), scalars: wd))
      return try loss(t, weights, t.param(Tensor(bd)), .double).data
    }
    let (w0, b0) = (w.map(Double.init), b.map(Double.init))
    let h = 1e-6
    for k in w0.indices {
      var (up, down) = (w0, w0)
      up[k] += h
      down[k] -= h
      let numeric = (try value(up, b0) - value(down, b0)) / (2 * h)
      #expect(abs(gW[k] - numeric) < 1e-5)
    }
    for k in b0.indices {
      var (up, down) = (b0, b0)
      up[k] += h
      down[k] -= h
      let numeric = (try value(w0, up) - value(w0, down)) / (2 * h)
      #expect(abs(gb[k] - numeric) < 1e-5)
    }
  }

  @Test func backAccumulatesIntoAFloat32ParameterInSinglePrecision() throws {
    let tape = Tape()
    let p = tape.param(Tensor([0.1, 0.2]), precision: .single)
    #expect(p.data.scalars == [Double(Float(0.1)), Double(Float(0.2))])
    let l = sum(p .* 1.1)
    try l.back()
    try sum(p .* 1.1).back()
    // Each back! brings Float32(1) * Float32(1.1); the second adds in Float32.
    let g = Float(1.1)
    #expect(p.grad?.scalars == [Double(g + g), Double(g + g)])
  }

  @Test func adamStoresItsStateAndStepAsFloat32() throws {
    let tape = Tape()
    let p = tape.param(Tensor([0.5]), precision: .single)
    let gradient = Double(Float(0.3))
    try p.setGrad(Tensor([gradient]))
    let adam = ADAM(0.02)
    try adam.update(p)
    // Flux 0.8.3: mt = 0.9 mt + (1 - 0.9) Δ, vt = 0.999 vt + (1 - 0.999) Δ^2 (Δ^2 a Float32
    // square), each stored as Float32; Δ = mt / (1 - 0.9) / (√(vt / (1 - 0.999)) + 1e-8) * 0.02
    // stored as Float32; x .-= Δ.
    let mt = Double(Float(0.9 * 0 + (1 - 0.9) * gradient))
    let vt = Double(Float(0.999 * 0 + (1 - 0.999) * Double(Float(gradient) * Float(gradient))))
    let step = Float(mt / (1 - 0.9) / ((vt / (1 - 0.999)).squareRoot() + 1e-8) * 0.02)
    #expect(p.data.scalars == [Double(Float(0.5) - step)])
  }
}

/// A `Float64` value computed from `Float32` ones: `Float64` gradients, with the derivatives of
/// the `Float32` nodes taken in `Float32` (as Tracker's dual numbers of `Float32` operands are).
@Suite struct MixedPrecisionTests {
  @Test func aFloat32NodesDerivativeIsFloat32UnderAFloat64Gradient() throws {
    let tape = Tape()
    let w = tape.param(Tensor([0.3, -0.7]), precision: .single)
    let t = broadcast(.tanh, w)
    #expect(t.precision == .single)
    guard
      case .trackedArray(let shifted) = try broadcast(
        .subtract, .trackedArray(t), .scalar(0.1), precision: .double)
    else { throw AutodiffError.notAParameter }
    let l = sum(
      try broadcast(.multiply, .trackedArray(shifted), .scalar(3), precision: .double)
        .trackedResult())
    #expect(l.precision == .double)
    try l.back()
    // Δ = 3 (Float64) times sech²(x) computed in Float32, added into the Float32 grad.
    let expected = [Float(0.3), Float(-0.7)].map { x -> Double in
      let s = 1 / coshf(x)
      return Double(Float(3 * Double(s * s)))
    }
    #expect(w.grad?.scalars == expected)
  }
}

extension Broadcastable {
  /// The tracked array of a broadcast result.
  fileprivate func trackedResult() throws -> TrackedArray {
    guard case .trackedArray(let x) = self else { throw AutodiffError.notAParameter }
    return x
  }
}
