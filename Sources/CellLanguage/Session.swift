import Foundation

/// The language for one page: its globals, random stream and autodiff tape persist from cell
/// to cell.
///
/// Each `evaluate` runs on a thread of its own with a large stack (`stackSize`), so that deep
/// recursion stops at the recursion limit with an error, never with a crash. Calls are
/// synchronous; a session is used from one thread at a time.
package final class Session {
  let interpreter: Interpreter
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
    let work = UncheckedBox(self)
    let result = UncheckedBox<CellResult?>(nil)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      result.value = work.value.run(source, budget: operationBudget)
      done.signal()
    }
    thread.stackSize = Self.stackSize
    thread.start()
    done.wait()
    return result.value ?? CellResult(outputs: [], error: nil)
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
      return CellResult(outputs: [], error: first, parseErrors: resolver.errors.filter { $0.kind == .syntax })
    }
    do {
      let value = try interpreter.run(code, frameSize: frameSize, budget: budget ?? interpreter.limits.operations)
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
      let span = SourceSpan(start: SourceLocation(line: 1, column: 1), end: SourceLocation(line: 1, column: 1))
      return CellResult(
        outputs: interpreter.outputs, error: LanguageError(kind: .error, message: "\(error)", span: span))
    }
  }

  /// Whether a cell's last token is `;` (IJulia then shows no result).
  static func endsWithSemicolon(_ source: String) -> Bool {
    let tokens = Lexer.tokenize(source)
    guard let last = tokens.last(where: { $0.kind != .newline && $0.kind != .endOfInput }) else {
      return false
    }
    return last.kind == .punctuation && last.text == ";"
  }
}

/// Carries a value across the hop to the cell thread (the caller waits for it).
private final class UncheckedBox<T>: @unchecked Sendable {
  var value: T

  init(_ value: T) { self.value = value }
}
