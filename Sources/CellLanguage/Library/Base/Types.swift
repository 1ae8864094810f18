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
      // `getfield(x, :name)` / `getfield(x, i)` and `getproperty(x, :name)` of a struct.
      LibraryFunction("getfield", [fieldByName, fieldByIndex]),
      LibraryFunction("getproperty", [fieldByName]),
      LibraryFunction(
        "fieldcount",
        [
          LibraryMethod([.dataType]) { call in
            guard case .type(.user(let type, _)) = call.args[0], !type.isAbstract else {
              throw call.fail(
                .unsupported,
                "fieldcount of \(call.session.show(call.args[0])) is not supported by sitegen's Julia"
              )
            }
            return .int(type.fieldNames.count)
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

extension LibraryModule {
  /// `getfield(x, :name)`: a struct's field by name (base/boot.jl's builtin).
  fileprivate static var fieldByName: LibraryMethod {
    LibraryMethod([.any, .symbol]) { call in
      guard case .object(let instance as StructInstance) = call.args[0],
        case .symbol(let name) = call.args[1]
      else {
        throw call.fail(
          .unsupported,
          "getfield of a \(call.args[0].type.name) is not supported by sitegen's Julia")
      }
      return try call.session.field(.object(instance), name, call.span)
    }
  }

  /// `getfield(x, i)`: a struct's `i`-th field.
  fileprivate static var fieldByIndex: LibraryMethod {
    LibraryMethod([.any, .int64]) { call in
      guard case .object(let instance as StructInstance) = call.args[0],
        case .int(let index) = call.args[1]
      else {
        throw call.fail(
          .unsupported,
          "getfield of a \(call.args[0].type.name) is not supported by sitegen's Julia")
      }
      guard index >= 1, index <= instance.fields.count else {
        // base/errorshow.jl at v1.0.0: a value that is not an array is shown as text/plain,
        // the index on a line of its own.
        throw call.fail(
          .bounds,
          "BoundsError: attempt to access \(call.session.display(call.args[0]))\n  at index [\(index)]"
        )
      }
      return instance.fields[index - 1]
    }
  }
}
