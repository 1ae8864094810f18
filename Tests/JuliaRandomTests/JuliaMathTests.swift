import Foundation
import Testing

@testable import JuliaRandom

/// Julia 1.0's `log` and `exp`, as the ziggurats' tails and wedges call them.
@Suite struct JuliaMathTests {
  @Test func logarithmIsWithinOneUlpOfTheCLibrary() throws {
    var rng = try MersenneTwister(seed: 1)
    let inputs = rng.rand(count: 100_000) + [1e-300, .leastNonzeroMagnitude, 0.94, 1.06, 2, 1e300]
    for x in inputs where x > 0 {
      let expected = Foundation.log(x)
      #expect(abs(JuliaMath.log(x) - expected) <= expected.ulp, "log(\(x))")
    }
  }

  @Test func logarithmHandlesTheEdgesAsJuliaDoes() {
    #expect(JuliaMath.log(0) == -.infinity)
    #expect(JuliaMath.log(.infinity) == .infinity)
    #expect(JuliaMath.log(1) == 0)
    #expect(JuliaMath.log(-1).isNaN)
    #expect(JuliaMath.log(2) == 0.6931471805599453)
  }

  @Test func exponentialIsWithinOneUlpOfTheCLibrary() throws {
    var rng = try MersenneTwister(seed: 2)
    let inputs = rng.rand(count: 100_000).map { 30 * $0 - 20 } + [1e-30, -0.3, 0.3, 709, -744]
    for x in inputs {
      let expected = Foundation.exp(x)
      #expect(abs(JuliaMath.exp(x) - expected) <= expected.ulp, "exp(\(x))")
    }
  }

  @Test func exponentialHandlesTheEdgesAsJuliaDoes() {
    #expect(JuliaMath.exp(1) == 2.718281828459045)
    #expect(JuliaMath.exp(0) == 1)
    #expect(JuliaMath.exp(710) == .infinity)
    #expect(JuliaMath.exp(-746) == 0)
    #expect(JuliaMath.exp(-.infinity) == 0)
    #expect(JuliaMath.exp(.nan).isNaN)
  }
}
