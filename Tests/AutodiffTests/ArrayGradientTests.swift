import Autodiff
import Testing

/// Array primitives and broadcasting against central finite differences.
@Suite struct ArrayGradientTests {
  /// A named function of arrays and the shapes of its arguments.
  struct Case: CustomStringConvertible, Sendable {
    var description: String
    var shapes: [Shape]
    var f: @Sendable ([TrackedArray]) throws -> TrackedReal
  }

  static let y = Tensor([0.5, -1.0, 2.0])
  static let rowVector = Tensor(rows: [[1.5, -0.5, 2.0]])

  static let cases: [Case] = [
    Case(description: "sum(x)", shapes: [.vector(5)]) { sum($0[0]) },
    Case(description: "softmax of a matrix, weighted", shapes: [.matrix(rows: 3, columns: 2)]) {
      x in sum(try softmax(x[0]) .* Tensor(rows: [[1.5, -0.5], [2.0, 0.25], [-1.0, 3.0]]))
    },
    Case(description: "logitcrossentropy", shapes: [.matrix(rows: 3, columns: 2)]) {
      x in
      -sum(try logsoftmax(x[0]) .* Tensor(rows: [[1, 0], [0, 0], [0, 1]])) * (1 / 2)
    },
    Case(description: "crossentropy of softmax", shapes: [.matrix(rows: 2, columns: 3)]) {
      x in
      -sum(try broadcast(.log, softmax(x[0])) .* Tensor(rows: [[1, 0, 1], [0, 1, 0]])) * (1 / 3)
    },
    Case(description: "sum(x) of 40", shapes: [.vector(40)]) { sum($0[0]) },
    Case(description: "mean(x)", shapes: [.matrix(rows: 2, columns: 3)]) { mean($0[0]) },
    Case(description: "x[2] * x[3]", shapes: [.vector(4)]) { x in x[0][1] * x[0][2] },
    Case(description: "x[1, 2] of a matrix", shapes: [.matrix(rows: 2, columns: 2)]) {
      x in pow(x[0][1, 0], 3)
    },
    Case(description: "sum(a .+ b)", shapes: [.vector(3), .vector(3)]) { sum(try $0[0] .+ $0[1]) },
    Case(description: "sum(a .* b)", shapes: [.vector(3), .vector(3)]) { sum(try $0[0] .* $0[1]) },
    Case(description: "sum(a ./ b)", shapes: [.vector(3), .vector(3)]) {
      sum(try $0[0] ./ ($0[1] .* $0[1] .+ 1))
    },
    Case(description: "matrix .- vector", shapes: [.matrix(rows: 3, columns: 2), .vector(3)]) {
      sum(pow(try $0[0] .- $0[1], 2))
    },
    Case(
      description: "matrix .* row matrix",
      shapes: [.matrix(rows: 2, columns: 3), .matrix(rows: 1, columns: 3)]
    ) { sum(try $0[0] .* $0[1]) },
    Case(description: "vector .* plain row", shapes: [.vector(2)]) {
      x in sum(pow(try x[0] .* rowVector, 2))
    },
    Case(description: "tracked scalar .* array", shapes: [.vector(1), .vector(3)]) {
      x in sum(pow(x[0][0] .* x[1], 2))
    },
    Case(description: "array .- tracked mean", shapes: [.vector(4)]) {
      x in sum(pow(x[0] .- mean(x[0]), 2))
    },
    Case(description: "2 .- x, x ./ 4, 3 .* x", shapes: [.vector(3)]) {
      x in sum(try (2 .- x[0]) .* (x[0] ./ 4) .* (3 .* x[0]))
    },
    Case(description: "-x .* x", shapes: [.vector(3)]) { x in sum(try -x[0] .* x[0]) },
    Case(description: "W * x", shapes: [.matrix(rows: 2, columns: 3), .vector(3)]) {
      x in sum(pow(try x[0] * x[1], 2))
    },
    Case(
      description: "A * B", shapes: [.matrix(rows: 2, columns: 3), .matrix(rows: 3, columns: 2)]
    ) {
      x in sum(pow(try x[0] * x[1], 3))
    },
    Case(description: "transpose(A) * x", shapes: [.matrix(rows: 3, columns: 2), .vector(3)]) {
      x in sum(pow(try transpose(x[0]) * x[1], 2))
    },
    Case(description: "transpose(v) * v", shapes: [.vector(3)]) {
      x in sum(try transpose(x[0]) .* x[0])
    },
    Case(description: "sqrt, exp, log, sin, cos, tanh", shapes: [.vector(3)]) { x in
      let v = (try x[0] .* x[0]) .+ 1
      return sum(
        try broadcast(.sqrt, v) .+ broadcast(.exp, x[0]) .+ broadcast(.log, v)
          .+ (try broadcast(.sin, x[0]) .* broadcast(.cos, x[0])) .+ broadcast(.tanh, x[0]))
    },
    Case(description: "σ, abs", shapes: [.vector(4)]) { x in
      sum(try broadcast(.sigmoid, x[0]) .+ broadcast(.abs, x[0] .+ 10))
    },
    Case(description: "relu away from 0", shapes: [.vector(4)]) { x in
      sum(try broadcast(.relu, x[0] .+ 10) .+ broadcast(.relu, x[0] .- 10))
    },
    Case(description: "max.(a, b), min.(a, b)", shapes: [.vector(3), .vector(3)]) { x in
      let shifted = x[1] .+ 0.25
      return sum(
        try (try broadcast(.max, .trackedArray(x[0]), .trackedArray(shifted)).array())
          .+ (try broadcast(.min, .trackedArray(x[0]), .trackedArray(shifted)).array()))
    },
    Case(description: "mse", shapes: [.vector(3)]) { try Losses.mse($0[0], y) },
    Case(description: "l2 of arrays", shapes: [.vector(3)]) { try Losses.l2(y, $0[0]) },
  ]

  @Test(arguments: cases)
  func arrayPrimitiveMatchesCentralDifferences(_ c: Case) throws {
    var rng = SeededGenerator(seed: 1)
    for _ in 0..<10 {
      let xs = c.shapes.map { shape in
        Tensor(
          shape: shape,
          scalars: (0..<shape.count).map { _ in Double.random(in: -2...2, using: &rng) })
      }
      let analytic = try valueWithGradient(of: c.f, at: xs).gradient
      let numeric = numericGradient(c.f, at: xs)
      for (a, n) in zip(analytic, numeric) {
        #expect(a.shape == n.shape)
        for (u, v) in zip(n.scalars, a.scalars) {
          #expect(agrees(u, v), "\(c) at \(xs): \(n) vs \(a)")
        }
      }
    }
  }

  @Test func broadcastShapesFollowJulia() throws {
    let tape = Tape()
    let m = tape.param(Tensor(zeros: .matrix(rows: 3, columns: 2)))
    let v = tape.param(Tensor(zeros: .vector(3)))
    let row = tape.param(Tensor(zeros: .matrix(rows: 1, columns: 2)))
    #expect(try (m .+ v).shape == .matrix(rows: 3, columns: 2))
    #expect(try (v .+ row).shape == .matrix(rows: 3, columns: 2))
    #expect(try (v .+ v).shape == .vector(3))
    #expect(transpose(v).shape == .matrix(rows: 1, columns: 3))
    #expect(throws: AutodiffError.dimensionMismatch(.vector(3), .vector(2))) {
      try v .+ tape.param(Tensor([1, 2]))
    }
  }

  @Test func shortSumsFoldFromTheLeft() {
    let xs = [1.0, 1e16, -1e16, 3.0]
    #expect(JuliaMath.sum(xs) == ((xs[0] + xs[1]) + xs[2]) + xs[3])
  }
}

extension Broadcastable {
  /// The tracked array inside, for tests.
  func array() throws -> TrackedArray {
    guard case .trackedArray(let a) = self else { throw AutodiffError.notAParameter }
    return a
  }
}
