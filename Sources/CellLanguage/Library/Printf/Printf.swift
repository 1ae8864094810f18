extension LibraryModule {
  /// The functions of Julia's `Printf` that sitegen registers as library values. Its macros
  /// `@printf` and `@sprintf` are resolved where they are written (`resolvePrintf`); the entries
  /// here make `using Printf` bring their names into scope, which the calls check.
  static var printf: LibraryModule {
    LibraryModule("Printf", [LibraryFunction("@printf", []), LibraryFunction("@sprintf", [])])
  }
}
