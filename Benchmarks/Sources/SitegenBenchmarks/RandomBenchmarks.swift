import Foundation
import JuliaRandom

/// Standard normals by the Box–Muller transform over Swift's `SystemRandomNumberGenerator`.
private func boxMullerNormals(count: Int) -> [Double] {
  var generator = SystemRandomNumberGenerator()
  var values = [Double]()
  values.reserveCapacity(count + 1)
  while values.count < count {
    let u1 = 1 - Double.random(in: 0..<1, using: &generator)  // in (0, 1], so log is finite
    let u2 = Double.random(in: 0..<1, using: &generator)
    let radius = (-2 * log(u1)).squareRoot()
    values.append(radius * cos(2 * Double.pi * u2))
    values.append(radius * sin(2 * Double.pi * u2))
  }
  values.removeLast(values.count - count)
  return values
}

/// Julia 1.0's generator: normal and uniform throughput, 10⁶ draws a repetition, against a
/// Box–Muller transform over the system generator drawing as many.
nonisolated(unsafe) let randomBenchmarks: [Benchmark] = {
  let count = 1_000_000
  let baseline = "random: Box–Muller over SystemRandomNumberGenerator, 10⁶ normals"
  var generator = MersenneTwister()
  return [
    Benchmark(name: baseline, run: { blackHole(boxMullerNormals(count: count)) }),
    Benchmark(
      name: "random: randn(count:), 10⁶ normals",
      baseline: baseline,
      run: { blackHole(generator.randn(count: count)) }),
    Benchmark(
      name: "random: randn() one call at a time, 10⁶ normals",
      baseline: baseline,
      run: {
        var sum = 0.0
        for _ in 0..<count { sum += generator.randn() }
        blackHole(sum)
      }),
    Benchmark(
      name: "random: rand(count:), 10⁶ uniforms",
      run: { blackHole(generator.rand(count: count)) }),
    Benchmark(
      name: "random: seed(3) and randn(count: 3), the notebook's cell",
      run: {
        var notebook = MersenneTwister()
        try? notebook.seed(3)
        blackHole(notebook.randn(count: 3))
      }),
  ]
}()
