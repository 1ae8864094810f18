import SourcePositions

/// The operation budget's charges for work done in one step: a built-in's elements, a matrix
/// product's flops, a plot's points. Each charge depends only on sizes and is taken before the
/// work is done, so a cell that asks for too much stops at once, at the same place everywhere.
extension Interpreter {
  /// Steps a plotted point costs: it is converted, kept, and later drawn as SVG or braille.
  static let pointCost = 50

  /// Counts `work` steps at once.
  /// - Throws: the operation budget's error, at `span`, when the steps left are fewer.
  @inline(__always) func charge(_ work: Int, _ span: SourceSpan) throws {
    if work > stepBudget &- steps { throw operationBudgetError(span) }
    steps &+= work
  }

  /// The product of sizes, saturating at `Int.max` (a charge too large for `Int` is still too
  /// large for any budget).
  static func work(_ factors: Int...) -> Int {
    var product = 1
    for factor in factors {
      let (next, overflow) = product.multipliedReportingOverflow(by: Swift.max(factor, 0))
      if overflow { return .max }
      product = next
    }
    return product
  }

  /// The elements a value holds (bytes for a string): the work of touching each once.
  static func workSize(_ value: Value) -> Int {
    switch value {
    case .array(let box): box.count
    case .range(let range): range.count
    case .trackedArray(let box): box.value.shape.count
    case .string(let text): text.utf8.count
    case .tuple(let items): items.count
    case .namedTuple(let tuple): tuple.values.count
    case .nothing, .bool, .int, .float, .char, .symbol, .function, .builtin, .type, .module,
      .object, .trackedReal:
      0
    }
  }

  /// The sizes of all the arguments, added (saturating). Ranges count only with
  /// `countingRanges`: a built-in that lists a range's elements allocates them, and that
  /// charges them (after the memory budget's check).
  static func workSize(_ values: [Value], countingRanges: Bool = true) -> Int {
    var total = 0
    for value in values {
      if !countingRanges, case .range = value { continue }
      let (sum, overflow) = total.addingReportingOverflow(workSize(value))
      if overflow { return .max }
      total = sum
    }
    return total
  }

  /// Charges a built-in call for touching its arguments' elements, unless the built-in does
  /// constant work or charges its own (reductions, plots, allocations).
  func chargeArguments(of builtin: Builtin, _ args: [Value], _ span: SourceSpan) throws {
    switch builtin {
    // Constant work, or charged where the work is done.
    case .abs, .sqrt, .exp, .log, .log2, .log10, .sin, .cos, .tan, .tanh, .max, .min, .floor,
      .ceil, .round, .sign, .clamp, .inv, .trunc, .mod, .rem, .div, .isnan, .isinf, .isfinite,
      .iseven, .isodd, .zero, .one, .float, .hypot, .atan, .asin, .acos, .sinh, .cosh, .exp2,
      .abs2, .cbrt:
      return
    case .sum, .prod, .maximum, .minimum, .mean, .length, .size, .argmax, .argmin, .cumsum, .any,
      .all, .count, .std, .variance, .extrema, .findmax, .findmin, .norm, .dot, .sum2:
      return
    case .push, .pop, .first, .last, .ndims, .isempty, .axes, .lastindex, .firstindex, .eltype,
      .typeof, .isa, .isnothing, .nameof, .symbolName, .ifelse, .identity, .tuple, .getindex,
      .setindexBang, .view, .range, .linspace, .zeros, .ones, .fill, .similar, .eachindex, .keys:
      return
    case .error, .throwError:
      return
    case .param, .back, .data, .grad, .params, .paramsType, .descent, .momentum, .adam, .dense,
      .chain, .relu, .sigmoid, .sigmoidName, .graph, .zeroGrad, .gradient, .withgradient, .train,
      .ngradient:
      return
    // Linear in the elements they read.
    case .append, .copy, .collect, .reverse, .map, .filter, .reduce, .foldl, .vcat, .hcat,
      .reshape, .vec, .unique, .enumerate, .zip, .transpose, .deepcopy, .fillBang, .mapreduce,
      .values, .repeatArray, .splice, .insert, .deleteat, .empty, .permutedims, .findall,
      .findfirst, .cat, .diff, .fillna, .convert, .string, .repr, .parse, .println, .print,
      .display, .show, .uppercase, .lowercase, .join, .split, .occursin, .startswith, .endswith,
      .replaceString, .strip, .lpad, .rpad, .sprint, .chomp, .update, .mse, .softmax:
      try charge(Self.workSize(args, countingRanges: false), span)
    // Comparison sorts: n log₂ n comparisons.
    case .sort, .sortBang:
      let n = Self.workSize(args, countingRanges: false)
      try charge(Self.work(n, Swift.max(1, Int.bitWidth - n.leadingZeroBitCount)), span)
    }
  }
}
