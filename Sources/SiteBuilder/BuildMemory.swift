import CellExecution
import Foundation
import SiteModel

/// What the preview keeps in memory from one build to the next, so that an edit costs what it
/// changed: each page's checkpoints (an edited page re-runs from its first changed cell, see
/// `PageCheckpoints`) and each page's rendered body (an unchanged page is not rendered again).
///
/// Pages are built in parallel; each takes and leaves only its own entries.
package final class BuildMemory: @unchecked Sendable {
  /// A page's rendered body, with what it was rendered from.
  private struct Rendered {
    var body: String
    var site: [String]
    var rendered: RenderedBody
  }

  private let lock = NSLock()
  private var checkpoints: [String: PageCheckpoints] = [:]
  private var bodies: [String: Rendered] = [:]
  private var rendered: Set<String> = []

  package init() {}

  /// The checkpoints of the last run of `file`, if it ran.
  func checkpoints(of file: String) -> PageCheckpoints? {
    lock.withLock { checkpoints[file] }
  }

  /// Keeps the checkpoints of the run of `file` just made.
  func keep(_ checkpoints: PageCheckpoints, of file: String) {
    lock.withLock { self.checkpoints[file] = checkpoints }
  }

  /// The body of `page` as last rendered, if neither the page nor `site` (what else its body
  /// depends on: the pages and files links may lead to) changed since.
  func renderedBody(of page: Page, site: [String]) -> RenderedBody? {
    lock.withLock {
      guard let kept = bodies[page.file], kept.body == page.body, kept.site == site else {
        return nil
      }
      return kept.rendered
    }
  }

  /// Keeps the body of `page` just rendered.
  func keep(_ body: RenderedBody, of page: Page, site: [String]) {
    lock.withLock {
      bodies[page.file] = Rendered(body: page.body, site: site, rendered: body)
      rendered.insert(page.file)
    }
  }

  /// Starts a build of the pages `files`: forgets other pages (removed or renamed).
  func startBuild(of files: Set<String>) {
    lock.withLock {
      checkpoints = checkpoints.filter { files.contains($0.key) }
      bodies = bodies.filter { files.contains($0.key) }
      rendered = []
    }
  }

  /// The pages the last build rendered (the others' bodies were kept from earlier builds).
  package var renderedInLastBuild: Set<String> {
    lock.withLock { rendered }
  }

  /// How many directives the last run of `file` ran (the others were resumed from
  /// checkpoints); `nil` for a page not run with checkpoints.
  package func directivesRun(in file: String) -> Int? {
    lock.withLock { checkpoints[file]?.directivesRun }
  }

  /// The pages with checkpoints and how many checkpoints each holds.
  package var checkpointCounts: [String: Int] {
    lock.withLock { checkpoints.mapValues(\.count) }
  }
}
