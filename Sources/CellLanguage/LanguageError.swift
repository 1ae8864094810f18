import SourcePositions

/// An error of a cell: what went wrong, in Julia's words, and where.
package struct LanguageError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The kind of error, named as Julia names its exception types.
  package enum Kind: String, Hashable, Sendable {
    case syntax = "ParseError"
    case undefinedVariable = "UndefVarError"
    case method = "MethodError"
    case bounds = "BoundsError"
    case dimensionMismatch = "DimensionMismatch"
    case domain = "DomainError"
    case argument = "ArgumentError"
    case divide = "DivideError"
    case inexact = "InexactError"
    case overflow = "OverflowError"
    case type = "TypeError"
    case key = "KeyError"
    case assertion = "AssertionError"
    case test = "Test Failed"
    case gradcheck = "Gradient check failed"
    case load = "LoadError"
    case error = "ErrorException"
    /// The operation budget ran out.
    case operationBudget = "OperationBudgetExceeded"
    /// The memory budget (array elements) ran out.
    case memoryBudget = "MemoryBudgetExceeded"
    /// Calls nested deeper than the recursion limit.
    case recursionLimit = "StackOverflowError"
    /// An error raised by the autodiff engine (`back!` misuse, NaN loss).
    case autodiff = "Tracker error"
    /// Julia that is valid but that sitegen does not run (rather than a guess at its result).
    case unsupported = "NotSupported"
  }

  package var kind: Kind
  /// The message as Julia prints it, e.g. `UndefVarError: x not defined`.
  package var message: String
  package var span: SourceSpan

  package init(kind: Kind, message: String, span: SourceSpan) {
    self.kind = kind
    self.message = message
    self.span = span
  }

  /// The 1-based line of the error in the cell.
  package var line: Int { span.start.line }
  /// The 1-based column of the error in the cell.
  package var column: Int { span.start.column }

  package var description: String { "\(span.start): \(message)" }
}
