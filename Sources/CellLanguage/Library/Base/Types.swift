extension LibraryModule {
  /// Base's functions on types and on `missing`/`nothing` (base/reflection.jl, base/missing.jl,
  /// base/some.jl at v1.0.0).
  static var typeFunctions: [LibraryFunction] {
    [
      // `fieldnames(T)`: the field names as a tuple of symbols.
      LibraryFunction(
        "fieldnames",
        [
          LibraryMethod([.dataType]) { call in
            guard case .type(.user(let type, _)) = call.args[0], !type.isAbstract else {
              throw call.fail(
                .unsupported,
                "fieldnames of \(call.session.show(call.args[0])) is not supported by sitegen's Julia"
              )
            }
            return .tuple(type.fieldNames.map { .symbol($0) })
          }
        ]),
      // `supertype(T)`.
      LibraryFunction(
        "supertype",
        [
          LibraryMethod([.dataType]) { call in
            guard case .type(let type) = call.args[0] else { return .nothing }
            switch type {
            case .user(let user, _): return .type(user.supertype)
            case .float64: return .type(.abstractFloat)
            case .int64, .bool: return .type(.integer)
            case .abstractFloat, .integer: return .type(.real)
            case .real: return .type(.number)
            case .number, .any: return .type(.any)
            default:
              throw call.fail(
                .unsupported, "supertype of \(type.name) is not supported by sitegen's Julia")
            }
          }
        ]),
      LibraryFunction(
        "ismissing",
        [LibraryMethod([.any]) { call in .bool(Interpreter.isMissing(call.args[0])) }]),
      LibraryFunction(
        "isimmutable",
        [
          LibraryMethod([.any]) { call in
            if case .object(let instance as StructInstance) = call.args[0] {
              return .bool(!instance.userType.isMutable)
            }
            throw call.fail(
              .unsupported,
              "isimmutable of \(call.args[0].type.name) is not supported by sitegen's Julia")
          }
        ]),
    ]
  }
}
