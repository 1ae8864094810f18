import Autodiff
import Testing
import _Differentiation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The same scalar expressions differentiated by the engine and by Swift's own compiler AD.
@Suite struct CompilerDerivativeTests {
  @differentiable(reverse)
  static func polynomial(_ x: Double) -> Double { 1.5 + x * -2.5 + (x * x) * 2.0 }

  @differentiable(reverse)
  static func l2(_ x: Double) -> Double {
    let d = 3.0 - polynomial(x)
    return (d * d).squareRoot()
  }

  @differentiable(reverse)
  static func quotient(_ x: Double, _ y: Double) -> Double { (x * y + 1) / (y * y + 2) - x / 3 }

  @differentiable(reverse)
  static func transcendental(_ x: Double) -> Double { exp(sin(x)) * cos(x) + log(x * x + 1) }

  @differentiable(reverse)
  static func hyperbolic(_ x: Double) -> Double { tanh(x) * 3 - 1 / (1 + exp(-x)) }

  static let inputs: [Double] = {
    var rng = SeededGenerator(seed: 99)
    return (0..<40).map { _ in Double.random(in: -3...3, using: &rng) }
  }()

  static func close(_ a: Double, _ b: Double) -> Bool {
    Swift.abs(a - b) <= 1e-12 * Swift.max(1, Swift.abs(a), Swift.abs(b))
  }

  @Test func polynomialLossAgreesWithCompilerAD() throws {
    for x in Self.inputs {
      let ours = try gradient(of: { x in Losses.l2(3, 1.5 + x * -2.5 + pow(x, 2) * 2.0) }, at: x)
      let theirs = _Differentiation.gradient(at: x, of: Self.l2)
      #expect(Self.close(ours, theirs), "at \(x): \(ours) vs \(theirs)")
    }
  }

  @Test func quotientAgreesWithCompilerAD() throws {
    for (x, y) in zip(Self.inputs, Self.inputs.reversed()) {
      let ours = try gradient(of: { x, y in (x * y + 1) / (y * y + 2) - x / 3 }, at: x, y)
      let theirs = _Differentiation.gradient(at: x, y, of: Self.quotient)
      #expect(Self.close(ours.0, theirs.0) && Self.close(ours.1, theirs.1))
    }
  }

  @Test func transcendentalFunctionsAgreeWithCompilerAD() throws {
    for x in Self.inputs {
      let ours = try gradient(of: { x in exp(sin(x)) * cos(x) + log(x * x + 1) }, at: x)
      let theirs = _Differentiation.gradient(at: x, of: Self.transcendental)
      #expect(Self.close(ours, theirs), "at \(x): \(ours) vs \(theirs)")
      let ours2 = try gradient(of: { x in tanh(x) * 3 - sigmoid(x) }, at: x)
      let theirs2 = _Differentiation.gradient(at: x, of: Self.hyperbolic)
      #expect(Self.close(ours2, theirs2), "at \(x): \(ours2) vs \(theirs2)")
    }
  }
}
