/// A module of the library: its name and the functions it registers. Each module lives in its
/// own folder (`Library/Statistics/`, …) and lists its functions in one table there.
struct LibraryModule {
  let name: String
  let functions: [LibraryFunction]
  /// Names `using` does not bring into scope (`Flux.Optimise.update!` and the like).
  let unexported: Set<String>

  init(_ name: String, unexported: Set<String> = [], _ functions: [LibraryFunction]) {
    self.name = name
    // Functions registered under one name in several tables (one file per family) are one
    // function with all their methods, in table order.
    var merged: [LibraryFunction] = []
    var positions: [String: Int] = [:]
    for function in functions {
      if let index = positions[function.name] {
        merged[index] = LibraryFunction(function.name, merged[index].methods + function.methods)
      } else {
        positions[function.name] = merged.count
        merged.append(function)
      }
    }
    self.functions = merged
    self.unexported = unexported
  }

  /// The modules with registered functions. `Base` is every session's; the others are loaded by
  /// `using`/`import`.
  static var all: [LibraryModule] {
    [
      .base, .statistics, .linearAlgebra, .random, .printf, .flux, .plotlyJS, .plots, .unicodePlots,
      .pkg,
    ]
  }

  /// The registered module named `name`, from the tables made once per process.
  static func named(_ name: String) -> LibraryModule? { registry.modules[name] }

  /// Every module's table, made once: a session's start-up and each `using` read it instead of
  /// building hundreds of functions again.
  private static let registry = Registry(
    modules: Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) }))

  /// The tables, shared across threads: a library function is immutable (a name, its methods,
  /// bodies that capture nothing), so sharing one between sessions is safe.
  private struct Registry: @unchecked Sendable {
    let modules: [String: LibraryModule]
  }
}
