import Dispatch
import Foundation
import SiteBuilder
import SiteModel

extension PreviewServer {
  /// Looks at the sources every `pollInterval` and rebuilds when they changed, until cancelled.
  func watch(from snapshot: SourceSnapshot) async {
    var seen = snapshot
    var lastKeepAlive = ContinuousClock.now
    while !Task.isCancelled {
      try? await Task.sleep(for: options.pollInterval)
      if Task.isCancelled { return }
      if lastKeepAlive.duration(to: .now) > .seconds(15) {
        await events.keepAlive()
        lastKeepAlive = .now
      }
      var current = pipeline.lookAtSources()
      guard current != seen else { continue }
      let started = ContinuousClock.now
      // A save may still be under way (an editor truncates, then writes): build once two looks
      // a few milliseconds apart agree, or after 50 ms of changes.
      for _ in 0..<10 {
        try? await Task.sleep(for: .milliseconds(5))
        let again = pipeline.lookAtSources()
        if again == current { break }
        current = again
      }
      seen = current
      switch await build() {
      case .success(let result):
        await publish(result, snapshot: current, started: started, initial: false)
      case .failure(let error):
        // The content cannot be read just now (a folder renamed away): a problem like any other.
        var result = BuildResult()
        result.diagnostics = [.error(error.description, file: pipeline.contentName)]
        await publish(result, snapshot: current, started: started, initial: false)
      }
    }
  }

  /// Runs the pipeline on a thread of its own, so that a long build (cells running) never holds
  /// up the tasks answering requests.
  func build() async -> Result<BuildResult, EnvironmentError> {
    let assemble = pipeline.assemble
    return await withCheckedContinuation { continuation in
      DispatchQueue.global(qos: .userInitiated).async {
        continuation.resume(
          returning: Result { () throws(EnvironmentError) in try assemble() })
      }
    }
  }

  /// Serves the result of a build: its files when it has no error, else the last good files
  /// (or, before any good build, its own) under an overlay listing its problems; tells open pages
  /// what changed.
  func publish(
    _ result: BuildResult, snapshot: SourceSnapshot, started: ContinuousClock.Instant,
    initial: Bool
  ) async {
    var injection = LiveReload.script
    let files: [String: [UInt8]]
    if !result.hasErrors {
      lastGood = result.files
      files = result.files
    } else {
      files = lastGood ?? result.files
      injection += LiveReload.overlay(
        result.diagnostics, sources: result.sources, showingLastGood: lastGood != nil)
    }
    let changed = await store.publish(
      files, injection: Array(injection.utf8), hidden: snapshot.linkedFromOutside,
      now: Int(Date().timeIntervalSince1970))
    if !changed.isEmpty {
      // After the first build too: a page that asked while it ran reloads now.
      await events.reload(changed)
    }
    let elapsed = started.duration(to: .now)
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    report(
      .built(
        BuildReport(
          result: result, served: !result.hasErrors, initial: initial, changedPaths: changed,
          seconds: seconds)))
  }
}
