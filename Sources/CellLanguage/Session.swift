import Foundation

/// The language for one page: its globals, random stream and autodiff tape persist from cell
/// to cell.
///
/// The language is a subset of Julia interpreted by sitegen, not Julia: where it accepts Julia
/// code it means what Julia means, and it cannot reach files, the network, processes, the
/// environment or the clock.
///
/// Cells run on the session's own thread, made once with a large stack (`stackSize`), so that
/// deep recursion stops at the recursion limit with an error, never with a crash, whatever
/// thread calls `evaluate`. Calls are synchronous; a session is used from one thread at a time.
package final class Session {
  let interpreter: Interpreter
  private var worker: CellWorker?
  /// The stack of the thread cells run on.
  package static let stackSize = 512 << 20

  package init(limits: Limits = .default) {
    interpreter = Interpreter(limits: limits)
  }

  /// Runs a cell under the session's limits.
  package func evaluate(_ source: String) -> CellResult {
    evaluate(source, operationBudget: nil)
  }

  /// Runs a cell; `operationBudget` overrides the session's operation budget for this cell.
  package func evaluate(_ source: String, operationBudget: Int?) -> CellResult {
    if worker == nil { worker = CellWorker(stackSize: Self.stackSize) }
    guard let worker, worker.isRunning else {
      // No thread could be made: run here, under the same limits.
      return run(source, budget: operationBudget)
    }
    var result: CellResult?
    worker.perform { result = self.run(source, budget: operationBudget) }
    return result ?? CellResult(outputs: [], error: nil)
  }

  deinit {
    worker?.stop()
  }

  fileprivate func runCell(_ source: String, budget: Int?) -> CellResult {
    run(source, budget: budget)
  }

  private func run(_ source: String, budget: Int?) -> CellResult {
    let interpreter = self.interpreter
    interpreter.outputs = []
    let (program, parseErrors) = Parser.parse(source)
    if !parseErrors.isEmpty {
      let errors = parseErrors.map {
        LanguageError(kind: .syntax, message: "ParseError: " + $0.message, span: $0.span)
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
        } else {
          outputs.append(.value(interpreter.display(value)))
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

/// The thread a session's cells run on: made once with a large stack, handed one job at a
/// time; the caller waits for each job to finish.
private final class CellWorker {
  private var job: (() -> Void)?
  private var stopping = false
  private let start = DispatchSemaphore(value: 0)
  private let done = DispatchSemaphore(value: 0)
  #if canImport(Glibc)
    private var thread = pthread_t()
  #else
    private var thread: pthread_t?
  #endif
  private(set) var isRunning = false

  init(stackSize: Int) {
    var attributes = pthread_attr_t()
    guard pthread_attr_init(&attributes) == 0 else { return }
    defer { pthread_attr_destroy(&attributes) }
    guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return }
    let context = Unmanaged.passRetained(self).toOpaque()
    let created = pthread_create(
      &thread, &attributes,
      { context in
        guard let context else { return nil }
        Unmanaged<CellWorker>.fromOpaque(context).takeRetainedValue().loop()
        return nil
      }, context)
    if created == 0 {
      isRunning = true
    } else {
      Unmanaged<CellWorker>.fromOpaque(context).release()
    }
  }

  private func loop() {
    while true {
      start.wait()
      if stopping { return }
      job?()
      job = nil
      done.signal()
    }
  }

  /// Runs `work` on the worker thread and returns when it has finished.
  func perform(_ work: @escaping () -> Void) {
    job = work
    start.signal()
    done.wait()
  }

  /// Ends the thread and waits for it.
  func stop() {
    guard isRunning else { return }
    isRunning = false
    stopping = true
    start.signal()
    #if canImport(Glibc)
      pthread_join(thread, nil)
    #else
      if let thread { pthread_join(thread, nil) }
    #endif
  }
}
