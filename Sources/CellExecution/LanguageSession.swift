import CellLanguage
import SourcePositions

/// A page's tutorial-language session, seen from the execute stage: run a cell, get its outputs
/// and errors (the one place this stage speaks to `CellLanguage`).
final class LanguageSession {
  private let session: Session

  init(_ session: Session = Session(limits: .default)) {
    self.session = session
  }

  /// A copy of the session's state to run on from (`nil` when the state cannot be copied).
  func snapshot() -> LanguageSession? {
    session.snapshot().map { LanguageSession($0) }
  }

  /// What one cell produced.
  struct Result {
    var outputs: [Output]
    /// Every error, first the one that stopped the cell, located within the cell.
    var errors: [LocatedError]
  }

  /// Runs `code` in the page's session, under `budget` operations when the cell sets one.
  func run(_ code: String, budget: Int?) -> Result {
    let result = session.evaluate(code, operationBudget: budget)
    let errors = result.parseErrors.isEmpty ? (result.error.map { [$0] } ?? []) : result.parseErrors
    return Result(
      outputs: result.outputs,
      errors: errors.map { LocatedError($0.message, at: $0.span.start) })
  }

  /// Lets the page's cells `include` these files (by path relative to the content folder).
  func allowIncludes(_ files: [String: String]) {
    session.allowIncludes(files)
  }

  /// A one-argument function of the page's cells, callable from Swift.
  func function(named name: String) -> ((Double) throws -> Double)? {
    session.function(named: name)
  }

  /// Binds a training run's result under `name` for later cells (`name.w`, `name.losses`).
  func bindTraining(name: String, parameters: [Double], losses: [Double]) {
    session.bindTraining(name: name, parameters: parameters, losses: losses)
  }
}

/// Numbers written as Julia writes them.
enum JuliaNumber {
  static func shortest(_ x: Double) -> String {
    Session.juliaString(x)
  }
}
