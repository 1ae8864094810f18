import JuliaRandom
import SourcePositions

extension LibraryModule {
  /// `rand`, `randn` and `randexp` with a `MersenneTwister` argument or from a collection, as
  /// Julia 1.0's `Random` draws them (`stdlib/Random/src/generation.jl`, `RNGs.jl`, v1.0.0).
  /// Calls these methods do not take (`rand()`, `rand(n)`, `rand(Float64, n)`) fall back to the
  /// older built-ins on the global generator.
  /// `randexp` is `Random`'s only (Base does not export it).
  static func randomSamplingFunctions(includingRandexp: Bool) -> [LibraryFunction] {
    let rng = JuliaType.other("MersenneTwister")
    let collection = JuliaType.abstractArray(nil, nil)
    func draws(_ name: String, _ kind: RandomDraw) -> LibraryFunction {
      var methods = [
        LibraryMethod([rng]) { call in try call.session.drawReals(call, kind, rng: 0, dims: 1) },
        LibraryMethod([rng, .dataType]) { call in
          try call.session.drawReals(call, kind, rng: 0, dims: 2)
        },
        LibraryMethod([rng, .dataType], vararg: .int64) { call in
          try call.session.drawReals(call, kind, rng: 0, dims: 2)
        },
        LibraryMethod([rng], vararg: .int64) { call in
          try call.session.drawReals(call, kind, rng: 0, dims: 1)
        },
      ]
      if kind == .uniform {
        methods += [
          LibraryMethod([rng, collection], vararg: .int64) { call in
            try call.session.drawElements(call, rng: 0)
          },
          LibraryMethod([collection], vararg: .int64) { call in
            try call.session.drawElements(call, rng: nil)
          },
        ]
      }
      // The global generator: `rand()`, `rand(n)`, `rand(m, n)`, `rand(Float64, n)`.
      methods += [
        LibraryMethod([], vararg: .int64) { call in
          try call.session.drawGlobal(call, kind)
        },
        LibraryMethod([.dataType], vararg: .int64) { call in
          try call.session.drawGlobal(call, kind)
        },
      ]
      return LibraryFunction(name, methods)
    }
    return [draws("rand", .uniform), draws("randn", .normal)]
      + (includingRandexp ? [draws("randexp", .exponential)] : [])
  }

  /// `MersenneTwister`, `seed!`, `shuffle`, `shuffle!` and `randperm` of Julia 1.0's `Random`
  /// (`RNGs.jl`, `misc.jl` at v1.0.0).
  static var randomGeneratorFunctions: [LibraryFunction] {
    let rng = JuliaType.other("MersenneTwister")
    let collection = JuliaType.abstractArray(nil, nil)
    return [
      LibraryFunction(
        "MersenneTwister",
        [
          LibraryMethod([.integer]) { call in
            .object(MersenneTwisterObject(try call.session.seeded(call.args[0], call.span)))
          },
          LibraryMethod([]) { call in
            throw call.fail(
              .unsupported,
              "MersenneTwister() without a seed (Julia seeds it from system entropy) is not supported by sitegen's Julia"
            )
          },
        ]),
      LibraryFunction(
        "seed!",
        [
          LibraryMethod([rng, .integer]) { call in
            guard case .object(let object as MersenneTwisterObject) = call.args[0] else {
              throw call.session.noMethod("seed!", call.args, call.span)
            }
            object.generator = try call.session.seeded(call.args[1], call.span)
            return call.args[0]
          },
          LibraryMethod([.integer]) { call in try call.session.seedGlobal(call) },
          LibraryMethod([]) { call in try call.session.seedGlobal(call) },
        ]),
      LibraryFunction(
        "shuffle",
        [
          LibraryMethod([rng, collection]) { call in try call.session.shuffled(call, copy: true) },
          LibraryMethod([collection]) { call in try call.session.shuffled(call, copy: true) },
        ]),
      LibraryFunction(
        "shuffle!",
        [
          LibraryMethod([rng, collection]) { call in try call.session.shuffled(call, copy: false) },
          LibraryMethod([collection]) { call in try call.session.shuffled(call, copy: false) },
        ]),
      LibraryFunction(
        "randperm",
        [
          LibraryMethod([rng, .integer]) { call in try call.session.permutation(call) },
          LibraryMethod([.integer]) { call in try call.session.permutation(call) },
        ]),
    ]
  }
}

/// Which distribution a real draw takes.
enum RandomDraw {
  case uniform, normal, exponential

  /// The Julia function that draws it.
  var name: String {
    switch self {
    case .uniform: "rand"
    case .normal: "randn"
    case .exponential: "randexp"
    }
  }
}

/// The element type of real draws: `Float64` or `Float32`, the types sitegen draws exactly as
/// Julia 1.0 does.
enum RandomPrecision {
  case double, single

  /// The precision of an element type argument; other types are refused.
  init(_ type: JuliaType, _ call: LibraryCall) throws {
    switch type {
    case .float64: self = .double
    case .numeric(.float32): self = .single
    default:
      throw call.fail(
        .unsupported,
        "random values of type \(type.name) are not supported by sitegen's Julia (only Float64 and Float32)"
      )
    }
  }
}

extension Interpreter {
  /// Runs `body` on the generator a call names in its first argument, or on the global one.
  func withGenerator<T>(
    _ value: Value?, _ body: (inout JuliaRandom.MersenneTwister) throws -> T
  ) rethrows -> T {
    if case .object(let object as MersenneTwisterObject)? = value {
      return try body(&object.generator)
    }
    return try body(&random)
  }

  /// A generator seeded as Julia's `MersenneTwister(seed)`.
  func seeded(_ seed: Value, _ span: SourceSpan) throws -> JuliaRandom.MersenneTwister {
    do {
      return try JuliaRandom.MersenneTwister(seed: try intArgument(seed, span))
    } catch let error as SeedError {
      throw fail(.domain, error.description, span)
    }
  }

  /// `rand(rng)`, `rand(rng, dims…)`, `rand(rng, Float64, dims…)`,
  /// `rand(rng, Float32, dims…)` and the `randn`/`randexp` forms; `typeAt` is the index where
  /// an element type may stand.
  func drawReals(_ call: LibraryCall, _ kind: RandomDraw, rng: Int, dims typeAt: Int) throws
    -> Value
  {
    var rest = call.args[(rng + 1)...]
    var precision = RandomPrecision.double
    if typeAt == 2, case .type(let type)? = rest.first {
      precision = try RandomPrecision(type, call)
      rest = rest.dropFirst()
    }
    return try withGenerator(call.args[rng]) { generator in
      try drawReals(call, kind, precision, dims: rest, from: &generator)
    }
  }

  /// One value (no `dims`) or an array of `dims` drawn from `generator`.
  func drawReals(
    _ call: LibraryCall, _ kind: RandomDraw, _ precision: RandomPrecision,
    dims rest: ArraySlice<Value>, from generator: inout JuliaRandom.MersenneTwister
  ) throws -> Value {
    if rest.isEmpty {
      switch (kind, precision) {
      case (.uniform, .double): return .float(generator.rand())
      case (.normal, .double): return .float(generator.randn())
      case (.exponential, .double): return .float(generator.randexp())
      case (.uniform, .single): return NumberObject.float32(generator.randFloat32())
      case (.normal, .single): return NumberObject.float32(generator.randnFloat32())
      case (.exponential, .single): return NumberObject.float32(generator.randexpFloat32())
      }
    }
    let dims = try dimsArguments(rest, kind.name, call.span)
    let count = try elementCount(dims, call.span)
    try allocate(count, call.span)
    // A step per value drawn.
    try call.charge(count)
    switch precision {
    case .double:
      let values: [Double]
      switch kind {
      case .uniform: values = generator.rand(count: count)
      case .normal: values = generator.randn(count: count)
      case .exponential: values = generator.randexp(count: count)
      }
      return .array(ArrayBox(doubles: values, dims: dims))
    case .single:
      let values: [Float]
      switch kind {
      case .uniform: values = generator.randFloat32(count: count)
      case .normal: values = generator.randnFloat32(count: count)
      case .exponential: values = generator.randexpFloat32(count: count)
      }
      return .array(
        ArrayBox(
          values.map { NumberObject.float32($0) }, elementType: .numeric(.float32), dims: dims))
    }
  }

  /// `rand([rng,] A)`: an element of an array or range. Julia 1.0 samples
  /// `A[rand(rng, 1:length(A))]` (for a unit range `a:b`, `a + rand(rng, 0:b-a)`, the same
  /// draw); for one value a `MersenneTwister` takes `SamplerRangeFast` (`RNGs.jl`; julia#27560
  /// describes it as the scalar sampler before that change). `rand([rng,] A, dims…)` is refused.
  func drawElements(_ call: LibraryCall, rng: Int?) throws -> Value {
    let start = rng.map { $0 + 1 } ?? 0
    let source = call.args[start]
    let count = Self.elementCount(of: source)
    guard count > 0 else {
      throw call.fail(.argument, "ArgumentError: collection must be non-empty")
    }
    guard UInt64(count) <= JuliaRandom.MersenneTwister.maximumRangeLength else {
      throw call.fail(
        .unsupported,
        "rand of a collection of more than 2^52 elements is not supported by sitegen's Julia")
    }
    func element(_ k: Int) throws -> Value {
      switch source {
      case .range(let range): return range.element(k)
      case .array(let box): return box[k]
      default: return try index(source, [.int(k + 1)], call.span)
      }
    }
    // An array of draws takes the same sampler, one value after another: Julia 1.0's RNGs.jl
    // gives a MersenneTwister `SamplerRangeFast` for a unit range both for one value
    // (`Val(1)`) and for arrays (`Val(Inf)`), since julia#27560 (merged for 0.7).
    let rest = call.args[(start + 1)...]
    return try withGenerator(rng.map { call.args[$0] }) { generator in
      if rest.isEmpty { return try element(generator.rand(in: 0...(count - 1))) }
      let dims = try dimsArguments(rest, "rand", call.span)
      let total = try elementCount(dims, call.span)
      try allocate(total, call.span)
      try call.charge(total)
      let picks = try generator.rand(in: 0...(count - 1), count: total).map(element)
      return .array(
        try makeArray(picks, elementType: elementType(of: source), dims: dims, call.span))
    }
  }

  /// The element type of an array or range.
  func elementType(of value: Value) -> JuliaType {
    switch value {
    case .array(let box): box.elementType
    case .range(let range): range.isInteger ? .int64 : .float64
    default: .any
    }
  }

  /// `shuffle([rng,] v)` (a shuffled copy, an `Array` even of a range) and `shuffle!([rng,] v)`:
  /// Julia 1.0's Fisher–Yates (`misc.jl`) over all elements in linear order.
  func shuffled(_ call: LibraryCall, copy: Bool) throws -> Value {
    let hasGenerator = call.args.count == 2
    let source = call.args[hasGenerator ? 1 : 0]
    let name = copy ? "shuffle" : "shuffle!"
    guard let (values, dims) = try arrayContents(source, call.span),
      !(source.isTrackedArray)
    else { throw noMethod(name, call.args, call.span) }
    if !copy {
      guard case .array = source else { throw noMethod(name, call.args, call.span) }
      try refuseWritingIntoWrapper(source, call.span)
    }
    guard UInt64(values.count) <= JuliaRandom.MersenneTwister.maximumRangeLength else {
      throw call.fail(.unsupported, "\(name) of more than 2^52 elements is not supported")
    }
    try call.charge(values.count)
    let order = withGenerator(hasGenerator ? call.args[0] : nil) {
      $0.shuffledIndices(count: values.count)
    }
    let permuted = order.map { values[$0] }
    if !copy, case .array(let box) = source {
      box.values = permuted
      return source
    }
    return .array(
      try makeArray(permuted, elementType: elementType(of: source), dims: dims, call.span))
  }

  /// `randperm([rng,] n)`: Julia 1.0's `randperm!` (`misc.jl`).
  func permutation(_ call: LibraryCall) throws -> Value {
    let hasGenerator = call.args.count == 2
    let n = try intArgument(call.args[hasGenerator ? 1 : 0], call.span)
    guard n >= 0 else {
      throw call.fail(.argument, "ArgumentError: invalid Array dimensions")
    }
    guard UInt64(n) <= JuliaRandom.MersenneTwister.maximumRangeLength else {
      throw call.fail(.unsupported, "randperm of more than 2^52 elements is not supported")
    }
    try allocate(n, call.span)
    try call.charge(n)
    let perm = withGenerator(hasGenerator ? call.args[0] : nil) { $0.randperm(n) }
    return .array(ArrayBox(perm.map { .int($0) }, elementType: .int64, dims: [n]))
  }
}
