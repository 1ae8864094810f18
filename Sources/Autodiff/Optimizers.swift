#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A Flux optimiser: turns a parameter's gradient into a step, applies it and zeroes the
/// gradient (Flux's `apply!` then `x.data .-= Δ; Δ .= 0`).
public protocol Optimizer: AnyObject {
  /// Flux's `apply!(opt, x, Δ)`: overwrites `gradient` with the step for the parameter `key`.
  /// Flux's state arrays (`zero(x)`) have the parameter's element type, `precision`, and the
  /// step is stored into `Δ`, of the gradient's element type, `gradientPrecision`: a `Float32`
  /// element is rounded as it is stored.
  func apply(
    _ gradient: UnsafeMutableBufferPointer<Double>, key: ParameterKey, precision: Precision,
    gradientPrecision: Precision)
}

extension Optimizer {
  /// ``apply(_:key:precision:gradientPrecision:)`` for a `Float64` parameter and gradient.
  @inlinable public func apply(_ gradient: UnsafeMutableBufferPointer<Double>, key: ParameterKey) {
    apply(gradient, key: key, precision: .double, gradientPrecision: .double)
  }
}

/// Identifies a parameter across calls, for optimisers that keep per-parameter state.
public struct ParameterKey: Hashable, Sendable {
  @usableFromInline let tape: ObjectIdentifier
  @usableFromInline let serial: UInt64

  @usableFromInline init(tape: ObjectIdentifier, serial: UInt64) {
    self.tape = tape
    self.serial = serial
  }
}

extension Optimizer {
  /// One step on a parameter: `x.data .-= apply!(opt, x.data, x.grad)`, then `x.grad .= 0`.
  /// - Throws: ``AutodiffError/notAParameter``.
  @inlinable public func update(_ parameter: TrackedArray) throws {
    if !step(parameter) { throw AutodiffError.notAParameter }
  }

  /// The step of ``update(_:)-(TrackedArray)``; `false` (nothing done) for an intermediate
  /// value. Not inlined into the throwing caller: the optimiser has been seen to leave a loop
  /// counter in the error register of a throwing function that ends in this loop.
  @inlinable @inline(never) func step(_ parameter: TrackedArray) -> Bool {
    parameter.withTape { tape in
      guard case .leaf(let k) = tape.peek(parameter.operand, parameter.serial).kind else {
        return false
      }
      let (data, grad) = (tape.leaves.values(k), tape.leaves.gradient(k))
      let precision: Precision = tape.leaves.info[k].single ? .single : .double
      apply(
        grad, key: ParameterKey(tape: ObjectIdentifier(tape), serial: parameter.serial),
        precision: precision, gradientPrecision: precision)
      for i in data.indices {
        data[i] = precision.rounded(data[i] - grad[i])
        grad[i] = 0
      }
      tape.leaves.gradientZeroed(k)
      return true
    }
  }

  /// One step on a scalar parameter.
  /// - Throws: ``AutodiffError/notAParameter``.
  public func update(_ parameter: TrackedReal) throws {
    guard parameter.isParameter, var grad = parameter.grad else {
      throw AutodiffError.notAParameter
    }
    let key = ParameterKey(tape: ObjectIdentifier(parameter.tape), serial: parameter.serial)
    let p = parameter.precision
    withUnsafeMutablePointer(to: &grad) {
      apply(.init(start: $0, count: 1), key: key, precision: p, gradientPrecision: p)
    }
    parameter.data = p.rounded(parameter.data - grad)
    parameter.grad = 0
  }

  /// One step on every parameter of `params`.
  public func update(_ params: Params) throws {
    for p in params.arrays { try update(p) }
    for p in params.scalars { try update(p) }
  }
}

/// Flux's `Descent(η)`: the step is `η * Δ`.
public final class Descent: Optimizer {
  /// The learning rate.
  @exclusivity(unchecked) public var eta: Double

  public init(_ eta: Double = 0.1) { self.eta = eta }

  /// One step on a parameter, `x.data .-= x.grad .* η; x.grad .= 0`, in one pass (the same
  /// operations as the general ``Optimizer/update(_:)-(TrackedArray)``).
  /// - Throws: ``AutodiffError/notAParameter``.
  @inlinable public func update(_ parameter: TrackedArray) throws {
    if !descend(parameter) { throw AutodiffError.notAParameter }
  }

  /// The step of ``update(_:)``; `false` (nothing done) for an intermediate value. Not
  /// inlined into the throwing caller (see ``Optimizer/step(_:)``).
  @inlinable @inline(never) func descend(_ parameter: TrackedArray) -> Bool {
    // The closure captures plain values only, so that it is inlined.
    let (operand, serial, eta) = (parameter.operand, parameter.serial, self.eta)
    if parameter.precision == .single { return step(parameter) }
    return parameter.withTape { tape in
      guard case .leaf(let k) = tape.peek(operand, serial).kind else { return false }
      let (data, grad) = (tape.leaves.values(k), tape.leaves.gradient(k))
      for i in data.indices {
        data[i] -= grad[i] * eta
        grad[i] = 0
      }
      tape.leaves.gradientZeroed(k)
      return true
    }
  }

  /// `Δ .*= η`.
  @inlinable public func apply(
    _ gradient: UnsafeMutableBufferPointer<Double>, key: ParameterKey, precision: Precision,
    gradientPrecision: Precision
  ) {
    let eta = self.eta
    for i in gradient.indices { gradient[i] = gradientPrecision.rounded(gradient[i] * eta) }
  }
}

/// Flux's `Momentum(η, ρ)`: `v = ρ * v - η * Δ`, the step is `-v`.
public final class Momentum: Optimizer {
  @exclusivity(unchecked) public var eta: Double
  @exclusivity(unchecked) public var rho: Double
  var velocity: [ParameterKey: [Double]] = [:]

  public init(_ eta: Double = 0.01, _ rho: Double = 0.9) {
    self.eta = eta
    self.rho = rho
  }

  /// `@. v = ρ * v - η * Δ; @. Δ = -v`.
  public func apply(
    _ gradient: UnsafeMutableBufferPointer<Double>, key: ParameterKey, precision: Precision,
    gradientPrecision: Precision
  ) {
    var v = velocity[key] ?? [Double](repeating: 0, count: gradient.count)
    let (eta, rho) = (self.eta, self.rho)
    for i in gradient.indices {
      v[i] = precision.rounded(rho * v[i] - eta * gradient[i])
      gradient[i] = -v[i]
    }
    velocity[key] = v
  }
}

/// Flux's `ADAM(η, (β1, β2))` with ϵ = 1e-8:
/// `mt = β1 mt + (1-β1) Δ`, `vt = β2 vt + (1-β2) Δ^2`,
/// step `mt / (1 - β1ᵗ) / (√(vt / (1 - β2ᵗ)) + ϵ) * η`.
public final class ADAM: Optimizer {
  @exclusivity(unchecked) public var eta: Double
  @exclusivity(unchecked) public var beta: (Double, Double)
  var state: [ParameterKey: (mt: [Double], vt: [Double], betaPower: (Double, Double))] =
    [:]
  /// Flux's `ϵ`.
  static let epsilon = 1e-8

  public init(_ eta: Double = 0.001, _ beta: (Double, Double) = (0.9, 0.999)) {
    self.eta = eta
    self.beta = beta
  }

  /// Flux 0.8.3's `apply!(o::ADAM, x, Δ)`: `mt`, `vt` and the step `Δ` have the
  /// parameter's element type, while `β`, `η` and `ϵ` are `Float64`, so for a `Float32`
  /// parameter each fused broadcast computes in `Float64` and rounds as it stores, except
  /// `Δ^2`, a `Float32` square.
  public func apply(
    _ gradient: UnsafeMutableBufferPointer<Double>, key: ParameterKey, precision: Precision,
    gradientPrecision: Precision
  ) {
    let zeros = [Double](repeating: 0, count: gradient.count)
    var (mt, vt, betaPower) = state[key] ?? (zeros, zeros, beta)
    let (eta, beta) = (self.eta, self.beta)
    for i in gradient.indices {
      let d = gradient[i]
      mt[i] = precision.rounded(beta.0 * mt[i] + (1 - beta.0) * d)
      vt[i] = precision.rounded(beta.1 * vt[i] + (1 - beta.1) * gradientPrecision.rounded(d * d))
      gradient[i] = gradientPrecision.rounded(
        mt[i] / (1 - betaPower.0) / ((vt[i] / (1 - betaPower.1)).squareRoot() + Self.epsilon)
          * eta)
    }
    state[key] = (mt, vt, (betaPower.0 * beta.0, betaPower.1 * beta.1))
  }
}
