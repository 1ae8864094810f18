import Autodiff
import SourcePositions

/// `sum([body for i in a:b])` compiled without the comprehension's array (see `Compiler`).
extension Compiler {
  /// `callee([body for i in a:b])`: when the callee is `sum`, the elements are added up as
  /// `sum` adds up the array's, without making it; any other callee is called as `call` does.
  /// Nil when the argument is not a comprehension of that form.
  static func sumOfComprehension(
    _ node: CallCode, _ callee: CompiledOperand, _ argument: CompiledOperand
  ) -> Compiled? {
    guard case .comprehension(let comprehension, let arraySpan) = node.arguments[0].value,
      !comprehension.isGenerator, comprehension.groups.count == 1,
      comprehension.groups[0].count == 1, comprehension.filter == nil,
      case .range(let startCode, nil, let stopCode, let rangeSpan) =
        comprehension.groups[0][0].iterable
    else { return nil }
    let span = node.span
    let target = comprehension.groups[0][0].target
    let body = compile(comprehension.body)
    let start = compile(startCode)
    let stop = compile(stopCode)
    return { interpreter, frame in
      try interpreter.tick(span)
      let function = try callee.value(interpreter, frame)
      guard case .builtin(.sum) = function else {
        return try callOne(function, argument, interpreter, frame, span)
      }
      // The comprehension, as `Compiler.comprehension` runs it.
      try interpreter.tick(arraySpan)
      let first = try start(interpreter, frame)
      let last = try stop(interpreter, frame)
      let array: Value
      if case .int(let a) = first, case .int(let b) = last {
        let elements = try interpreter.collectValues(from: a, through: b, arraySpan) { i in
          try interpreter.bind(target, .int(i), frame, arraySpan)
          return try body(interpreter, frame)
        }
        if let total = try interpreter.sumOfElements(elements, arraySpan, span) { return total }
        array = try interpreter.comprehensionArray(elements, arraySpan)
      } else {
        try interpreter.tick(rangeSpan)
        let values = try interpreter.makeRange(first, nil, last, rangeSpan)
        array = try interpreter.collect(values, arraySpan) { element in
          try interpreter.bind(target, element, frame, arraySpan)
          return try body(interpreter, frame)
        }
      }
      if let result = try interpreter.fastBuiltin(.sum, array, span) { return result }
      return try interpreter.callBuiltin(.sum, [array], [], span)
    }
  }
}

extension Interpreter {
  /// `sum` of the array `comprehensionArray(elements, arraySpan)` would make, when its elements
  /// are all `Float64`s or all (fewer than 16) tracked reals: the array's elements are counted
  /// against the budgets as if it were made (`makeArray`), the sum's reading of them as
  /// `sumOfVector` counts it, and the sum is `sumOfVector`'s (`JuliaMath.sum` of the doubles,
  /// or `sumValues`' left fold of tracked reals). Nil, having counted nothing, otherwise.
  func sumOfElements(_ elements: [Value], _ arraySpan: SourceSpan, _ span: SourceSpan) throws
    -> Value?
  {
    switch elements.first {
    case .trackedReal(var total)?:
      guard elements.count < 16, elements.allSatisfy(\.isTrackedReal) else { return nil }
      try allocate(elements.count, arraySpan)
      try charge(elements.count, span)
      for element in elements.dropFirst() {
        if case .trackedReal(let term) = element { total = total + term }
      }
      return .trackedReal(total)
    case .float?:
      guard elements.allSatisfy(\.isFloat) else { return nil }
      try allocate(elements.count, arraySpan)
      try charge(elements.count, span)
      return .float(JuliaMath.sum(elements.map { $0.doubleValue ?? 0 }))
    default:
      return nil
    }
  }
}
