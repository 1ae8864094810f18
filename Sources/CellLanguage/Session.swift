import CCellStack
import SourcePositions

/// The language for one page: its globals, random stream and autodiff tape persist from cell
/// to cell.
///
/// The language is a subset of Julia interpreted by sitegen, not Julia: where it accepts Julia
/// code it means what Julia means, and it cannot reach files, the network, processes, the
/// environment or the clock.
///
/// Cells run on the session's own stack, reserved once and large (`stackSize`), so that deep
/// recursion stops at the recursion limit with an error, never with a crash, whatever thread
/// calls `evaluate`. Calls are synchronous; a session is used from one thread at a time.
package final class Session {
  let interpreter: Interpreter
  private var stack: CellStack?
  /// The size of the stack cells run on.
  package static let stackSize = 512 << 20

  /// Whether cells run compiled (the default) or through the tree walker (for comparisons).
  package var compiles: Bool {
    get { interpreter.compiles }
    set { interpreter.compiles = newValue }
  }

  package init(limits: Limits = .default) {
    interpreter = Interpreter(limits: limits)
  }

  /// Runs a cell under the session's limits.
  package func evaluate(_ source: String) -> CellResult {
    evaluate(source, operationBudget: nil)
  }

  /// Runs a cell; `operationBudget` overrides the session's operation budget for this cell.
  package func evaluate(_ source: String, operationBudget: Int?) -> CellResult {
    if stack == nil { stack = CellStack(size: Self.stackSize) }
    var result: CellResult?
    if let stack, stack.isReady,
      stack.perform({ result = self.run(source, budget: operationBudget) })
    {
      return result ?? CellResult(outputs: [], error: nil)
    }
    // No stack could be made or entered: run here, under the same limits.
    return run(source, budget: operationBudget)
  }

  private func run(_ source: String, budget: Int?) -> CellResult {
    let interpreter = self.interpreter
    interpreter.outputs = []
    interpreter.showError = nil
    let (program, parseErrors) = Parser.parse(source)
    if !parseErrors.isEmpty {
      let errors = parseErrors.map {
        $0.isUnsupported
          ? LanguageError(kind: .unsupported, message: $0.message, span: $0.span)
          : LanguageError(kind: .syntax, message: "ParseError: " + $0.message, span: $0.span)
      }
      return CellResult(outputs: [], error: errors.first, parseErrors: errors)
    }
    let resolver = Resolver(globals: interpreter.globals)
    let (code, frameSize) = resolver.resolveCell(program)
    if let first = resolver.errors.first {
      return CellResult(
        outputs: [], error: first, parseErrors: resolver.errors.filter { $0.kind == .syntax })
    }
    do {
      let value = try interpreter.run(
        code, frameSize: frameSize, budget: budget ?? interpreter.limits.operations)
      var outputs = interpreter.outputs
      if !Self.endsWithSemicolon(source) {
        if let figure = interpreter.figureOutput(value) {
          outputs.append(figure)
        } else if case .nothing = value {
        } else if case .object(let object as DisplayRefusingObject) = value {
          var span = code.span
          if case .block(let items, _) = code, let last = items.last { span = last.span }
          throw interpreter.fail(.unsupported, object.displayRefusal, span)
        } else {
          outputs.append(.value(try interpreter.checkedDisplay(value)))
          try interpreter.rethrowShowError()
        }
      }
      return CellResult(outputs: outputs, error: nil)
    } catch let error as LanguageError {
      return CellResult(outputs: interpreter.outputs, error: error)
    } catch {
      let span = SourceSpan(
        start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
      return CellResult(
        outputs: interpreter.outputs,
        error: LanguageError(kind: .error, message: "\(error)", span: span))
    }
  }

  /// Whether a cell's last token is `;` (IJulia then shows no result).
  static func endsWithSemicolon(_ source: String) -> Bool {
    // Without a `;` anywhere there is nothing to look for.
    guard source.utf8.contains(UInt8(ascii: ";")) else { return false }
    let tokens = Lexer.tokenize(source)
    guard let last = tokens.last(where: { $0.kind != .newline && $0.kind != .endOfInput }) else {
      return false
    }
    return last.kind == .punctuation && last.text == ";"
  }
}

/// The stack a session's cells run on: reserved once (`size` bytes, committed only as it is
/// used), entered and left on the calling thread by switching the stack pointer, which costs
/// far less than handing each cell to a thread of its own.
private final class CellStack {
  private var stack = sitegen_stack()
  private(set) var isReady = false

  init(size: Int) {
    isReady = sitegen_stack_create(&stack, size) == 0
  }

  deinit {
    if isReady { sitegen_stack_destroy(&stack) }
  }

  /// Runs `work` on this stack and returns when it has finished; `false` (and `work` not run)
  /// when the switch could not be made.
  func perform(_ work: () -> Void) -> Bool {
    withoutActuallyEscaping(work) { work in
      var job = work
      return withUnsafeMutablePointer(to: &job) { pointer in
        sitegen_stack_run(
          &stack,
          { context in
            guard let context else { return }
            context.assumingMemoryBound(to: (() -> Void).self).pointee()
          }, pointer) == 0
      }
    }
  }
}
