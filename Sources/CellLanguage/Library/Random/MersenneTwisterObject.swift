import JuliaRandom

/// An object whose display as a cell's value is refused (Julia 1.0 would print something
/// sitegen does not reproduce).
protocol DisplayRefusingObject: AnyObject {
  /// The "… is not supported by sitegen's Julia" message.
  var displayRefusal: String { get }
}

/// Julia's `MersenneTwister(seed)`: a generator of its own, apart from the session's global one.
final class MersenneTwisterObject: RuntimeObject, DisplayRefusingObject {
  var displayRefusal: String {
    "showing a MersenneTwister (Julia 1.0 prints its whole state) is not supported by sitegen's Julia; end the line with ;"
  }
  var generator: JuliaRandom.MersenneTwister

  init(_ generator: JuliaRandom.MersenneTwister) { self.generator = generator }

  override var type: JuliaType { .other("MersenneTwister") }
  /// Julia 1.0 has no `show` method of its own for `MersenneTwister`: it prints every field,
  /// the whole dSFMT state and its cache. A cell whose value is a generator is refused
  /// (`DisplayRefusingObject`); inside other output sitegen prints the seed as later Julia
  /// versions do.
  override func show(_ session: Interpreter) -> String {
    "MersenneTwister(" + generator.seedWords.map { String($0) }.joined(separator: ", ") + ")"
  }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    MersenneTwisterObject(generator)
  }
}
