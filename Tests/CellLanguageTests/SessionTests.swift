import Foundation
import Testing

@testable import CellLanguage

@Suite struct SessionTests {
  @Test func outputsComeInOrderWithTheValueLast() {
    let session = Session()
    let result = session.evaluate("println(1)\n@show 2\n3")
    guard result.outputs.count == 2, case .printed(let text) = result.outputs[0],
      case .value(let value) = result.outputs[1]
    else {
      Issue.record("unexpected outputs \(result.outputs)")
      return
    }
    #expect(text == "1\n2 = 2\n")
    #expect(value == "3")
  }

  @Test func aTrailingSemicolonHidesTheValue() {
    let session = Session()
    #expect(session.evaluate("x = 1;").outputs.isEmpty)
    #expect(session.evaluate("x = 1; # note").outputs.isEmpty)
  }

  @Test func globalsPersistAcrossCells() {
    let session = Session()
    _ = session.evaluate("a = 20")
    guard case .value(let text)? = session.evaluate("a + 1").outputs.last else {
      Issue.record("no value")
      return
    }
    #expect(text == "21")
  }

  @Test func everyParseErrorIsReportedWithItsPlace() {
    let result = Session().evaluate("x = (1 +\ny = ]\nz = 3")
    #expect(result.parseErrors.count >= 1)
    #expect(result.error?.kind == .syntax)
    #expect(result.error?.line == 2)
  }

  @Test func separateStatementsWithErrorsAreAllReported() {
    let result = Session().evaluate("a = )\nb = 2\nc = ]")
    #expect(result.parseErrors.map(\.line) == [1, 3])
  }

  @Test func errorsCarryLineAndColumn() {
    let result = Session().evaluate("x = 1\ny = x + undefined_thing")
    #expect(result.error?.message == "UndefVarError: undefined_thing not defined")
    #expect(result.error?.line == 2)
    #expect(result.error?.column == 9)
  }

  @Test func theOperationBudgetCanBeSetPerCell() {
    let session = Session()
    let result = session.evaluate("s = 0\nfor i in 1:1000\n  s += i\nend\ns", operationBudget: 100)
    #expect(result.error?.kind == .operationBudget)
    #expect(session.evaluate("s = 0\nfor i in 1:1000\n  s += i\nend\ns").error == nil)
  }

  @Test func deepRecursionStopsAtTheLimitWithoutCrashing() {
    let session = Session(
      limits: Limits(operations: 100_000_000, arrayElements: 1_000_000, recursionDepth: 5_000))
    let result = session.evaluate("down(n) = n == 0 ? 0 : 1 + down(n - 1)\ndown(4_000)")
    #expect(result.error == nil)
    let deeper = session.evaluate("down(10_000)")
    #expect(deeper.error?.kind == .recursionLimit)
  }

  @Test func cellsRunOnTheSessionsStackWhateverTheCallersStack() throws {
    // A caller with a 256 KB stack: recursion to the default limit would overflow it, so it
    // succeeds only if cells run on the session's own stack.
    let limit = Limits.default.recursionDepth
    final class Results: @unchecked Sendable { var list: [CellResult] = [] }
    let box = Results()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      let session = Session()
      box.list.append(
        session.evaluate("down(n) = n == 0 ? 0 : 1 + down(n - 1)\ndown(\(limit - 10))"))
      box.list.append(session.evaluate("down(\(limit + 10))"))
      done.signal()
    }
    thread.stackSize = 256 << 10
    thread.start()
    done.wait()
    let results = box.list
    try #require(results.count == 2)
    #expect(results[0].error == nil)
    guard case .value(let shown)? = results[0].outputs.last else {
      Issue.record("no value: \(results[0].outputs)")
      return
    }
    #expect(shown == "\(limit - 10)")
    #expect(results[1].error?.kind == .recursionLimit)
  }

  @Test func figuresAreOutputsOfTheirOwn() {
    let session = Session()
    let result = session.evaluate("using PlotlyJS\nplot([scatter(;x=[1, 2], y=[3, 4])])")
    guard case .figure(let figure)? = result.outputs.last else {
      Issue.record("no figure: \(result.outputs) \(String(describing: result.error))")
      return
    }
    #expect(figure.traces.count == 1)
    #expect(figure.traces[0].y == [3, 4])
  }

  @Test func functionsOfTheSessionCanBeCalledFromSwift() throws {
    let session = Session()
    _ = session.evaluate("u(x) = Float64(x > 0)")
    let u = try #require(session.function(named: "u"))
    #expect(try u(2) == 1)
    #expect(try u(-2) == 0)
    #expect(session.function(named: "no_such_function") == nil)
  }
}
