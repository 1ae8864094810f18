import Autodiff
import Foundation
import SourcePositions

/// Math built-ins: elementary functions on plain and tracked numbers.
extension Interpreter {
  func domainError(_ name: String, _ x: Double, _ span: SourceSpan) -> LanguageError {
    fail(
      .domain,
      "DomainError with \(FloatFormatter.shortest(x)):\n\(name) will only return a complex result if called with a complex argument. Try \(name)(Complex(x)).",
      span)
  }

  func realArgument(_ value: Value, _ name: String, _ span: SourceSpan) throws -> Double {
    guard let x = value.doubleValue ?? realDouble(value) else {
      throw fail(.method, "MethodError: no method matching \(name)(::\(value.type.name))", span)
    }
    return x
  }

  /// One-argument math functions on a number.
  func mathFunction(_ builtin: Builtin, _ value: Value, _ span: SourceSpan) throws -> Value {
    // `zero(T)`, `one(T)` of a number type (`zero(T)` in a method `where T<:Real`).
    if builtin == .zero || builtin == .one, case .type(let type) = value,
      [.int64, .float64, .bool].contains(type)
    {
      return try convert([.int(builtin == .zero ? 0 : 1)], to: type, span)
    }
    if case .trackedReal(let x) = value {
      if x.precision == .single { return try singleTrackedMath(builtin, x, span) }
      switch builtin {
      case .sqrt:
        guard x.data >= 0 else { throw domainError("sqrt", x.data, span) }
        return .trackedReal(sqrt(x))
      case .abs: return .trackedReal(abs(x))
      case .exp: return .trackedReal(exp(x))
      case .log:
        guard x.data >= 0 else { throw domainError("log", x.data, span) }
        return .trackedReal(log(x))
      case .sin: return .trackedReal(sin(x))
      case .cos: return .trackedReal(cos(x))
      case .tanh: return .trackedReal(tanh(x))
      case .relu: return .trackedReal(relu(x))
      case .sigmoid, .sigmoidName: return .trackedReal(sigmoid(x))
      case .identity: return value
      case .abs2: return .trackedReal(x * x)
      case .inv: return .trackedReal(1 / x)
      default: return try mathFunction(builtin, .float(x.data), span)
      }
    }
    if case .int(let n) = value {
      switch builtin {
      case .abs: return .int(n < 0 ? 0 &- n : n)
      case .sign: return .int(n.signum())
      case .floor, .ceil, .round, .trunc: return value
      case .abs2: return .int(n &* n)
      case .zero: return .int(0)
      case .one: return .int(1)
      case .iseven: return .bool(n % 2 == 0)
      case .isodd: return .bool(n % 2 != 0)
      case .relu: return .int(max(0, n))
      case .float: return .float(Double(n))
      default: break
      }
    }
    if case .bool(let b) = value, builtin == .relu || builtin == .abs {
      return .bool(b)
    }
    if case .object(let number as NumberObject) = value {
      return try numberMath(builtin, number, span)
    }
    let x = try realArgument(value, builtin.name, span)
    switch builtin {
    case .sqrt:
      guard x >= 0 || x.isNaN else { throw domainError("sqrt", x, span) }
      return .float(x.squareRoot())
    case .abs: return .float(Swift.abs(x))
    case .exp: return .float(JuliaMathFunctions.exp(x))
    case .exp2: return .float(Foundation.exp2(x))
    case .log:
      guard x >= 0 || x.isNaN else { throw domainError("log", x, span) }
      return .float(JuliaMathFunctions.log(x))
    case .log2:
      guard x >= 0 || x.isNaN else { throw domainError("log2", x, span) }
      return .float(Foundation.log2(x))
    case .log10:
      guard x >= 0 || x.isNaN else { throw domainError("log10", x, span) }
      return .float(Foundation.log10(x))
    case .sin: return .float(Foundation.sin(x))
    case .cos: return .float(Foundation.cos(x))
    case .tan: return .float(Foundation.tan(x))
    case .tanh: return .float(Foundation.tanh(x))
    case .sinh: return .float(Foundation.sinh(x))
    case .cosh: return .float(Foundation.cosh(x))
    case .asin: return .float(Foundation.asin(x))
    case .acos: return .float(Foundation.acos(x))
    case .atan: return .float(Foundation.atan(x))
    case .cbrt: return .float(Foundation.cbrt(x))
    case .floor: return .float(x.rounded(.down))
    case .ceil: return .float(x.rounded(.up))
    case .round: return .float(x.rounded(.toNearestOrEven))
    case .trunc: return .float(x.rounded(.towardZero))
    case .sign: return .float(x > 0 ? 1 : (x < 0 ? -1 : x))
    case .inv: return .float(1 / x)
    case .isnan: return .bool(x.isNaN)
    case .isinf: return .bool(x.isInfinite)
    case .isfinite: return .bool(x.isFinite)
    case .zero: return .float(0)
    case .one: return .float(1)
    case .float: return .float(x)
    case .abs2: return .float(x * x)
    case .relu: return .float(Swift.max(0, x))
    case .sigmoid, .sigmoidName: return .float(1 / (1 + JuliaMathFunctions.exp(-x)))
    case .identity: return value
    default:
      throw fail(
        .method, "MethodError: no method matching \(builtin.name)(::\(value.type.name))", span)
    }
  }

  /// `max(a, b)` / `min(a, b)` with Julia's promotion and NaN rule.
  func extremum(_ isMax: Bool, _ a: Value, _ b: Value, _ span: SourceSpan) throws -> Value {
    switch (a, b) {
    case (.int(let x), .int(let y)): return .int(isMax ? Swift.max(x, y) : Swift.min(x, y))
    case (.trackedReal(let x), .trackedReal(let y)):
      return .trackedReal(isMax ? max(x, y) : min(x, y))
    case (.trackedReal(let x), _):
      let y = try realArgument(b, isMax ? "max" : "min", span)
      return .trackedReal(isMax ? max(x, y) : min(x, y))
    case (_, .trackedReal(let y)):
      let x = try realArgument(a, isMax ? "max" : "min", span)
      return .trackedReal(isMax ? max(x, y) : min(x, y))
    default:
      if a.numberObject != nil || b.numberObject != nil {
        return try numberExtremum(isMax, a, b, span)
      }
      let x = try realArgument(a, isMax ? "max" : "min", span)
      let y = try realArgument(b, isMax ? "max" : "min", span)
      if x.isNaN || y.isNaN { return .float(.nan) }
      if x == y { return .float(isMax ? (x.sign == .minus ? y : x) : (x.sign == .minus ? x : y)) }
      return .float(isMax ? Swift.max(x, y) : Swift.min(x, y))
    }
  }

  /// `round(x)`, `round(Int, x)`, `round(x; digits = n)`, likewise `floor`, `ceil`, `trunc`.
  func rounding(
    _ builtin: Builtin, _ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan
  )
    throws -> Value
  {
    let rule: FloatingPointRoundingRule
    switch builtin {
    case .floor: rule = .down
    case .ceil: rule = .up
    case .trunc: rule = .towardZero
    default: rule = .toNearestOrEven
    }
    if args.count == 2, case .type(let type) = args[0] {
      let x = try realArgument(args[1], builtin.name, span).rounded(rule)
      guard type == .int64 || type == .integer else {
        return try convert([.float(x)], to: type, span)
      }
      guard let n = Int(exactly: x) else {
        throw fail(
          .inexact, "InexactError: \(builtin.name)(Int64, \(FloatFormatter.shortest(x)))", span)
      }
      return .int(n)
    }
    guard args.count == 1 else { throw noMethod(builtin.name, args, span) }
    if kwargs.count == 1, let (name, digits) = kwargs.first, name == "digits",
      case .int(let d) = digits, let x = args[0].float32Value
    {
      // base/floatfuncs.jl at v1.0.0, `_round_digits` in Float32: `round(x * invstep) /
      // invstep` with `invstep = 10f0^digits`, or `round(x / step) * step` with `step =
      // 10f0^-digits`; the value itself when that is not finite.
      let value = Float(x)
      let y: Float =
        d >= 0
        ? (value * powf(10, Float(d))).rounded(rule) / powf(10, Float(d))
        : (value / powf(10, Float(-d))).rounded(rule) * powf(10, Float(-d))
      return NumberObject.float32(y.isFinite || d < 0 ? y : value)
    }
    if !kwargs.isEmpty, args[0].numberObject != nil {
      throw fail(
        .unsupported,
        "\(builtin.name) of a \(args[0].type.name) with keywords is not supported by sitegen's Julia",
        span)
    }
    if let (_, digits) = kwargs.first(where: { $0.0 == "digits" }), case .int(let d) = digits,
      let x = args[0].doubleValue
    {
      let scale = pow(10.0, Double(d))
      return .float((x * scale).rounded(rule) / scale)
    }
    return try mathFunction(builtin, args[0], span)
  }
}

/// Julia's own `exp` and `log` where they differ from the C library in the last bit: the
/// JuliaRandom and Autodiff targets carry ports; here the C library is used, which agrees on
/// the values the tutorials print.
enum JuliaMathFunctions {
  static func exp(_ x: Double) -> Double { Foundation.exp(x) }
  static func log(_ x: Double) -> Double { Foundation.log(x) }
}
