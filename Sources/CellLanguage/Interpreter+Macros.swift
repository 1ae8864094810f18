import Foundation
import SourcePositions

/// `@show`, `@assert`, `@test`, `@gradcheck`.
extension Interpreter {
  func runMacro(_ macro: MacroCode, _ frame: Frame, _ span: SourceSpan) throws -> Value {
    switch macro {
    case .show(let items):
      var last = Value.nothing
      for (text, code) in items {
        last = try eval(code, frame)
        outputs.appendPrinted("\(text) = \(show(last))\n")
      }
      return last
    case .epochs(let count, let body):
      // Flux 0.8.3's `@epochs` (src/optimise/train.jl): `for i = 1:n; @info "Epoch $i"; ex; end`,
      // and Julia 1.0's console logger prints `@info "text"` as `[ Info: text`.
      let n = try intArgument(try eval(count, frame), count.span)
      if n >= 1 {
        for i in 1...n {
          outputs.appendPrinted("[ Info: Epoch \(i)\n")
          _ = try eval(body, frame)
        }
      }
      return .nothing
    case .assert(let condition, let text, let message):
      guard try truth(try eval(condition, frame), condition.span) else {
        let shown = try message.map { printString(try eval($0, frame)) } ?? text
        throw fail(.assertion, "AssertionError: \(shown)", span)
      }
      return .nothing
    case .test(let code, let text):
      let result = try eval(code, frame)
      guard case .bool(let passed) = result else {
        throw fail(
          .test,
          "Test Failed: expression evaluated to non-Boolean\n  Expression: \(text)\n       Value: \(show(result))",
          span)
      }
      guard passed else {
        var message = "Test Failed\n  Expression: \(text)"
        if case .binary(let op, let lhs, let rhs, false, _) = code,
          [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .approximately]
            .contains(op)
        {
          let a = try eval(lhs, frame)
          let b = try eval(rhs, frame)
          message += "\n   Evaluated: \(show(a)) \(op.rawValue) \(show(b))"
        }
        throw fail(.test, message, span)
      }
      return .object(TestPassed())
    case .gradcheck(let callee, let arguments, let text):
      let function = try eval(callee, frame)
      let inputs = try arguments.map { try untracked(try eval($0, frame), span) }
      guard case .tuple(let engine) = try gradientBuiltin(.gradient, [function] + inputs, span)
      else {
        return .bool(false)
      }
      var worst: (index: String, engine: Double, numeric: Double, error: Double)?
      for (k, input) in inputs.enumerated() {
        let numeric = try numericGradient(function, inputs, k, span)
        let engineValues = try doublesArgument(try untracked(engine[k], span), "gradcheck", span)
        let numericValues = try doublesArgument(numeric, "gradcheck", span)
        for (i, (a, b)) in zip(engineValues, numericValues).enumerated() {
          // Tracker's gradcheck: isapprox with rtol = 1e-5 and atol = 1e-5.
          let tolerance = 1e-5 + 1e-5 * max(abs(a), abs(b))
          let error = abs(a - b)
          if error > tolerance, error - tolerance > (worst.map { $0.error } ?? -1) {
            let position = input.isNumber ? "argument \(k + 1)" : "argument \(k + 1)[\(i + 1)]"
            worst = (position, a, b, error - tolerance)
          }
        }
      }
      if let worst {
        throw fail(
          .gradcheck,
          "Gradient check failed for \(text): at \(worst.index) the engine gives \(FloatFormatter.shortest(worst.engine)), finite differences give \(FloatFormatter.shortest(worst.numeric))",
          span)
      }
      return .bool(true)
    case .passThrough(let code):
      return try eval(code, frame)
    case .time(let code):
      return try runTime(code, frame)
    case .info(let message, let pairs):
      return try runInfo(message, pairs, frame, span)
    case .view(let base, let indices, let maybe):
      let container = try eval(base, frame)
      let values = try evalIndices(indices, of: container, frame)
      return maybe
        ? try maybeView(container, values, span) : try makeView(container, values, span)
    case .dotInto(let targetCode, let op, let valueCode):
      let target = try eval(targetCode, frame)
      var value = try eval(valueCode, frame)
      if let op { value = try broadcastBinary(op, target, value, span) }
      guard case .array(let box) = target else {
        throw fail(
          .method,
          "MethodError: no method matching copyto!(::\(target.type.name), ::\(value.type.name))",
          span)
      }
      try refuseWritingIntoWrapper(target, span)
      try fill(box, positions: Array(0..<box.count), with: value, span)
      return target
    case .isDefined(let code):
      do {
        _ = try eval(code, frame)
        return .bool(true)
      } catch let error as LanguageError where error.kind == .undefinedVariable {
        return .bool(false)
      }
    }
  }
}

/// The value of a passing `@test`.
final class TestPassed: RuntimeObject {
  override var type: JuliaType { .other("Test.Pass") }
  override func show(_ session: Interpreter) -> String { "Test Passed" }
}
