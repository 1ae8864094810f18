import Foundation
import PreviewServer
import Testing

/// Edit-to-reload latency: from writing a page's file to the reload event reaching an open page,
/// with the preview's default polling interval. The test requires every edit to reach the page
/// and prints the latencies; it asserts no time (`Scripts/preview_latency.py` measures them). Each edit changes one cell at the end of the
/// first chapter, at a random moment of the polling cycle, as an author's saves come.
///
/// By default the small temporary site is used; `SITEGEN_PREVIEW_CONTENT=<folder>` measures a
/// copy of a real content folder instead, editing its first chapter (`01-*.md`).
@Suite struct LatencyTests {
  @Test func anEditReachesOpenPagesWithinAFewPollingIntervals() async throws {
    let source = ProcessInfo.processInfo.environment["SITEGEN_PREVIEW_CONTENT"].flatMap {
      $0.isEmpty ? nil : $0
    }
    let copyContent: (TemporarySite) throws -> Void = { site in
      guard let source else { return }
      try FileManager.default.removeItem(at: site.content)
      try FileManager.default.copyItem(at: URL(fileURLWithPath: source), to: site.content)
    }
    let interval = PreviewOptions().pollInterval
    try await withPreview(pollInterval: interval, prepare: copyContent) { preview in
      let chapterName = try #require(
        try FileManager.default.contentsOfDirectory(atPath: preview.site.content.path)
          .filter { $0.hasPrefix("01-") && $0.hasSuffix(".md") }.sorted().first)
      let chapterURL = preview.site.content.appendingPathComponent(chapterName)
      let original = try String(contentsOf: chapterURL, encoding: .utf8)
      let events = EventStreamReader(url: preview.url.appendingPathComponent("__sitegen/events"))
      defer { events.close() }
      _ = try await events.next("hello")

      var samples: [Duration] = []
      for edit in 1...9 {
        try await Task.sleep(for: interval * Double.random(in: 0..<1))
        let written = ContinuousClock.now
        try preview.site.write(
          chapterName, original + "\n```{julia}\nx = \(edit)\nx^2 + 1\n```\n")
        // A real chapter runs its cells again on every edit: allow for them.
        let reload = try await events.next(
          "reload", within: source == nil ? .seconds(60) : .seconds(600))
        samples.append(written.duration(to: reload.receivedAt))
      }
      #expect(try await eventually { preview.log.builds.count == 10 })
      if source == nil {
        let allServed = preview.log.builds.allSatisfy { $0.served }
        #expect(allServed, "every edit built without errors")
      }
      // The latency less each build's own report (from noticing the edit to serving it, settling
      // included): the wait for the next look at the sources and the event's way to the page.
      let rebuilds = preview.log.builds.dropFirst().map { Duration.seconds($0.seconds) }
      let overheads = zip(samples, rebuilds).map { $0 - $1 }.sorted()
      samples.sort()
      let median = samples[samples.count / 2]
      print(
        "edit-to-reload latency (\(source ?? "temporary site"), \(chapterName), polling every "
          + "\(interval)): median \(Self.milliseconds(median)) ms, samples "
          + "\(samples.map(Self.milliseconds)) ms; less the build "
          + "(noticed to served): median \(Self.milliseconds(overheads[overheads.count / 2])) ms, samples "
          + "\(overheads.map(Self.milliseconds)) ms")
    }
  }

  private static func milliseconds(_ duration: Duration) -> Int {
    Int((duration / .milliseconds(1)).rounded())
  }
}
