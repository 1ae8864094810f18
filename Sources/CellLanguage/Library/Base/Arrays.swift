/// Base's array functions registered as library values: `sortperm`, `dropdims`, …
extension LibraryModule {
  static var arrayFunctions: [LibraryFunction] {
    [
      // `inv(A)` of a square matrix (LinearAlgebra's method of Base's `inv`); numbers take
      // the older built-in.
      LibraryFunction(
        "inv",
        [
          LibraryMethod([.abstractArray(nil, 2)]) { call in
            try call.session.inverse(call.args[0], call.span)
          }
        ]),
      // `sortperm(v; rev, by)` (base/sort.jl).
      LibraryFunction(
        "sortperm",
        [
          LibraryMethod([.abstractArray(nil, nil)], keywords: ["rev", "by"]) { call in
            try call.session.sortPermutation(call.args[0], call.kwargs, call.span)
          }
        ]),
      // `dropdims(A; dims)` (base/abstractarraymath.jl).
      LibraryFunction(
        "dropdims",
        [
          LibraryMethod([.abstractArray(nil, nil)], keywords: ["dims"]) { call in
            guard let dims = call.keyword("dims") else {
              throw call.fail(.argument, "UndefKeywordError: keyword argument dims not assigned")
            }
            return try call.session.dropDims(call.args[0], dims, call.span)
          }
        ]),
    ]
  }
}
