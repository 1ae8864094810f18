extension LibraryModule {
  /// The functions of Julia's `Base` that sitegen registers as library values (every session
  /// has them). The older built-ins of `Builtin` are Base's too until they move here.
  static var base: LibraryModule {
    LibraryModule(
      "Base",
      [
        // `iszero(x) = x == zero(x)` (base/number.jl).
        LibraryFunction(
          "iszero",
          [
            LibraryMethod([.number]) { call in try call.session.equalsItsOwn(.zero, call) }
          ]),
        // `isinteger(x::Integer) = true` (base/number.jl), `isinteger(x::AbstractFloat) =
        // (x - trunc(x) == 0)` (base/floatfuncs.jl), so `Inf` and `NaN` are not integers.
        LibraryFunction(
          "isinteger",
          [
            LibraryMethod([.integer]) { _ in .bool(true) },
            LibraryMethod([.float64]) { call in
              guard case .float(let x) = call.args[0] else { return .bool(false) }
              return .bool(x - x.rounded(.towardZero) == 0)
            },
            LibraryMethod([.number]) { call in
              throw call.session.fail(
                .unsupported,
                "isinteger of \(call.args[0].type.name) is not supported by sitegen's Julia",
                call.span)
            },
          ]),
        // `isone(x) = x == one(x)` (base/number.jl).
        LibraryFunction(
          "isone",
          [
            LibraryMethod([.number]) { call in try call.session.equalsItsOwn(.one, call) }
          ]),
      ] + randomSamplingFunctions(includingRandexp: false) + dictFunctions + arraySetFunctions
        + typeFunctions
        + numberFunctions + arrayFunctions + stringFunctions + viewFunctions)
  }
}

extension Interpreter {
  /// `x == zero(x)` / `x == one(x)`: the argument against its type's zero or one.
  func equalsItsOwn(_ constant: Builtin, _ call: LibraryCall) throws -> Value {
    let x = call.args[0]
    return try binary(.equal, x, try callBuiltin(constant, [x], [], call.span), call.span)
  }
}
