extension LibraryModule {
  /// Julia's `Pkg` as a page uses it: `Pkg.activate(".")` and `Pkg.instantiate()` do nothing,
  /// since the page's modules are sitegen's own; `using Pkg` brings no names (`unexported`).
  static var pkg: LibraryModule {
    LibraryModule(
      "Pkg", unexported: ["activate", "instantiate"],
      [
        LibraryFunction("activate", [LibraryMethod([], vararg: .any) { _ in .nothing }]),
        LibraryFunction("instantiate", [LibraryMethod([], vararg: .any) { _ in .nothing }]),
      ])
  }
}
