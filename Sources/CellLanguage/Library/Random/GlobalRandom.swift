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

  /// `rand()`, `rand(n)`, `rand(m, n)`, `rand(Float64, dims…)` and the `randn`/`randexp` forms
  /// on the global generator.
  func drawGlobal(_ call: LibraryCall, _ kind: RandomDraw, name: String) throws -> Value {
    var rest = call.args[...]
    if case .type(let type)? = rest.first {
      guard type == .float64 else {
        throw call.fail(
          .unsupported,
          "random values of type \(type.name) are not supported by sitegen's Julia (only Float64)")
      }
      rest = rest.dropFirst()
    }
    if rest.isEmpty {
      switch kind {
      case .uniform: return .float(random.rand())
      case .normal: return .float(random.randn())
      case .exponential: return .float(random.randexp())
      }
    }
    let dims = try dimsArguments(rest, name, call.span)
    let count = try elementCount(dims, call.span)
    try allocate(count, call.span)
    // A step per value drawn, as the draws from a generator object charge.
    try call.charge(count)
    let values: [Double]
    switch (kind, dims.count) {
    case (.uniform, 1): values = random.rand(count: dims[0])
    case (.uniform, _): values = random.rand(rows: dims[0], columns: dims[1])
    case (.normal, 1): values = random.randn(count: dims[0])
    case (.normal, _): values = random.randn(rows: dims[0], columns: dims[1])
    case (.exponential, 1): values = random.randexp(count: dims[0])
    case (.exponential, _): values = random.randexp(rows: dims[0], columns: dims[1])
    }
    return .array(ArrayBox(doubles: values, dims: dims))
  }
}
