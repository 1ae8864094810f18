import JuliaRandom
import SourcePositions

/// `Random.seed!`, `rand`, `randn`, `randexp` on the session's Julia 1.0 MersenneTwister.
extension Interpreter {
  func randomBuiltin(_ builtin: Builtin, _ args: [Value], _ span: SourceSpan) throws -> Value {
    switch builtin {
    case .seed:
      guard args.count <= 1 else { throw noMethod("seed!", args, span) }
      do {
        if let seed = args.first {
          try random.seed(try intArgument(seed, span))
        } else {
          random = MersenneTwister()
        }
      } catch let error as SeedError {
        throw fail(.domain, error.description, span)
      }
      return .nothing
    case .rand, .randn, .randexp:
      var rest = args[...]
      if case .type(.float64)? = rest.first { rest = rest.dropFirst() }
      if rest.isEmpty {
        switch builtin {
        case .rand: return .float(random.rand())
        case .randn: return .float(random.randn())
        default: return .float(random.randexp())
        }
      }
      if builtin == .rand, rest.count == 1, !(rest.first?.isNumber ?? false) {
        // `rand(collection)`: Julia's rejection sampling over the indices is not reproduced.
        throw fail(
          .argument,
          "ArgumentError: rand of a collection is not supported; use rand() with arithmetic",
          span)
      }
      let dims = try dimsArguments(rest, builtin.name, span)
      try allocate(try elementCount(dims, span), span)
      let values: [Double]
      switch (builtin, dims.count) {
      case (.rand, 1): values = random.rand(count: dims[0])
      case (.rand, _): values = random.rand(rows: dims[0], columns: dims[1])
      case (.randn, 1): values = random.randn(count: dims[0])
      case (.randn, _): values = random.randn(rows: dims[0], columns: dims[1])
      case (_, 1): values = random.randexp(count: dims[0])
      default: values = random.randexp(rows: dims[0], columns: dims[1])
      }
      return .array(ArrayBox(doubles: values, dims: dims))
    case .shuffle, .randperm:
      throw fail(.argument, "ArgumentError: \(builtin.name) is not supported", span)
    default:
      throw noMethod(builtin.name, args, span)
    }
  }
}
