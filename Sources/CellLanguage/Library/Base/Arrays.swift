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
      LibraryFunction(
        "cat",
        [
          LibraryMethod([], vararg: .any, keywords: ["dims"]) { call in
            try call.session.concatenate(call.args, dims: call.keyword("dims"), call.span)
          }
        ]),
      LibraryFunction(
        "trues",
        [
          LibraryMethod([.integer], vararg: .integer) { call in
            try call.session.bitArray(true, call.args, call.span)
          }
        ]),
      LibraryFunction(
        "falses",
        [
          LibraryMethod([.integer], vararg: .integer) { call in
            try call.session.bitArray(false, call.args, call.span)
          }
        ]),
      LibraryFunction(
        "circshift",
        [
          LibraryMethod([.abstractArray(nil, nil), .any]) { call in
            try call.session.circularShift(call.args[0], call.args[1], call.span)
          }
        ]),
      LibraryFunction(
        "accumulate",
        [
          LibraryMethod([.any, .abstractArray(nil, nil)]) { call in
            try call.session.accumulateVector(call.args[0], call.args[1], call.span)
          }
        ]),
      LibraryFunction(
        "findlast",
        [
          LibraryMethod([.abstractArray(nil, nil)]) { call in
            try call.session.findLast(nil, call.args[0], call.span)
          },
          LibraryMethod([.any, .abstractArray(nil, nil)]) { call in
            try call.session.findLast(call.args[0], call.args[1], call.span)
          },
        ]),
      LibraryFunction(
        "foreach",
        [
          LibraryMethod([.any, .any], vararg: .any) { call in
            try call.session.forEachCall(call.args[0], Array(call.args.dropFirst()), call.span)
          }
        ]),
      // `diff(A; dims)`; a vector without `dims` takes the older built-in.
      LibraryFunction(
        "diff",
        [
          LibraryMethod([.abstractArray(nil, nil)], keywords: ["dims"]) { call in
            if let result = try call.session.difference(
              call.args[0], dims: call.keyword("dims"), call.span)
            {
              return result
            }
            return try call.session.callBuiltin(.diff, call.args, [], call.span)
          }
        ]),
      LibraryFunction(
        "mapslices",
        [
          LibraryMethod([.any, .abstractArray(nil, nil)], keywords: ["dims"]) { call in
            try call.session.mapSlices(
              call.args[0], call.args[1], dims: call.keyword("dims"), call.span)
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
