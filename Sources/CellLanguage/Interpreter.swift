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

  /// Counters read and written on every step, kept outside the object's exclusivity checks:
  /// steps taken, the operation budget, array elements allocated, call depth.
  private let counters = UnsafeMutablePointer<Int>.allocate(capacity: 4)

  /// Steps taken by the running cell.
  var steps: Int {
    get { counters[0] }
    set { counters[0] = newValue }
  }
  /// The running cell's operation budget.
  var stepBudget: Int {
    get { counters[1] }
    set { counters[1] = newValue }
  }
  /// Array elements the running cell has allocated.
  var allocated: Int {
    get { counters[2] }
    set { counters[2] = newValue }
  }
  /// How deeply calls are nested.
  var depth: Int {
    get { counters[3] }
    set { counters[3] = newValue }
  }
  var anonymousCount = 0
  /// The arrays being indexed, for `end` inside `a[…]`: the array and the dimension.
  var indexContext: [(Value, Int, Int)] = []

  init(limits: Limits) {
    self.limits = limits
    counters.initialize(repeating: 0, count: 4)
    Builtins.install(in: self)
  }

  deinit {
    counters.deallocate()
  }

  // MARK: Errors

  func fail(_ kind: LanguageError.Kind, _ message: String, _ span: SourceSpan) -> LanguageError {
    LanguageError(kind: kind, message: message, span: span)
  }

  /// Counts one step; stops the cell when the operation budget is spent.
  @inline(__always) func tick(_ span: SourceSpan) throws {
    counters[0] &+= 1
    if counters[0] > counters[1] {
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
    let frame = Frame.make(size: frameSize, parent: nil)
    do {
      return try eval(code, frame)
    } catch Unwind.returnValue(let value) {
      return value
    } catch Unwind.breakLoop, Unwind.continueLoop {
      return .nothing
    }
  }

  // MARK: Variables

  @inline(__always) func read(_ frame: Frame, _ slot: Int, _ name: String, _ span: SourceSpan)
    throws
    -> Value
  {
    guard let value = frame.slots[slot] else {
      throw fail(.undefinedVariable, "UndefVarError: \(name) not defined", span)
    }
    return value
  }

  func readGlobal(_ slot: Int, _ name: String, _ span: SourceSpan) throws -> Value {
    guard let value = globals[slot] else {
      throw fail(.undefinedVariable, "UndefVarError: \(name) not defined", span)
    }
    return value
  }
}
