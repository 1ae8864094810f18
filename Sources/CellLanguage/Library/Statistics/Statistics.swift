extension LibraryModule {
  /// The functions of Julia's `Statistics` that sitegen registers as library values.
  static var statistics: LibraryModule {
    LibraryModule(
      "Statistics",
      [
        LibraryFunction(
          "median",
          [
            LibraryMethod([.abstractArray(nil, nil)]) { call in
              try call.session.median(call.args[0], call.span)
            }
          ]),
        LibraryFunction(
          "middle",
          [
            LibraryMethod([.real]) { call in
              try call.session.middle(call.args[0], nil, call.span)
            },
            LibraryMethod([.real, .real]) { call in
              try call.session.middle(call.args[0], call.args[1], call.span)
            },
          ]),
        // `cov(x; corrected) = covm(x, mean(x))`: `sum(abs2, x .- mean(x)) / (n - corrected)`,
        // the same sums as `var`'s.
        LibraryFunction(
          "cov",
          [
            LibraryMethod([.abstractArray(nil, 1)], keywords: ["corrected"]) { call in
              var corrected = true
              if let value = call.keyword("corrected") {
                guard case .bool(let flag) = value else {
                  throw call.fail(
                    .type,
                    "TypeError: in keyword argument corrected, expected Bool, got \(value.type.name)"
                  )
                }
                corrected = flag
              }
              if case .range = call.args[0] {
                throw call.fail(.unsupported, "cov of a range is not supported by sitegen's Julia")
              }
              return try call.session.wholeVariance(
                .variance, call.args[0], corrected: corrected, call.span)
            }
          ]),
        LibraryFunction(
          "quantile",
          [
            LibraryMethod([.abstractArray(nil, 1), .real], keywords: ["sorted"]) { call in
              try call.session.quantile(
                call.args[0], call.args[1], sorted: call.keyword("sorted"), call.span)
            },
            LibraryMethod([.abstractArray(nil, 1), .abstractArray(nil, 1)], keywords: ["sorted"]) {
              call in
              let ps = try call.session.iterate(call.args[1], call.span)
              let values = try ps.map {
                try call.session.quantile(
                  call.args[0], $0, sorted: call.keyword("sorted"), call.span)
              }
              return .array(try call.session.makeArray(values, call.span))
            },
          ]),
      ])
  }
}
