extension LibraryModule {
  /// The functions of Julia's `LinearAlgebra` that sitegen registers as library values.
  static var linearAlgebra: LibraryModule {
    LibraryModule(
      "LinearAlgebra",
      [
        LibraryFunction(
          "det",
          [
            LibraryMethod([.abstractArray(nil, 2)]) { call in
              try call.session.determinant(call.args[0], call.span)
            }
          ]),
        LibraryFunction(
          "norm",
          [
            LibraryMethod([.any]) { call in try call.session.norm(call.args[0], 2, call.span) },
            LibraryMethod([.any, .real]) { call in
              guard let p = call.args[1].doubleValue else {
                throw call.session.noMethod("norm", call.args, call.span)
              }
              return try call.session.norm(call.args[0], p, call.span)
            },
          ]),
        LibraryFunction(
          "tr",
          [
            LibraryMethod([.abstractArray(nil, 2)]) { call in
              try call.session.trace(call.args[0], call.span)
            }
          ]),
        LibraryFunction(
          "diag",
          [
            LibraryMethod([.abstractArray(nil, 2)]) { call in
              try call.session.diagonal(call.args[0], call.span)
            }
          ]),
        LibraryFunction(
          "cross",
          [
            LibraryMethod([.abstractArray(nil, 1), .abstractArray(nil, 1)]) { call in
              try call.session.cross(call.args[0], call.args[1], call.span)
            }
          ]),
        LibraryFunction(
          "kron",
          [
            LibraryMethod([.abstractArray(nil, nil), .abstractArray(nil, nil)]) { call in
              try call.session.kron(call.args[0], call.args[1], call.span)
            }
          ]),
      ] + diagmRankFunctions)
  }
}
