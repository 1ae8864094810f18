import SourcePositions

/// Installs the built-in names and modules into a session.
enum Builtins {
  /// Names every session has (Julia's `Base` and `Core` as the notebook uses them).
  static let base: [Builtin] = [
    .abs, .sqrt, .exp, .log, .log2, .log10, .sin, .cos, .tan, .tanh, .max, .min, .floor, .ceil,
    .round, .sign, .clamp, .inv, .trunc, .mod, .rem, .div, .isnan, .isinf, .isfinite, .iseven,
    .isodd, .zero, .one, .float, .hypot, .atan, .asin, .acos, .sinh, .cosh, .exp2, .abs2, .cbrt,
    .sum, .prod, .maximum, .minimum, .length, .size, .argmax, .argmin, .cumsum, .any, .all,
    .count, .extrema, .findmax, .findmin, .push, .append, .pop, .zeros, .ones, .fill, .copy,
    .collect, .reverse, .map, .filter, .reduce, .foldl, .first, .last, .vcat, .hcat, .reshape,
    .vec, .similar, .sort, .unique, .range, .enumerate, .zip, .eachindex, .ndims, .isempty,
    .transpose, .deepcopy, .sortBang, .fillBang, .mapreduce, .axes, .lastindex, .firstindex,
    .keys, .values, .view, .repeatArray, .getindex, .setindexBang, .insert, .deleteat, .empty,
    .permutedims, .findall, .findfirst, .cat, .diff, .sum2, .typeof, .isa, .convert, .ifelse,
    .identity, .tuple, .string, .repr, .parse, .isnothing, .symbolName, .eltype, .nameof, .println,
    .print, .display, .show, .error, .throwError, .uppercase, .lowercase, .join, .split,
    .occursin, .startswith, .endswith, .strip, .lpad, .rpad, .sprint, .chomp,
    .graph, .linspace,
  ]

  static let types: [(String, JuliaType)] = [
    ("Float64", .float64), ("Int", .int64), ("Int64", .int64), ("Bool", .bool),
    ("String", .string), ("Char", .char), ("Number", .number), ("Real", .real),
    ("Integer", .integer), ("AbstractFloat", .abstractFloat), ("Any", .any),
    ("Nothing", .nothing), ("Function", .function), ("Array", .array(.any, 1)),
    ("Vector", .array(.any, 1)), ("Matrix", .array(.any, 2)),
    ("AbstractArray", .abstractArray(nil, nil)), ("AbstractVector", .abstractArray(nil, 1)),
    ("AbstractMatrix", .abstractArray(nil, 2)), ("Symbol", .symbol), ("Tuple", .tuple([])),
    ("Pair", .unionAll("Pair")), ("Dict", .unionAll("Dict")), ("Set", .unionAll("Set")),
    ("AbstractDict", .unionAll("AbstractDict")), ("AbstractSet", .unionAll("AbstractSet")),
    ("Union", .union([])), ("AbstractString", .other("AbstractString")),
    ("AbstractChar", .other("AbstractChar")), ("SubArray", .unionAll("SubArray")),
  ]

  static func install(in session: Interpreter) {
    let globals = session.globals
    for builtin in base { globals.define(builtin.rawValue, .builtin(builtin)) }
    for function in LibraryModule.named("Base")?.functions ?? [] {
      globals.define(function.name, .object(function))
    }
    for (name, type) in types { globals.define(name, .type(type)) }
    for name in ExceptionTypes.all { globals.define(name, .type(.other(name))) }
    for (name, value) in LibraryModule.baseNumberNames { globals.define(name, value) }
    let pi = Value.object(IrrationalObject.pi)
    globals.define("pi", pi)
    globals.define("π", pi)
    globals.define("Inf", .float(.infinity))
    globals.define("NaN", .float(.nan))
    globals.define("ℯ", .object(IrrationalObject.e))
    globals.define("undef", .nothing)
    globals.define("stdout", .symbol("stdout"))
    for op in ["+", "-", "*", "/", "^", "==", "!=", "<", "<=", ">", ">=", "÷", "%", "\\", "=>"] {
      if let binary = BinaryOperator(spelling: op) {
        globals.define(op, .object(OperatorFunction(binary)))
      }
    }
  }

  /// The modules `using`/`import` know, with their members and exports: the built-ins listed
  /// below, then the functions the module registers in the library (which take over a name).
  static func module(named name: String) -> Module? {
    let registered = LibraryModule.named(name)
    guard let module = legacyModule(named: name) ?? registered.map({ Module(name: $0.name) })
    else { return nil }
    for function in registered?.functions ?? [] {
      module.members[function.name] = .object(function)
      // `Flux.Optimise.train!` is the same function as `Flux.train!`.
      if case .module(let inner)? = module.members["Optimise"], inner.members[function.name] != nil
      {
        inner.members[function.name] = .object(function)
      }
      if !(registered?.unexported.contains(function.name) ?? true),
        !module.exports.contains(function.name)
      {
        module.exports.append(function.name)
      }
    }
    return module
  }

  private static func legacyModule(named name: String) -> Module? {
    switch name {
    case "Statistics":
      let members: [Builtin] = [.mean, .std, .variance]
      return Module(
        name: name,
        members: Dictionary(uniqueKeysWithValues: members.map { ($0.rawValue, .builtin($0)) }),
        exports: members.map(\.rawValue))
    case "LinearAlgebra":
      let members: [Builtin] = [.norm, .dot, .transpose]
      var values = Dictionary(
        uniqueKeysWithValues: members.map { ($0.rawValue, Value.builtin($0)) })
      // stdlib/LinearAlgebra/src/uniformscaling.jl: `const I = UniformScaling(true)`.
      values["I"] = .object(UniformScalingObject(.bool(true)))
      return Module(name: name, members: values, exports: members.map(\.rawValue) + ["I"])
    case "Tracker":
      // Tracker 0.2.0's src/Tracker.jl exports TrackedArray, TrackedVector, TrackedMatrix,
      // Params, gradient, jacobian, hessian, param and back!; `data`, `grad`, `update!` and
      // `ngradient` are its unexported members.
      let members: [Builtin] = [
        .param, .back, .data, .grad, .gradient, .paramsType, .update, .ngradient,
      ]
      var values = Dictionary(
        uniqueKeysWithValues: members.map { ($0.rawValue, Value.builtin($0)) })
      values["forward"] = .object(LibraryFunction.trackerForward)
      return Module(
        name: name, members: values,
        exports: [Builtin.paramsType, .gradient, .param, .back].map(\.rawValue))
    case "Flux":
      // Flux 0.8.3's src/Flux.jl exports the layers, `params`, Tracker with `param`, the
      // optimisers and (by `@reexport using NNlib`) the activations and `softmax`. Its
      // `using Tracker`, `using Tracker: data`, `using Statistics` and `using .Optimise` make
      // `Flux.gradient`, `Flux.Params`, `Flux.back!`, `Flux.data`, `Flux.mean` and
      // `Flux.train!` reachable qualified, unexported.
      let exported: [Builtin] = [
        .param, .params, .descent, .momentum, .adam, .dense, .chain, .relu, .sigmoid, .sigmoidName,
        .softmax,
      ]
      let unexported: [Builtin] = [.paramsType, .gradient, .mse, .data, .back, .mean, .train]
      var members = Dictionary(
        uniqueKeysWithValues: (exported + unexported).map { ($0.rawValue, Value.builtin($0)) })
      if let tracker = module(named: "Tracker") { members["Tracker"] = .module(tracker) }
      // Flux 0.8.3's src/optimise/Optimise.jl: `train!` and the optimisers exported,
      // `update!` (Tracker's, extended) a member.
      let optimise: [Builtin] = [.train, .descent, .momentum, .adam]
      var optimiseMembers = Dictionary(
        uniqueKeysWithValues: optimise.map { ($0.rawValue, Value.builtin($0)) })
      optimiseMembers[Builtin.update.rawValue] = .builtin(.update)
      members["Optimise"] = .module(
        Module(name: "Optimise", members: optimiseMembers, exports: optimise.map(\.rawValue)))
      return Module(name: name, members: members, exports: exported.map(\.rawValue) + ["Tracker"])
    case "Test", "Printf", "Base", "Core", "Main":
      return Module(name: name, members: [:], exports: [])
    default:
      return nil
    }
  }
}

extension Interpreter {
  /// `using A, B` / `import A, B.c`.
  func use(_ paths: [[String]], isImport: Bool, _ span: SourceSpan) throws {
    for path in paths {
      // `import Base: show, +`: Base's names are every session's already; a method defined for
      // one adds to Base's function.
      if path.first == "Base", path.count == 2 { continue }
      guard let root = path.first, let module = Builtins.module(named: root) else {
        let name = path.first ?? ""
        throw fail(
          .argument,
          "ArgumentError: Package \(name) not found in current path (the language knows Flux, PlotlyJS, Random, Statistics, UnicodePlots, LinearAlgebra, Test, Pkg)",
          span)
      }
      if path.count > 1 {
        // `import A.b` / `import A: b` binds the member.
        var value: Value = .module(module)
        for name in path.dropFirst() {
          guard case .module(let current) = value else { throw undefinedVariableError(name, span) }
          guard let member = current.members[name] else {
            throw undefinedMemberError(current, name, span)
          }
          value = member
        }
        if let last = path.last { globals.define(last, value) }
        // `using Flux.Tracker` also brings the inner module's exports into scope.
        if !isImport, case .module(let inner) = value {
          for name in inner.exports where !globals.isUserDefined(name) {
            if let member = inner.members[name] { globals.define(name, member) }
          }
        }
        continue
      }
      globals.define(root, .module(module))
      if !isImport {
        for name in module.exports where !globals.isUserDefined(name) {
          if let member = module.members[name] { globals.define(name, member) }
        }
      }
    }
  }
}
