extension LibraryModule {
  /// The functions of Julia's `Random` that sitegen registers as library values.
  static var random: LibraryModule {
    LibraryModule(
      "Random",
      randomSamplingFunctions(includingRandexp: true) + randomGeneratorFunctions)
  }
}
