import SiteModel

/// What a run of a page leaves for the next run of the same page, so that an edit re-runs the
/// page from the first directive that changed: after each directive, a snapshot of the session
/// and everything the page had produced up to it.
///
/// Kept in memory by the preview only; `build` and `check` run every page from its start.
/// Holds sessions, which are not `Sendable`: it is handed from one run to the next, never used
/// by two runs at once.
package final class PageCheckpoints: @unchecked Sendable {
  /// The state of a page's run just after one directive.
  struct Checkpoint {
    /// The directive, compared whole (kind, options, body, and its lines and columns relative
    /// to its first line) with the directive at the same index in the next run: the checkpoint
    /// holds while it and every directive before it are the same, wherever prose moved them.
    let directive: Directive
    /// A snapshot of the session after the directive, never run in itself.
    let session: LanguageSession
    let counter: Int
    /// What the directive produced (its cell, diagnostics, timing, rewrites).
    let produced: ExecutedPage
  }

  let file: String
  let textFigures: Bool
  /// The files the run let cells `include`: other files make the checkpoints stale.
  let includes: [String: String]
  let checkpoints: [Checkpoint]
  /// The directives the run that left these checkpoints ran itself (it took the others' results
  /// from the checkpoints it resumed from).
  package let directivesRun: Int
  /// How many directives the page has.
  package let directiveCount: Int

  init(
    file: String, textFigures: Bool, includes: [String: String], checkpoints: [Checkpoint],
    directivesRun: Int, directiveCount: Int
  ) {
    self.file = file
    self.textFigures = textFigures
    self.includes = includes
    self.checkpoints = checkpoints
    self.directivesRun = directivesRun
    self.directiveCount = directiveCount
  }

  /// How many directives have a checkpoint.
  package var count: Int { checkpoints.count }
}

extension PageExecutor {
  /// Runs the directives of `document` that changed since the run that left `previous`, and
  /// every directive after them: the directives before the first change are not run again,
  /// their results and the session after them come from `previous`.
  ///
  /// The page is the one `execute(_:file:textFigures:)` gives (but for timings, which are those
  /// of the run that ran each directive).
  /// - Returns: the page, and the checkpoints for the next run.
  package static func execute(
    _ document: Document, file: String, textFigures: Bool = false,
    includes: [String: String] = [:], resumingFrom previous: PageCheckpoints?,
    directives registry: DirectiveRegistry = PageExecutor.registry
  ) -> (page: ExecutedPage, checkpoints: PageCheckpoints) {
    let directives = runnableDirectives(of: document, directives: registry)

    // Phase 1: the checkpoints that still hold (moved to where their directives now stand),
    // and a copy of the last one's session.
    var kept: [PageCheckpoints.Checkpoint] = []
    if let previous, previous.file == file, previous.textFigures == textFigures,
      previous.includes == includes
    {
      for (directive, checkpoint) in zip(directives, previous.checkpoints) {
        let lines = directive.range.start.line - checkpoint.directive.range.start.line
        guard directive == checkpoint.directive.movedDown(lines) else { break }
        kept.append(
          PageCheckpoints.Checkpoint(
            directive: directive, session: checkpoint.session, counter: checkpoint.counter,
            produced: checkpoint.produced.movedDown(lines)))
      }
    }
    var run = PageRun(file: file, textFigures: textFigures, includes: includes)
    run.directives = registry
    if let last = kept.last, kept.count < directives.count {
      if let session = last.session.snapshot() {
        // The snapshot carries the session's `include`.
        run = PageRun(file: file, textFigures: textFigures, session: session)
        run.directives = registry
        run.counter = last.counter
      } else {
        kept = []
      }
    }
    for checkpoint in kept { run.page.append(checkpoint.produced) }

    // Phase 2: the rest of the directives, each followed by a checkpoint (until a session
    // cannot be copied: later checkpoints would need it).
    var checkpoints = kept
    var keeping = true
    for directive in directives[kept.count...] {
      let before = (run.page.diagnostics.count, run.page.timings.count, run.page.fixes.count)
      run.run(directive)
      guard keeping else { continue }
      if let snapshot = run.session.snapshot() {
        checkpoints.append(
          PageCheckpoints.Checkpoint(
            directive: directive, session: snapshot, counter: run.counter,
            produced: run.page.produced(by: directive, since: before)))
      } else {
        keeping = false
      }
    }
    return (
      run.page.blockingFixesAfterFailures(),
      PageCheckpoints(
        file: file, textFigures: textFigures, includes: includes, checkpoints: checkpoints,
        directivesRun: directives.count - kept.count, directiveCount: directives.count)
    )
  }
}
