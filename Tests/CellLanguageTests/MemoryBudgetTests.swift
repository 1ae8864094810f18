import Foundation
import Testing

@testable import CellLanguage

/// The memory budget counts what a cell makes, not what it reads: checked against a small
/// budget (the same rule, a thousandth of the work), and against the default one when
/// `SITEGEN_SLOW_CHECKS=1` (a 30-million-element matrix times a vector: seconds in a debug
/// build).
@Suite struct MemoryBudgetTests {
  /// A budget, and a matrix of three fifths of it: it fits when counted once, not twice.
  struct Case: Sendable, CustomStringConvertible {
    var elements: Int
    var rows: Int
    var columns: Int
    var description: String { "\(rows)×\(columns) of \(elements)" }
  }

  /// The cases checked: a small budget always, the default one in the slow checks.
  static let cases: [Case] =
    [Case(elements: 1_000, rows: 30, columns: 20)]
    + (ProcessInfo.processInfo.environment["SITEGEN_SLOW_CHECKS"] == "1"
      ? [Case(elements: Limits.default.arrayElements, rows: 6_000, columns: 5_000)] : [])

  /// A session whose cells may make `elements` array elements each.
  static func session(elements: Int) -> Session {
    var limits = Limits.default
    limits.arrayElements = elements
    return Session(limits: limits)
  }

  @Test(arguments: cases)
  func aMatrixProductDoesNotCountTheArraysItReads(_ size: Case) {
    #expect(size.rows * size.columns * 5 == size.elements * 3)
    let session = Self.session(elements: size.elements)
    let result = session.evaluate(
      "A = ones(\(size.rows), \(size.columns))\nlength(A * ones(\(size.columns)))")
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(Script.lines(of: result) == ["\(size.rows)"])
  }

  @Test func aMatrixProductOverTheBudgetStillFails() {
    let session = Self.session(elements: 1_000)
    let result = session.evaluate("A = ones(40, 1)\nsize(A * ones(1, 40))")
    #expect(result.error?.kind == .memoryBudget, "\(String(describing: result.error))")
  }
}
