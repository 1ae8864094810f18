import Autodiff
import Foundation
import JuliaRandom

/// Runs a `{train}` directive natively on the `Autodiff` API: the same loop, step for step, as
/// the notebook's `training_epoch` written in cells, so both give the same bits.
struct TrainRunner {
  /// What a training run produced.
  struct Outcome {
    /// The final parameters, flattened (the polynomial's coefficients; every weight and bias
    /// of an MLP, layer by layer).
    var parameters: [Double]
    /// The last gradient of each parameter, before it was zeroed.
    var lastGradient: [Double]
    /// The average loss of each epoch.
    var losses: [Double]
    /// The model's prediction at each point after training.
    var fitted: [Double]
    /// The target at each point.
    var targets: [Double]
    /// The epoch (1-based) whose loss was first NaN or infinite, if training diverged.
    var divergedAt: Int?
  }

  enum Failure: Error {
    case engine(String)
  }

  var spec: TrainSpec
  /// The target's value at `x` (a built-in function, or a function of the page's cells).
  var target: (Double) throws -> Double

  func run() throws -> Outcome {
    var random = try MersenneTwister(seed: spec.seed)
    let targets = try spec.points.map(target)
    switch spec.model {
    case .polynomial(let order):
      return try fitPolynomial(order: order, initial: random.randn(count: order), targets: targets)
    case .mlp(let hidden):
      return try fitNetwork(hidden: hidden, random: &random, targets: targets)
    }
  }

  private func makeOptimizer() -> any Autodiff.Optimizer {
    switch spec.optimizer {
    case .descent: Descent(spec.eta)
    case .momentum: Momentum(spec.eta)
    case .adam: ADAM(spec.eta)
    }
  }

  /// `sum([x^(i-1) .* w[i] for i in 1:N])`: Julia's `^` with a variable integer exponent is
  /// `pow` on doubles, and the sum a left fold.
  private static func polynomial(_ w: TrackedArray, at x: Double, order: Int) -> TrackedReal {
    var total = Foundation.pow(x, 0) * w[0]
    for i in 1..<order {
      total = total + Foundation.pow(x, Double(i)) * w[i]
    }
    return total
  }

  private func loss(_ y: Double, _ yHat: TrackedReal) -> TrackedReal {
    switch spec.loss {
    case .l2: Losses.l2(y, yHat)
    case .mse: pow(yHat - y, 2)
    }
  }

  private func fitPolynomial(order: Int, initial: [Double], targets: [Double]) throws -> Outcome {
    let tape = Tape()
    let w = tape.param(Tensor(initial))
    let optimizer = makeOptimizer()
    let inputs = spec.points.map { $0 / spec.scale }
    var losses: [Double] = []
    var lastGradient = [Double](repeating: 0, count: order)
    var divergedAt: Int?
    let count = Double(spec.points.count)
    for epoch in 1...spec.epochs {
      var average = 0.0
      for (x, y) in zip(inputs, targets) {
        let l = loss(y, Self.polynomial(w, at: x, order: order))
        do {
          try l.back()
        } catch {
          if divergedAt == nil { divergedAt = epoch }
          average = .nan
          continue
        }
        average += l.data / count
        lastGradient = w.grad?.scalars ?? lastGradient
        try optimizer.update(w)
      }
      losses.append(average)
      if !average.isFinite {
        divergedAt = divergedAt ?? epoch
        break
      }
    }
    let parameters = w.data.scalars
    let fitted = inputs.map { x -> Double in
      var total = Foundation.pow(x, 0) * parameters[0]
      for i in 1..<order { total += Foundation.pow(x, Double(i)) * parameters[i] }
      return total
    }
    return Outcome(
      parameters: parameters, lastGradient: lastGradient, losses: losses, fitted: fitted,
      targets: targets, divergedAt: divergedAt)
  }

  /// `Chain(Dense(1, hidden, relu), Dense(hidden, 1))` with Flux's initialisation: weights
  /// `glorot_uniform` (`(rand(out, in) .- 0.5) .* sqrt(24 / (in + out))`), biases zero.
  private func fitNetwork(hidden: Int, random: inout MersenneTwister, targets: [Double]) throws
    -> Outcome
  {
    func glorot(_ rows: Int, _ columns: Int) -> Tensor {
      let factor = (24.0 / Double(rows + columns)).squareRoot()
      let values = random.rand(rows: rows, columns: columns).map { ($0 - 0.5) * factor }
      return Tensor(shape: .matrix(rows: rows, columns: columns), scalars: values)
    }
    let tape = Tape()
    let first = Dense(tape: tape, weight: glorot(hidden, 1), activation: .relu)
    let second = Dense(tape: tape, weight: glorot(1, hidden))
    let model = Chain([first, second])
    let parameters = [first.weight, first.bias, second.weight, second.bias]
    let optimizer = makeOptimizer()
    let inputs = spec.points.map { $0 / spec.scale }
    var losses: [Double] = []
    var lastGradient: [Double] = []
    var divergedAt: Int?
    let count = Double(spec.points.count)
    for epoch in 1...spec.epochs {
      var average = 0.0
      for (x, y) in zip(inputs, targets) {
        let prediction = try model(.array(Tensor([x])))
        let l: TrackedReal
        switch spec.loss {
        case .l2: l = try Losses.l2(Tensor([y]), prediction)
        case .mse: l = try Losses.mse(prediction, Tensor([y]))
        }
        do {
          try l.back()
        } catch {
          if divergedAt == nil { divergedAt = epoch }
          average = .nan
          continue
        }
        average += l.data / count
        lastGradient = parameters.flatMap { $0.grad?.scalars ?? [] }
        for parameter in parameters { try optimizer.update(parameter) }
      }
      losses.append(average)
      if !average.isFinite {
        divergedAt = divergedAt ?? epoch
        break
      }
    }
    let fitted = try inputs.map { x in try model(.array(Tensor([x]))).data.scalars.first ?? .nan }
    tape.releaseIntermediates()
    return Outcome(
      parameters: parameters.flatMap { $0.data.scalars }, lastGradient: lastGradient,
      losses: losses, fitted: fitted, targets: targets, divergedAt: divergedAt)
  }
}
