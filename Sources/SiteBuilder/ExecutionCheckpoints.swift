import CellExecution
import Foundation

/// The checkpoints of each page's last run, kept in memory between the builds of one preview
/// so that an edit re-runs a page from its first changed cell (see `PageCheckpoints`).
///
/// Pages run in parallel; each takes and leaves only its own entry.
package final class ExecutionCheckpoints: @unchecked Sendable {
  private let lock = NSLock()
  private var pages: [String: PageCheckpoints] = [:]

  package init() {}

  /// The checkpoints of the last run of `file`, if it ran.
  func checkpoints(of file: String) -> PageCheckpoints? {
    lock.withLock { pages[file] }
  }

  /// Keeps the checkpoints of the run of `file` just made.
  func keep(_ checkpoints: PageCheckpoints, of file: String) {
    lock.withLock { pages[file] = checkpoints }
  }

  /// Drops the checkpoints of pages other than `files` (pages removed or renamed).
  func keepOnly(_ files: Set<String>) {
    lock.withLock { pages = pages.filter { files.contains($0.key) } }
  }

  /// How many directives of the last run of `file` ran (the others were resumed from
  /// checkpoints); `nil` for a page not run with checkpoints.
  package func directivesRun(in file: String) -> Int? {
    lock.withLock { pages[file]?.directivesRun }
  }

  /// The pages with checkpoints and how many checkpoints each holds.
  package var counts: [String: Int] {
    lock.withLock { pages.mapValues(\.count) }
  }
}
