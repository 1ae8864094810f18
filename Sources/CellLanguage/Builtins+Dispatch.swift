import Autodiff
import Foundation
import SourcePositions

/// Calls a built-in by theme. The large `switch` is the one place where names meet their
/// implementations.
extension Interpreter {
  /// The one-argument built-ins of inner loops, without building an argument list.
  @inline(__always) func fastBuiltin(_ builtin: Builtin, _ value: Value, _ span: SourceSpan) throws
    -> Value?
  {
    switch (builtin, value) {
    case (.abs, .float(let x)): return .float(Swift.abs(x))
    case (.abs, .int(let n)) where n != .min: return .int(Swift.abs(n))
    case (.sqrt, .trackedReal(let x)) where x.data >= 0: return .trackedReal(Autodiff.sqrt(x))
    case (.sqrt, .float(let x)) where x >= 0: return .float(x.squareRoot())
    case (.sum, .trackedReal), (.sum, .float), (.sum, .int): return value
    case (.sum, .array(let box))
    where !box.elementType.isAny && !box.elementType.isNumericCase && box.dims.count == 1:
      return try sumOfVector(box, span)
    case (.back, .trackedReal(let x)):
      do {
        try x.back()
      } catch let error as AutodiffError {
        throw engineError(error, span)
      }
      return .nothing
    case (.length, .range(let range)): return .int(range.count)
    case (.length, .array(let box)): return .int(box.count)
    default: return nil
    }
  }

  /// `sum` of a vector of numbers (`fastBuiltin`'s, out of line so that it stays small enough to
  /// be inlined); `nil` for a view, whose sum may run in another order (`cartesianViewReduction`).
  @inline(never) func sumOfVector(_ box: ArrayBox, _ span: SourceSpan) throws -> Value? {
    if box.wrapper != nil { return nil }
    try charge(box.count, span)
    if box.elementType.isFloat64, let doubles = box.doubles, !doubles.isEmpty {
      // The same sum `sumValues` takes of the elements, without boxing each.
      return .float(JuliaMath.sum(doubles))
    }
    return try sumValues(box.values, span)
  }

  func callBuiltin(
    _ builtin: Builtin, _ arguments: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan
  )
    throws -> Value
  {
    var args = arguments
    // A function of numbers takes `π` as its Float64 (Julia's `sin(x::Real) = sin(float(x))`).
    if args.contains(where: { Self.irrational($0) != nil }), Builtin.ofNumbers.contains(builtin) {
      args = args.map { Self.irrational($0).map { .float($0.value) } ?? $0 }
    }
    func arity(_ counts: ClosedRange<Int>) throws {
      guard counts.contains(args.count) else { throw noMethod(builtin.name, args, span) }
    }
    if !kwargs.isEmpty { try checkKeywords(of: builtin, kwargs, span) }
    try chargeArguments(of: builtin, args, span)
    switch builtin {
    case .sqrt, .exp, .log, .log2, .log10, .sin, .cos, .tan, .tanh, .sign, .inv, .isnan, .isinf,
      .isfinite, .iseven, .isodd, .zero, .one, .float, .asin, .acos, .sinh, .cosh, .exp2, .abs2,
      .cbrt, .identity:
      try arity(1...1)
      return try mathFunction(builtin, args[0], span)
    case .abs:
      try arity(1...1)
      return try mathFunction(builtin, args[0], span)
    case .relu, .sigmoid, .sigmoidName:
      try arity(1...1)
      if case .trackedArray(let box) = args[0] {
        return .trackedArray(
          TrackedArrayBox(Autodiff.broadcast(builtin == .relu ? .relu : .sigmoid, box.value)))
      }
      return try mathFunction(builtin, args[0], span)
    case .atan:
      if args.count == 2, let y = args[0].doubleValue, let x = args[1].doubleValue {
        return .float(Foundation.atan2(y, x))
      }
      try arity(1...1)
      return try mathFunction(builtin, args[0], span)
    case .hypot:
      try arity(2...2)
      return .float(
        Foundation.hypot(
          try realArgument(args[0], "hypot", span), try realArgument(args[1], "hypot", span)))
    case .floor, .ceil, .round, .trunc:
      return try rounding(builtin, args, kwargs, span)
    case .max, .min:
      if args.count == 1 { throw noMethod(builtin.name, args, span) }
      var result = args[0]
      for next in args.dropFirst() { result = try extremum(builtin == .max, result, next, span) }
      return result
    case .clamp:
      try arity(3...3)
      return try extremum(false, try extremum(true, args[0], args[1], span), args[2], span)
    case .mod, .rem, .div:
      try arity(2...2)
      return try division(
        builtin == .mod ? .mod : (builtin == .rem ? .rem : .div), args[0], args[1], span)
    case .sum, .prod, .maximum, .minimum, .mean, .length, .size, .argmax, .argmin, .cumsum, .any,
      .all, .count, .std, .variance, .extrema, .findmax, .findmin, .norm, .dot, .sum2:
      return try reduction(builtin, args, kwargs, span)
    case .push, .append, .pop, .zeros, .ones, .fill, .copy, .collect, .reverse, .map, .filter,
      .reduce, .foldl, .first, .last, .vcat, .hcat, .reshape, .vec, .similar, .sort, .unique,
      .range, .linspace, .enumerate, .zip, .eachindex, .ndims, .isempty, .transpose, .deepcopy,
      .sortBang, .fillBang, .mapreduce, .axes, .lastindex, .firstindex, .keys, .values, .view,
      .repeatArray, .getindex, .setindexBang, .splice, .insert, .deleteat, .empty, .permutedims,
      .findall, .findfirst, .cat, .diff, .fillna:
      return try arrayBuiltin(builtin, args, kwargs, span)
    case .typeof, .isa, .convert, .ifelse, .tuple, .string, .repr, .parse, .isnothing, .symbolName,
      .eltype, .nameof, .println, .print, .display, .show, .error, .throwError, .uppercase,
      .lowercase, .join, .split, .occursin, .startswith, .endswith, .replaceString, .strip, .lpad,
      .rpad, .sprint, .chomp:
      return try valueBuiltin(builtin, args, kwargs, span)
    case .param, .back, .data, .grad, .gradient, .withgradient, .params, .paramsType, .update,
      .descent,
      .momentum, .adam, .dense, .chain, .mse, .softmax, .graph, .zeroGrad, .train, .ngradient:
      return try autodiffBuiltin(builtin, args, kwargs, span)
    }
  }
}

extension Builtin {
  /// The built-ins of numbers, which take an irrational as its Float64.
  static let ofNumbers: Set<Builtin> = [
    .abs, .sqrt, .exp, .log, .log2, .log10, .sin, .cos, .tan, .tanh, .max, .min, .floor, .ceil,
    .round, .sign, .clamp, .inv, .trunc, .mod, .rem, .div, .isnan, .isinf, .isfinite, .float,
    .hypot, .atan, .asin, .acos, .sinh, .cosh, .exp2, .abs2, .cbrt, .relu, .sigmoid, .sigmoidName,
  ]
}
