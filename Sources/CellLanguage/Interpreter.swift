import Autodiff
import JuliaRandom
import SourcePositions

/// Why evaluation left a block early: a loop jump or a function return (whose value waits in
/// `Interpreter.returned`: an error must be `Sendable`, and values are not).
enum Unwind: Error {
  case breakLoop
  case continueLoop
  case returnValue
}

/// Runs resolved code for one session: the globals, the random stream, the autodiff tape,
/// the budgets and the outputs of the cell being run.
final class Interpreter {
  let globals = GlobalTable()
  // Read on hot paths and never accessed overlappingly: no dynamic exclusivity checks.
  @exclusivity(unchecked) var random = MersenneTwister()
  let tape = Tape()
  @exclusivity(unchecked) var limits: Limits
  @exclusivity(unchecked) var outputs: [Output] = []

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
  /// Whether cells and function bodies run compiled (`Compiler`) or through the tree walker
  /// (`eval`), which the differential tests compare them with.
  var compiles = true
  /// The value of the `return` being unwound.
  var returned = Value.nothing
  /// The exception the program threw last (`throw(ArgumentError("…"))`), which a `catch e`
  /// binds with its fields: the error that unwinds carries only its message.
  var thrown: ExceptionObject?
  /// The arrays being indexed, for `end` inside `a[…]`: the array and the dimension.
  @exclusivity(unchecked) var indexContext: [(Value, Int, Int)] = []
  /// An error a program's `show` method raised while a value was shown (rethrown after).
  var showError: LanguageError?

  init(limits: Limits) {
    self.limits = limits
    counters.initialize(repeating: 0, count: 4)
    Builtins.install(in: self)
    installUserTypeNames()
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
    if counters[0] > counters[1] { throw operationBudgetError(span) }
  }

  /// The error of a spent operation budget (out of line: the evaluator's frames stay small).
  @inline(never)
  func operationBudgetError(_ span: SourceSpan) -> LanguageError {
    fail(
      .operationBudget,
      "operation budget exceeded: more than \(stepBudget) steps (line \(span.start.line))", span)
  }

  /// The error of reading an unbound variable (out of line, like `operationBudgetError`).
  @inline(never)
  func undefinedVariableError(_ name: String, _ span: SourceSpan) -> LanguageError {
    fail(.undefinedVariable, "UndefVarError: \(name) not defined", span)
  }

  /// The error of reading an unbound global: not supported when Julia defines the name (in
  /// Base, or in a module the page has loaded), else undefined, as Julia says.
  @inline(never)
  func undefinedGlobalError(_ name: String, _ span: SourceSpan) -> LanguageError {
    if JuliaNames.base.contains(name) || loadedModuleDefines(name) {
      return unsupportedNameError(name, span)
    }
    return undefinedVariableError(name, span)
  }

  /// The error of a member `name` that `module` lacks: not supported when Julia's module has it.
  func undefinedMemberError(_ module: Module, _ name: String, _ span: SourceSpan) -> LanguageError {
    let table = JuliaNames.modules[module.name]?.names ?? []
    let julias = ["Base", "Core", "Main"].contains(module.name) ? JuliaNames.base : table
    return julias.contains(name)
      ? unsupportedNameError(name, span) : undefinedVariableError(name, span)
  }

  /// Whether a module the page has loaded (`using`/`import`) exports `name` in Julia (an
  /// unexported name is undefined unqualified, as in Julia).
  private func loadedModuleDefines(_ name: String) -> Bool {
    JuliaNames.modules.keys.contains { module in
      // `using Flux` binds `Tracker` without bringing Tracker's exports into scope: a module's
      // exports are in scope when every export sitegen gives it is bound.
      guard JuliaNames.exports(of: module).contains(name),
        case .module(let loaded)? = globals.value(of: module),
        loaded.exports.allSatisfy({ globals.value(of: $0) != nil })
      else {
        return false
      }
      return true
    }
  }

  /// The error of a name Julia defines and sitegen does not: not supported, not undefined.
  func unsupportedNameError(_ name: String, _ span: SourceSpan) -> LanguageError {
    fail(.unsupported, "\(name) is not supported by sitegen's Julia", span)
  }

  /// Counts `count` new array elements against the memory budget (checked before the elements
  /// are made: a cell that asks for too much fails, it never makes the process run out), and
  /// the work of writing them against the operation budget.
  @inline(__always) func allocate(_ count: Int, _ span: SourceSpan) throws {
    try ensureRoom(count, span)
    allocated &+= count
    try charge(count, span)
  }

  /// Checks that `count` more elements fit the memory budget, without counting them: for
  /// temporaries (a range's elements listed, a string's bytes) about to be made.
  @inline(__always) func ensureRoom(_ count: Int, _ span: SourceSpan) throws {
    if count < 0 || count > limits.arrayElements - allocated { throw memoryBudgetError(span) }
  }

  /// The error of a cell that asks for more memory than its budget.
  func memoryBudgetError(_ span: SourceSpan) -> LanguageError {
    fail(
      .memoryBudget,
      "memory budget exceeded: more than \(limits.arrayElements) array elements (line \(span.start.line))",
      span)
  }

  /// The element count of an array with these dims; a product that overflows `Int` is over
  /// the memory budget too.
  func elementCount(_ dims: [Int], _ span: SourceSpan) throws -> Int {
    var count = 1
    for size in dims {
      let (product, overflow) = count.multipliedReportingOverflow(by: size)
      if overflow || product < 0 { throw memoryBudgetError(span) }
      count = product
    }
    return count
  }

  /// Counts the bytes of a string about to be made (`count` copies of `bytes` bytes) against
  /// the memory budget.
  func allocateText(_ bytes: Int, times count: Int = 1, _ span: SourceSpan) throws {
    try allocate(try elementCount([bytes, max(count, 0)], span), span)
  }

  // MARK: Cells

  /// Runs a resolved cell; the result value of its last statement.
  func run(_ code: Code, frameSize: Int, budget: Int) throws -> Value {
    steps = 0
    stepBudget = budget
    allocated = 0
    depth = 0
    indexContext = []
    thrown = nil
    let frame = Frame.make(size: frameSize, parent: nil)
    do {
      if compiles { return try Compiler.compile(code)(self, frame) }
      return try eval(code, frame)
    } catch Unwind.returnValue {
      return takeReturned()
    } catch Unwind.breakLoop, Unwind.continueLoop {
      return .nothing
    }
  }

  /// The value of the `return` just caught (the slot is emptied).
  func takeReturned() -> Value {
    defer { returned = .nothing }
    return returned
  }

  // MARK: Variables

  @inline(__always) func read(_ frame: Frame, _ slot: Int, _ name: String, _ span: SourceSpan)
    throws
    -> Value
  {
    guard let value = frame.slots[slot] else {
      throw undefinedVariableError(name, span)
    }
    return value
  }

  func readGlobal(_ slot: Int, _ name: String, _ span: SourceSpan) throws -> Value {
    guard let value = globals[slot] else {
      throw undefinedGlobalError(name, span)
    }
    return value
  }
}
