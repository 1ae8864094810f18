import JuliaRandom

/// Julia's `MersenneTwister(seed)`: a generator of its own, apart from the session's global one.
final class MersenneTwisterObject: RuntimeObject {
  var generator: JuliaRandom.MersenneTwister

  init(_ generator: JuliaRandom.MersenneTwister) { self.generator = generator }

  override var type: JuliaType { .other("MersenneTwister") }
  /// Julia 1.0 has no `show` method of its own for `MersenneTwister`: it prints every field,
  /// the whole dSFMT state and both caches. sitegen prints the seed the way later Julia versions
  /// do; `display` of a generator is refused where a cell's value would show it
  /// (`Interpreter.refuseDisplay`).
  override func show(_ session: Interpreter) -> String {
    "MersenneTwister(" + generator.seedWords.map { String($0) }.joined(separator: ", ") + ")"
  }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    MersenneTwisterObject(generator)
  }
}
