import Autodiff
import SourcePositions

/// Reductions: `sum`, `prod`, `maximum`, `mean`, `length`, `size`, …
extension Interpreter {
  /// The elements of a collection argument, or the value itself for a scalar.
  func elements(_ value: Value, _ span: SourceSpan) throws -> [Value] {
    switch value {
    case .int, .float, .bool, .trackedReal: return [value]
    default: return try iterate(value, span)
    }
  }

  /// Julia's `sum` order: sequential below 16 elements, pairwise in blocks of 1024 above
  /// (`Base.mapreduce_impl`).
  func sumValues(_ values: [Value], _ span: SourceSpan) throws -> Value {
    if values.isEmpty { return .int(0) }
    if values.allSatisfy({ if case .float = $0 { true } else { false } }) {
      return .float(JuliaMath.sum(values.map { $0.doubleValue ?? 0 }))
    }
    func pairwise(_ first: Int, _ last: Int) throws -> Value {
      if last - first < 1024 {
        var total = values[first]
        if first < last {
          for k in (first + 1)...last { total = try binary(.add, total, values[k], span) }
        }
        return total
      }
      let middle = (first + last) >> 1
      return try binary(.add, try pairwise(first, middle), try pairwise(middle + 1, last), span)
    }
    if values.count < 16 {
      if case .trackedReal(var total) = values[0] {
        // Tracked scalars (a model's terms) add up on the tape directly, as `binary` would.
        var index = 1
        while index < values.count, case .trackedReal(let term) = values[index] {
          total = total + term
          index += 1
        }
        if index == values.count { return .trackedReal(total) }
        var rest = Value.trackedReal(total)
        for value in values[index...] { rest = try binary(.add, rest, value, span) }
        return rest
      }
      var total = values[0]
      for value in values.dropFirst() { total = try binary(.add, total, value, span) }
      return total
    }
    return try pairwise(0, values.count - 1)
  }

  /// Whether `sum` of this value is a formula, not a loop: integer and rational ranges.
  static func hasClosedFormSum(_ value: Value) -> Bool {
    guard case .range(let range) = value else { return false }
    if range.isInteger, case .int = range.first, case .int = range.last { return true }
    if case .rational = range.kind { return true }
    return false
  }

  static func takesFunction(_ builtin: Builtin) -> Bool {
    switch builtin {
    case .sum, .prod, .maximum, .minimum, .mean, .any, .all, .count: true
    default: false
    }
  }

  func reduction(
    _ builtin: Builtin, _ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan
  )
    throws -> Value
  {
    guard let subject = args.last else { throw noMethod(builtin.name, args, span) }
    if case .array(let box) = subject, box.wrapper != nil,
      let result = try cartesianViewReduction(builtin, args, kwargs, span)
    {
      return result
    }
    if !kwargs.isEmpty, let result = try keywordReduction(builtin, args, kwargs, span) {
      return result
    }
    // `sum(f, xs)` forms.
    if args.count == 2, Self.takesFunction(builtin) {
      try charge(Self.workSize(args[1]), span)
      let mapped = try elements(args[1], span).map { try call(args[0], [$0], [], span) }
      return try reduction(
        builtin, [.array(ArrayBox(mapped, elementType: Self.elementType(of: mapped)))], kwargs, span
      )
    }
    if builtin == .sum || builtin == .prod, args.count == 1, kwargs.isEmpty,
      let widened = Self.widenedSmallIntegers(subject)
    {
      return try reduction(builtin, [widened], kwargs, span)
    }
    // Every reduction but these reads each element once (a `dot` both operands).
    switch builtin {
    case .length, .size: break
    case .sum where Self.hasClosedFormSum(subject): break
    case .dot: try charge(Self.workSize(args), span)
    default: try charge(Self.workSize(subject), span)
    }
    switch builtin {
    case .length:
      switch subject {
      case .array(let box): return .int(box.count)
      case .range(let range): return .int(range.count)
      case .tuple(let items): return .int(items.count)
      case .string(let text): return .int(text.count)
      case .trackedArray(let box): return .int(box.value.shape.count)
      case .namedTuple(let tuple): return .int(tuple.values.count)
      case .int, .float, .bool, .trackedReal: return .int(1)
      default: return .int(try iterate(subject, span).count)
      }
    case .size:
      let dims: [Int]
      switch args[0] {
      case .array(let box): dims = box.dims
      case .range(let range): dims = [range.count]
      case .trackedArray(let box): dims = box.dims
      case .int, .float, .bool, .trackedReal: dims = []
      default: throw noMethod("size", args, span)
      }
      if args.count == 2, case .int(let d) = args[1] {
        return .int(d >= 1 && d <= dims.count ? dims[d - 1] : 1)
      }
      return .tuple(dims.map { .int($0) })
    case .sum:
      if case .trackedArray(let box) = subject { return .trackedReal(Autodiff.sum(box.value)) }
      if case .trackedReal = subject { return subject }
      if case .range(let range) = subject, range.isInteger, case .int(let a) = range.first,
        case .int(let b) = range.last
      {
        return .int(range.count &* (a &+ b) / 2)
      }
      if case .range(let range) = subject, case .rational(let a, let s, let den) = range.kind {
        // One rounding of the exact sum, as Julia's TwicePrecision sum gives.
        let n = Int128(range.count)
        let numerator = n * Int128(a) + Int128(s) * n * (n - 1) / 2
        if let exact = Double(exactly: numerator) { return .float(exact / Double(den)) }
      }
      return try sumValues(try elements(subject, span), span)
    case .mean:
      if case .trackedArray(let box) = subject { return .trackedReal(Autodiff.mean(box.value)) }
      if case .range(let range) = subject, range.count > 0 {
        // `mean(r::AbstractRange{<:Real}) = (first(r) + last(r)) / 2` (Statistics).
        return try binary(
          .divide, try binary(.add, range.first, range.last, span), .int(2), span)
      }
      let values = try elements(subject, span)
      guard !values.isEmpty else { return .float(.nan) }
      return try binary(.divide, try sumValues(values, span), .int(values.count), span)
    case .prod:
      if case .array(let box) = subject, box.elementType == .float64, let doubles = box.doubles {
        // Julia's order: sequential, pairwise above blocks of 1024.
        return .float(Self.product(doubles))
      }
      var total: Value = .int(1)
      for value in try elements(subject, span) { total = try binary(.multiply, total, value, span) }
      return total
    case .maximum, .minimum:
      let values = try elements(subject, span)
      guard var best = values.first else {
        throw fail(
          .argument, "ArgumentError: reducing over an empty collection is not allowed", span)
      }
      for value in values.dropFirst() {
        best = try extremum(builtin == .maximum, best, value, span)
      }
      return best
    case .argmax, .argmin, .findmax, .findmin:
      let values = try elements(subject, span)
      guard var best = values.first else {
        throw fail(.argument, "ArgumentError: collection must be non-empty", span)
      }
      var position = 0
      let wantMax = builtin == .argmax || builtin == .findmax
      // Julia 1.0's `findmax`/`findmin`: the first NaN wins and ends the search; otherwise
      // `isless` decides (so 0.0 beats -0.0 for the maximum), the first of equals kept.
      let isNaN: (Value) -> Bool = { $0.doubleValue?.isNaN ?? false }
      for (k, value) in values.enumerated().dropFirst() {
        if isNaN(best) { break }
        let better = wantMax ? try isLess(best, value, span) : try isLess(value, best, span)
        if isNaN(value) || better {
          best = value
          position = k
        }
      }
      // A matrix's position is a `CartesianIndex` (Julia's `keys` of an array).
      var place = Value.int(position + 1)
      if case .array(let box) = subject, box.dims.count > 1 {
        place = .object(CartesianIndex(linear: position, dims: box.dims))
      }
      if builtin == .findmax || builtin == .findmin { return .tuple([best, place]) }
      return place
    case .extrema:
      let values = try elements(subject, span)
      guard var low = values.first, var high = values.first else {
        throw fail(.argument, "ArgumentError: collection must be non-empty", span)
      }
      for value in values.dropFirst() {
        low = try extremum(false, low, value, span)
        high = try extremum(true, high, value, span)
      }
      return .tuple([low, high])
    case .cumsum, .sum2:
      if case .array(let box) = subject, box.dims.count > 1 {
        // Julia 1.0 scans a vector, or an array along a `dims` it must be given.
        throw fail(.argument, "UndefKeywordError: keyword argument dims not assigned", span)
      }
      var total: Value?
      var result: [Value] = []
      var items = try elements(subject, span)
      if items.allSatisfy({ if case .bool = $0 { true } else { false } }) {
        if builtin == .sum2 {
          // `Bool * Bool` is a `Bool`: the running product stays one.
          var running = true
          return .array(
            try makeArray(
              items.map { item in
                if case .bool(let b) = item { running = running && b }
                return .bool(running)
              }, elementType: .bool, span))
        }
        // `add_sum` of Bools is an Int.
        items = items.map { if case .bool(let b) = $0 { .int(b ? 1 : 0) } else { $0 } }
      }
      for value in items {
        total =
          try total.map { try binary(builtin == .cumsum ? .add : .multiply, $0, value, span) }
          ?? value
        if let total { result.append(total) }
      }
      return .array(try makeArray(result, span))
    case .any, .all:
      for value in try elements(subject, span) {
        let b = try truth(value, span)
        if builtin == .any, b { return .bool(true) }
        if builtin == .all, !b { return .bool(false) }
      }
      return .bool(builtin == .all)
    case .count:
      var n = 0
      for value in try elements(subject, span) where try truth(value, span) { n += 1 }
      return .int(n)
    case .std, .variance:
      return try wholeVariance(builtin, subject, corrected: true, span)
    case .norm:
      let values = try elements(subject, span)
      var total: Value = .float(0)
      for value in values {
        total = try binary(.add, total, try binary(.multiply, value, value, span), span)
      }
      return try mathFunction(.sqrt, total, span)
    case .dot:
      guard args.count == 2 else { throw noMethod("dot", args, span) }
      let x = try elements(args[0], span)
      let y = try elements(args[1], span)
      guard x.count == y.count else {
        throw fail(
          .dimensionMismatch,
          "DimensionMismatch(\"dot product arguments have lengths \(x.count) and \(y.count)\")",
          span)
      }
      // stdlib/LinearAlgebra/src/generic.jl (1.0): the sum starts at the first product, so
      // integer vectors give an integer; empty vectors give `zero(eltype(x))'*zero(eltype(y))`.
      guard let first = x.first, let firstY = y.first else {
        let integral = [args[0], args[1]].allSatisfy {
          if case .array(let box) = $0 { return box.elementType == .int64 }
          return false
        }
        return integral ? .int(0) : .float(0)
      }
      var total = try binary(.multiply, first, firstY, span)
      for (a, b) in zip(x.dropFirst(), y.dropFirst()) {
        total = try binary(.add, total, try binary(.multiply, a, b, span), span)
      }
      return total
    default:
      throw noMethod(builtin.name, args, span)
    }
  }
}
