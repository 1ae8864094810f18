import Autodiff
import JuliaRandom

/// Why evaluation left a block early: a loop jump or a function return.
enum Unwind: Error {
  case breakLoop
  case continueLoop
  case returnValue(Value)
}

/// Runs resolved code for one session: the globals, the random stream, the autodiff tape,
/// the budgets and the outputs of the cell being run.
final class Interpreter {
  let globals = GlobalTable()
  var random = MersenneTwister()
  let tape = Tape()
  var limits: Limits
  var outputs: [Output] = []

  /// Steps taken by the running cell and the cell's operation budget.
  var steps = 0
  var stepBudget = 0
  var allocated = 0
  var depth = 0
  var anonymousCount = 0
  /// The arrays being indexed, for `end` inside `a[…]`: the array and the dimension.
  var indexContext: [(Value, Int, Int)] = []
  /// The span of the statement being run, for budget errors.
  var currentLine = SourceSpan(
    start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))

  init(limits: Limits) {
    self.limits = limits
    Builtins.install(in: self)
  }

  // MARK: Errors

  func fail(_ kind: LanguageError.Kind, _ message: String, _ span: SourceSpan) -> LanguageError {
    LanguageError(kind: kind, message: message, span: span)
  }

  /// Counts one step; stops the cell when the operation budget is spent.
  @inline(__always) func tick(_ span: SourceSpan) throws {
    steps &+= 1
    if steps > stepBudget {
      throw fail(
        .operationBudget,
        "operation budget exceeded: more than \(stepBudget) steps (line \(span.start.line))", span)
    }
  }

  /// Counts `count` new array elements against the memory budget.
  @inline(__always) func allocate(_ count: Int, _ span: SourceSpan) throws {
    allocated &+= count
    if allocated > limits.arrayElements || count < 0 {
      throw fail(
        .memoryBudget,
        "memory budget exceeded: more than \(limits.arrayElements) array elements (line \(span.start.line))",
        span)
    }
  }

  // MARK: Cells

  /// Runs a resolved cell; the result value of its last statement.
  func run(_ code: Code, frameSize: Int, budget: Int) throws -> Value {
    steps = 0
    stepBudget = budget
    allocated = 0
    depth = 0
    indexContext = []
    let frame = Frame(size: frameSize, parent: nil)
    do {
      return try eval(code, frame)
    } catch Unwind.returnValue(let value) {
      return value
    } catch Unwind.breakLoop, Unwind.continueLoop {
      return .nothing
    }
  }

  // MARK: Variables

  @inline(__always) func read(_ frame: Frame, _ slot: Int, _ name: String, _ span: SourceSpan) throws
    -> Value
  {
    guard let value = frame.slots[slot] else {
      throw fail(.undefinedVariable, "UndefVarError: \(name) not defined", span)
    }
    return value
  }

  func readGlobal(_ slot: Int, _ name: String, _ span: SourceSpan) throws -> Value {
    guard let value = globals.values[slot] else {
      throw fail(.undefinedVariable, "UndefVarError: \(name) not defined", span)
    }
    return value
  }
}
