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
