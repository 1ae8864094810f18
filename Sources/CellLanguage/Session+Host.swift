import SourcePositions

/// What the rest of sitegen asks of a page's session besides running cells: calling one of its
/// functions from Swift, binding a result under a name, and Julia's way of writing a number.
extension Session {
  /// A one-argument function defined by the page's cells (or a built-in), callable with a
  /// `Float64` from Swift; `nil` when `name` is not bound to something callable.
  ///
  /// Each call runs under the session's operation budget.
  package func function(named name: String) -> ((Double) throws -> Double)? {
    let interpreter = self.interpreter
    guard let value = interpreter.globals.value(of: name) else { return nil }
    switch value {
    case .function, .builtin, .object: break
    case .nothing, .bool, .int, .float, .string, .char, .symbol, .array, .range, .tuple,
      .namedTuple, .type, .module, .trackedReal, .trackedArray:
      return nil
    }
    let span = SourceSpan(
      start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
    return { x in
      interpreter.steps = 0
      interpreter.stepBudget = interpreter.limits.operations
      interpreter.depth = 0
      let result = try interpreter.untracked(
        try interpreter.call(value, [.float(x)], [], span), span)
      guard let number = result.doubleValue else {
        throw LanguageError(
          kind: .type,
          message: "TypeError: \(name)(x) returned a \(result.type.name), not a number", span: span)
      }
      return number
    }
  }

  /// Binds `name` to the named tuple `(w = parameters, losses = losses)` of `Float64` vectors,
  /// as a `{train}` directive leaves its result for later cells.
  package func bindTraining(name: String, parameters: [Double], losses: [Double]) {
    let globals = interpreter.globals
    let tuple = NamedTuple(
      names: ["w", "losses"],
      values: [.array(ArrayBox(doubles: parameters)), .array(ArrayBox(doubles: losses))])
    globals.assign(globals.slot(for: name), .namedTuple(tuple))
  }

  /// `x` as Julia prints a `Float64` (shortest round trip: `1.0e-5`, `64.89673077450595`).
  package static func juliaString(_ x: Double) -> String {
    FloatFormatter.shortest(x)
  }
}
