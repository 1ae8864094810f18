import JuliaRandom
import SourcePositions

/// `Random.seed!`, `rand`, `randn` and `randexp` on the session's global Julia 1.0
/// MersenneTwister (`Random.GLOBAL_RNG`).
extension Interpreter {
  /// `seed!(n)` and `seed!()`: the global generator seeded anew.
  func seedGlobal(_ call: LibraryCall) throws -> Value {
    do {
      if let seed = call.args.first {
        try random.seed(try intArgument(seed, call.span))
      } else {
        random = JuliaRandom.MersenneTwister()
      }
    } catch let error as SeedError {
      throw fail(.domain, error.description, call.span)
    }
    return .nothing
  }

  /// `rand()`, `rand(n)`, `rand(m, n)`, `rand(Float64, dims…)`, `rand(Float32, dims…)` and the
  /// `randn`/`randexp` forms on the global generator.
  func drawGlobal(_ call: LibraryCall, _ kind: RandomDraw) throws -> Value {
    var rest = call.args[...]
    var precision = RandomPrecision.double
    if case .type(let type)? = rest.first {
      precision = try RandomPrecision(type, call)
      rest = rest.dropFirst()
    }
    return try drawReals(call, kind, precision, dims: rest, from: &random)
  }
}
