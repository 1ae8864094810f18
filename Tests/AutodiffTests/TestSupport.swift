import Autodiff

/// A small seeded generator (SplitMix64) so that every run checks the same inputs.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Tracker's `gradcheck` tolerance: `isapprox(numeric, analytic, rtol = 1e-5, atol = 1e-5)`.
func agrees(_ numeric: Double, _ analytic: Double) -> Bool {
  Swift.abs(numeric - analytic) <= 1e-5 + 1e-5 * Swift.max(Swift.abs(numeric), Swift.abs(analytic))
}

/// Central finite differences of a scalar function of several scalars (Tracker's `ngradient`,
/// step `sqrt(eps)` scaled by the argument).
func numericGradient(_ f: ([Double]) -> Double, at xs: [Double]) -> [Double] {
  xs.indices.map { i in
    let h = 1e-6 * Swift.max(1, Swift.abs(xs[i]))
    var plus = xs
    var minus = xs
    plus[i] += h
    minus[i] -= h
    return (f(plus) - f(minus)) / (2 * h)
  }
}

/// The value of an engine function at plain scalars (through a throwaway tape).
func evaluate(_ f: ([TrackedReal]) throws -> TrackedReal, at xs: [Double]) -> Double {
  let tape = Tape()
  return (try? f(xs.map { tape.param($0) }).data) ?? .nan
}

/// The value of an engine function at plain arrays.
func evaluate(_ f: ([TrackedArray]) throws -> TrackedReal, at xs: [Tensor]) -> Double {
  let tape = Tape()
  return (try? f(xs.map { tape.param($0) }).data) ?? .nan
}

/// Central finite differences of a function of arrays, element by element.
func numericGradient(_ f: ([TrackedArray]) throws -> TrackedReal, at xs: [Tensor]) -> [Tensor] {
  xs.indices.map { a in
    var g = Tensor(zeros: xs[a].shape)
    for i in xs[a].scalars.indices {
      let h = 1e-6 * Swift.max(1, Swift.abs(xs[a].scalars[i]))
      var plus = xs
      var minus = xs
      plus[a].scalars[i] += h
      minus[a].scalars[i] -= h
      g.scalars[i] = (evaluate(f, at: plus) - evaluate(f, at: minus)) / (2 * h)
    }
    return g
  }
}
