import Autodiff
import Testing

/// Every scalar primitive against central finite differences on many seeded random inputs.
@Suite struct ScalarGradientTests {
  /// A named scalar function of two arguments and the domain its inputs come from.
  struct Case: CustomStringConvertible, Sendable {
    var description: String
    var range: ClosedRange<Double>
    var f: @Sendable ([TrackedReal]) -> TrackedReal
  }

  static let cases: [Case] = [
    Case(description: "a + b", range: -5...5) { $0[0] + $0[1] },
    Case(description: "a - b", range: -5...5) { $0[0] - $0[1] },
    Case(description: "a * b", range: -5...5) { $0[0] * $0[1] },
    Case(description: "a / b", range: 0.5...5) { $0[0] / $0[1] },
    Case(description: "2.5 + a", range: -5...5) { 2.5 + $0[0] },
    Case(description: "a - 2.5", range: -5...5) { $0[0] - 2.5 },
    Case(description: "2.5 - a", range: -5...5) { 2.5 - $0[0] },
    Case(description: "a * 3", range: -5...5) { $0[0] * 3 },
    Case(description: "3 / a", range: 0.5...5) { 3 / $0[0] },
    Case(description: "a / 3", range: -5...5) { $0[0] / 3 },
    Case(description: "-a", range: -5...5) { -$0[0] },
    Case(description: "a^2", range: -5...5) { pow($0[0], 2) },
    Case(description: "a^3", range: -5...5) { pow($0[0], 3) },
    Case(description: "a^-2", range: 0.5...5) { pow($0[0], -2) },
    Case(description: "a^1.7", range: 0.5...5) { pow($0[0], 1.7) },
    Case(description: "a^b", range: 0.5...3) { pow($0[0], $0[1]) },
    Case(description: "2^a", range: -3...3) { pow(2, $0[0]) },
    Case(description: "sqrt(a)", range: 0.1...9) { sqrt($0[0]) },
    Case(description: "abs(a)", range: 0.1...5) { abs($0[0]) },
    Case(description: "abs(-a)", range: 0.1...5) { abs(-$0[0]) },
    Case(description: "exp(a)", range: -3...3) { exp($0[0]) },
    Case(description: "log(a)", range: 0.1...9) { log($0[0]) },
    Case(description: "sin(a)", range: -5...5) { sin($0[0]) },
    Case(description: "cos(a)", range: -5...5) { cos($0[0]) },
    Case(description: "tanh(a)", range: -3...3) { tanh($0[0]) },
    Case(description: "sigmoid(a)", range: -5...5) { sigmoid($0[0]) },
    Case(description: "relu(a), a > 0", range: 0.1...5) { relu($0[0]) },
    Case(description: "relu(a), a < 0", range: -5 ... -0.1) { relu($0[0]) },
    Case(description: "max(a, b)", range: -5...5) { max($0[0], $0[1] + 0.25) },
    Case(description: "min(a, b)", range: -5...5) { min($0[0], $0[1] + 0.25) },
    Case(description: "max(1, a)", range: -5...5) { max(1, $0[0]) },
    Case(description: "min(a, 1)", range: -5...5) { min($0[0], 1) },
    Case(description: "l2(y, a * b)", range: -5...5) { Losses.l2(0.3, $0[0] * $0[1]) },
    Case(description: "sum of a, a*b, b^2", range: -5...5) {
      [$0[0], $0[0] * $0[1], pow($0[1], 2)].sum()
    },
    Case(description: "shared a: a*a*a + sin(a)*a", range: -2...2) {
      $0[0] * $0[0] * $0[0] + sin($0[0]) * $0[0]
    },
  ]

  @Test(arguments: cases)
  func primitiveMatchesCentralDifferences(_ c: Case) throws {
    var rng = SeededGenerator(seed: 42)
    for _ in 0..<50 {
      let xs = [Double.random(in: c.range, using: &rng), Double.random(in: c.range, using: &rng)]
      // Keep max/min away from their kink.
      if Swift.abs(xs[0] - xs[1] - 0.25) < 1e-3 || Swift.abs(xs[0] - 1) < 1e-3 { continue }
      let analytic = try valueWithGradient(of: c.f, at: xs).gradient
      let numeric = numericGradient({ evaluate(c.f, at: $0) }, at: xs)
      for i in 0..<2 {
        #expect(agrees(numeric[i], analytic[i]), "\(c) at \(xs): \(numeric) vs \(analytic)")
      }
    }
  }

  @Test func squareIsExactlyTheProduct() throws {
    var rng = SeededGenerator(seed: 7)
    let tape = Tape()
    for _ in 0..<200 {
      let x = Double.random(in: -1e3...1e3, using: &rng)
      #expect(pow(tape.param(x), 2).data == x * x)
    }
  }

  @Test func derivativesFollowDiffRulesFormulas() throws {
    let x = 2.7
    #expect(try gradient(of: { sqrt($0) }, at: x) == 1 / (2 * x.squareRoot()))
    #expect(try gradient(of: { pow($0, 3) }, at: x) == 3 * (x * x))
    #expect(try gradient(of: { 1 / $0 }, at: x) == -(1 / x / x))
    #expect(try gradient(of: { abs($0) }, at: -0.0) == -1)
    #expect(try gradient(of: { abs($0) }, at: 0.0) == 1)
    #expect(try gradient(of: { relu($0) }, at: 0.0) == 1)
  }

  @Test func leafContributionsAddUpInTrackerOrder() throws {
    // Tracker walks the left operand's subgraph first: ((0 + 1) + 1e16) + -1e16 == 0, where
    // the reverse order would give 1.
    let g = try gradient(of: { x in (x * 1 + x * 1e16) + x * -1e16 }, at: 0.5)
    #expect(g == 0)
  }
}

/// Tracker's nested gradients: the backward pass recorded as tracked operations.
@Suite struct NestedGradientTests {
  /// g(x) = sin(x) exp(x) / x and its derivatives, each checked against central differences of
  /// the one before.
  @Test func nestedGradientsDifferentiateAgainLikeFiniteDifferences() throws {
    func g(_ x: TrackedReal) -> TrackedReal { sin(x) * exp(x) / x }
    func derivative(_ order: Int, at x: Double) throws -> Double {
      let tape = Tape()
      var inputs = [tape.param(x)]
      var value = g(inputs[0])
      for _ in 0..<order {
        let next = try tape.nestedGradients(of: value, wrt: [inputs[0]], seed: 1)[0]
        value = next
        inputs = [inputs[0]]
      }
      return value.data
    }
    let h = 1e-5
    for order in 1...3 {
      let numeric =
        (try derivative(order - 1, at: 1.5 + h) - derivative(order - 1, at: 1.5 - h)) / (2 * h)
      #expect(abs(try derivative(order, at: 1.5) - numeric) < 1e-6)
    }
  }

  @Test func aNestedGradientThroughAnArrayIsRefused() throws {
    let tape = Tape()
    let w = tape.param(Tensor([1, 2]))
    let x = tape.param(3.0)
    let l = sum(w .* 2) * x
    #expect(throws: AutodiffError.nestedUnsupported("arrays")) {
      _ = try tape.nestedGradients(of: l, wrt: [x], seed: 1)
    }
  }
}
