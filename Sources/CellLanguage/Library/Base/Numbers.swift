import Foundation
import SourcePositions

extension LibraryModule {
  /// The number types and constants of Base beyond Float64/Int64 (base/boot.jl, base/float.jl,
  /// base/complex.jl's `im`).
  static var baseNumberNames: [(String, Value)] {
    var names: [(String, Value)] = IntegerKind.allCases.map {
      ($0.name, .type(.numeric(.integer($0))))
    }
    names += [
      ("UInt", .type(.numeric(.integer(.uint64)))), ("Float32", .type(.numeric(.float32))),
      ("BigInt", .type(.numeric(.bigInt))), ("Rational", .type(.numeric(.rational(nil)))),
      ("Complex", .type(.numeric(.complex(nil)))), ("Signed", .type(.numeric(.signed))),
      ("Unsigned", .type(.numeric(.unsigned))),
      ("ComplexF64", .type(.numeric(.complex(.float64)))),
      ("ComplexF32", .type(.numeric(.complex(.numeric(.float32))))),
      ("im", .object(NumberObject(.complex(.bool(false), .bool(true))))),
      ("Inf32", NumberObject.float32(.infinity)), ("NaN32", NumberObject.float32(.nan)),
      ("Inf64", .float(.infinity)), ("NaN64", .float(.nan)),
    ]
    return names
  }

  /// Functions on number types: limits, float spacing, integer functions, parts of rationals
  /// and complex numbers, `isapprox`.
  static var numberFunctions: [LibraryFunction] {
    [
      typeFunction("typemax") { session, type in session.limit(type, max: true) },
      typeFunction("typemin") { session, type in session.limit(type, max: false) },
      // base/float.jl: floatmax/floatmin/maxintfloat (no argument: Float64).
      floatConstant("floatmax", Double.greatestFiniteMagnitude, Float.greatestFiniteMagnitude),
      floatConstant("floatmin", Double.leastNormalMagnitude, Float.leastNormalMagnitude),
      floatConstant("maxintfloat", 9_007_199_254_740_992, 16_777_216),
      LibraryFunction(
        "eps",
        [
          LibraryMethod([]) { _ in .float(Double.ulpOfOne) },
          LibraryMethod([.dataType]) { call in
            try call.floatOfType(call.args[0], Double.ulpOfOne, Float.ulpOfOne)
          },
          // `eps(x)`: the spacing of floats at x (base/float.jl), NaN for Inf and NaN.
          LibraryMethod([.abstractFloat]) { call in
            try call.mapFloat(
              call.args[0], { $0.isFinite ? $0.ulp : .nan }, { $0.isFinite ? $0.ulp : .nan })
          },
        ]),
      LibraryFunction(
        "nextfloat",
        [
          LibraryMethod([.abstractFloat]) { call in
            try call.mapFloat(call.args[0], { $0.nextUp }, { $0.nextUp })
          }
        ]),
      LibraryFunction(
        "prevfloat",
        [
          LibraryMethod([.abstractFloat]) { call in
            try call.mapFloat(call.args[0], { $0.nextDown }, { $0.nextDown })
          }
        ]),
      LibraryFunction(
        "zero",
        [
          LibraryMethod([.dataType]) { call in
            guard let zero = call.session.zeroOf(try call.typeArgument(0)) else {
              throw call.noMethod("zero")
            }
            return zero
          }
        ]),
      LibraryFunction(
        "one",
        [
          LibraryMethod([.dataType]) { call in
            guard let one = call.session.oneOf(try call.typeArgument(0)) else {
              throw call.noMethod("one")
            }
            return one
          }
        ]),
      divisionFunction("fld", .fld),
      divisionFunction("cld", .cld),
      LibraryFunction(
        "divrem",
        [
          LibraryMethod([.number, .number]) { call in
            .tuple([
              try call.session.division(.div, call.args[0], call.args[1], call.span),
              try call.session.division(.rem, call.args[0], call.args[1], call.span),
            ])
          }
        ]),
      LibraryFunction(
        "fldmod",
        [
          LibraryMethod([.number, .number]) { call in
            .tuple([
              try call.session.division(.fld, call.args[0], call.args[1], call.span),
              try call.session.division(.mod, call.args[0], call.args[1], call.span),
            ])
          }
        ]),
      LibraryFunction(
        "isapprox",
        [
          LibraryMethod([.number, .number], keywords: ["rtol", "atol", "nans"]) { call in
            try call.session.isApproximately(call)
          }
        ]),
    ] + integerFunctions + partFunctions
  }

  /// A function of one type argument.
  private static func typeFunction(
    _ name: String, _ body: @escaping (Interpreter, JuliaType) -> Value?
  ) -> LibraryFunction {
    LibraryFunction(
      name,
      [
        LibraryMethod([.dataType]) { call in
          guard let value = body(call.session, try call.typeArgument(0)) else {
            throw call.noMethod(name)
          }
          return value
        }
      ])
  }

  /// A float constant of `Float64` (no argument or the type) or `Float32`.
  private static func floatConstant(_ name: String, _ double: Double, _ single: Float)
    -> LibraryFunction
  {
    LibraryFunction(
      name,
      [
        LibraryMethod([]) { _ in .float(double) },
        LibraryMethod([.dataType]) { call in try call.floatOfType(call.args[0], double, single) },
      ])
  }

  private static func divisionFunction(_ name: String, _ kind: Interpreter.Division)
    -> LibraryFunction
  {
    LibraryFunction(
      name,
      [
        LibraryMethod([.number, .number]) { call in
          try call.session.division(kind, call.args[0], call.args[1], call.span)
        }
      ])
  }
}

extension LibraryCall {
  /// The type given as argument `index`.
  func typeArgument(_ index: Int) throws -> JuliaType {
    guard case .type(let type) = args[index] else { throw noMethod() }
    return type
  }

  /// The call's `MethodError`.
  func noMethod(_ name: String = "function") -> LanguageError { session.noMethod(name, args, span) }

  /// `double` for `Float64`, `single` for `Float32`.
  func floatOfType(_ type: Value, _ double: Double, _ single: Float) throws -> Value {
    switch type {
    case .type(.float64): return .float(double)
    case .type(.numeric(.float32)): return NumberObject.float32(single)
    default: throw session.noMethod("function", args, span)
    }
  }

  /// A function of a float, in its own precision.
  func mapFloat(_ value: Value, _ double: (Double) -> Double, _ single: (Float) -> Float) throws
    -> Value
  {
    switch value {
    case .float(let x): return .float(double(x))
    default:
      guard case .float32(let x)? = value.numberObject?.payload else {
        throw session.noMethod("function", args, span)
      }
      return NumberObject.float32(single(x))
    }
  }
}

extension Interpreter {
  /// `typemax(T)`/`typemin(T)` (base/int.jl, base/float.jl, base/bool.jl).
  func limit(_ type: JuliaType, max: Bool) -> Value? {
    switch type {
    case .int64: return .int(max ? Int.max : Int.min)
    case .bool: return .bool(max)
    case .float64: return .float(max ? .infinity : -.infinity)
    case .numeric(.float32): return NumberObject.float32(max ? .infinity : -.infinity)
    case .numeric(.integer(let kind)):
      if kind.isSigned {
        let half = UInt64(1) << UInt64(kind.bits - 1)
        return NumberObject.integer(kind, max ? half - 1 : 0 &- half)
      }
      return NumberObject.integer(kind, max ? kind.mask : 0)
    default: return nil
    }
  }

  /// `isapprox(x, y; rtol, atol, nans)` (base/floatfuncs.jl): `x == y`, or both finite and
  /// `|x - y| <= max(atol, rtol * max(|x|, |y|))`; the default `rtol` is `sqrt(eps(T))` of the
  /// less precise float type of the two (0 for exact types), and 0 when `atol > 0`.
  func isApproximately(_ call: LibraryCall) throws -> Value {
    let (x, y) = (call.args[0], call.args[1])
    let span = call.span
    if try truth(try binary(.equal, x, y, span), span) { return .bool(true) }
    let atol = call.keyword("atol") ?? .int(0)
    let rtol: Value
    if let given = call.keyword("rtol") {
      rtol = given
    } else if try truth(try binary(.greater, atol, .int(0), span), span) {
      rtol = .int(0)
    } else {
      let types = [x.type, y.type].map(NumberPromotion.realPart)
      if types.contains(.numeric(.float32)) {
        rtol = NumberObject.float32(Float.ulpOfOne.squareRoot())
      } else if types.contains(.float64) {
        rtol = .float(Double.ulpOfOne.squareRoot())
      } else {
        rtol = .int(0)
      }
    }
    if case .bool(true)? = call.keyword("nans"),
      try truth(try mathFunction(.isnan, x, span), span),
      try truth(try mathFunction(.isnan, y, span), span)
    {
      return .bool(true)
    }
    guard try truth(try mathFunction(.isfinite, x, span), span),
      try truth(try mathFunction(.isfinite, y, span), span)
    else { return .bool(false) }
    let difference = try mathFunction(.abs, try binary(.subtract, x, y, span), span)
    let scale = try extremum(
      true, try mathFunction(.abs, x, span), try mathFunction(.abs, y, span), span)
    let bound = try extremum(true, atol, try binary(.multiply, rtol, scale, span), span)
    return try binary(.lessOrEqual, difference, bound, span)
  }
}
