/// The budgets a cell runs under. Exceeding one stops the cell with an error naming it.
package struct Limits: Hashable, Sendable {
  /// Evaluation steps a cell may take (counted, so the same on every machine).
  package var operations: Int
  /// Array elements a cell may allocate in all.
  package var arrayElements: Int
  /// How deeply calls may nest.
  package var recursionDepth: Int

  package init(operations: Int, arrayElements: Int, recursionDepth: Int) {
    self.operations = operations
    self.arrayElements = arrayElements
    self.recursionDepth = recursionDepth
  }

  /// Enough for the notebook's 500-epoch fits, small enough to stop a runaway loop in seconds.
  package static let `default` = Limits(
    operations: 200_000_000, arrayElements: 50_000_000, recursionDepth: 2_000)
}
