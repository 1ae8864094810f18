import Foundation
import SiteBuilder
import Testing

@testable import PreviewServer

/// An edit to one cell re-runs that cell and those after it, not the page, and renders that
/// page alone: on a small site always; with `SITEGEN_SLOW_CHECKS=1` also on a copy of the site's
/// own content, measuring the edit-to-reload latency of the last cell of the first chapter with
/// the page re-run whole (as a page-level cache does) and from the changed cell (the preview's
/// checkpoints).
@Suite struct CellRerunTests {
  /// The site's own content folder.
  static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content")

  /// Whether the real chapter is measured (a first build of the whole site, twice).
  static let slowChecks = ProcessInfo.processInfo.environment["SITEGEN_SLOW_CHECKS"] == "1"

  /// A first chapter of a few cells, each depending on the one before.
  static let smallChapter = """
    ---
    title: First steps
    ---

    # Gradients

    ```{julia}
    x = [1.0, 2.0, 3.0]
    ```

    Some prose between the cells.

    ```{julia}
    y = sum(x .^ 2)
    ```

    ```{julia}
    z = y + 1
    ```

    ```{julia}
    z * 2
    ```

    """

  /// `chapter` with a line `edited = <edit>` at the top of its last `{julia}` cell's code.
  static func editingLastCell(_ chapter: String, edit: Int) throws -> String {
    var lines = chapter.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var line = try #require(lines.lastIndex { $0.hasPrefix("```{julia}") }) + 1
    while lines[line].hasPrefix("#|") { line += 1 }
    lines.insert("edited = \(edit)", at: line)
    return lines.joined(separator: "\n")
  }

  /// Edits the last cell of the first chapter `edits` times, each at a random moment of the
  /// polling cycle; after each reload, `check` is told the chapter's site-relative name.
  /// - Parameters:
  ///   - real: edit a copy of the site's own content (with the preview's own polling interval),
  ///     rather than a small site with `smallChapter`.
  /// - Returns: the latencies from each write to its reload event, and the part of each that
  /// the build took (from noticing the edit to serving it, as the server reports it), sorted.
  static func measure(
    real: Bool, edits: Int, pipeline: @escaping (SiteBuilder) -> PreviewPipeline,
    check: @escaping (String) -> Void = { _ in }
  ) async throws -> (latencies: [Duration], builds: [Duration]) {
    let interval = real ? PreviewOptions().pollInterval : .milliseconds(20)
    var samples: [Duration] = []
    var builds: [Duration] = []
    let copyContent: (TemporarySite) throws -> Void = { site in
      guard real else { return try site.write("01-first.md", Self.smallChapter) }
      try FileManager.default.removeItem(at: site.content)
      try FileManager.default.copyItem(at: Self.content, to: site.content)
    }
    try await withPreview(pollInterval: interval, prepare: copyContent, pipeline: pipeline) {
      preview in
      let chapterName = try #require(
        try FileManager.default.contentsOfDirectory(atPath: preview.site.content.path)
          .filter { $0.hasPrefix("01-") && $0.hasSuffix(".md") }.sorted().first)
      let original = try String(
        contentsOf: preview.site.content.appendingPathComponent(chapterName), encoding: .utf8)
      let events = EventStreamReader(url: preview.url.appendingPathComponent("__sitegen/events"))
      defer { events.close() }
      _ = try await events.next("hello")
      #expect(try await eventually(within: .seconds(600)) { preview.log.builds.count == 1 })
      #expect(preview.log.builds.first?.served == true)
      for edit in 1...edits {
        try await Task.sleep(for: interval * Double.random(in: 0..<1))
        let written = ContinuousClock.now
        try preview.site.write(chapterName, try editingLastCell(original, edit: edit))
        let reload = try await events.next("reload", within: .seconds(600))
        samples.append(written.duration(to: reload.receivedAt))
        #expect(try await eventually { preview.log.builds.count == edit + 1 })
        check(chapterName)
      }
      #expect(preview.log.builds.allSatisfy { $0.served }, "every edit built without errors")
      builds = preview.log.builds.dropFirst().map { .seconds($0.seconds) }
    }
    return (samples.sorted(), builds.sorted())
  }

  /// The checked pipeline: the preview's own, remembering each page's checkpoints in `memory`;
  /// after each edit, the edited chapter alone ran one directive and was rendered.
  static func fromCell(real: Bool, edits: Int) async throws -> (
    latencies: [Duration], builds: [Duration]
  ) {
    let memory = BuildMemory()
    return try await measure(
      real: real, edits: edits,
      pipeline: { builder in
        var builder = builder
        builder.options.memory = memory
        return PreviewPipeline(builder)
      },
      check: { chapterName in
        let file = memory.checkpointCounts.keys.first { $0.hasSuffix("/" + chapterName) }
        #expect(file.flatMap { memory.directivesRun(in: $0) } == 1)
        #expect(memory.renderedInLastBuild == Set(file.map { [$0] } ?? []))
      })
  }

  @Test func anEditToTheLastCellRunsThatCellAlone() async throws {
    _ = try await Self.fromCell(real: false, edits: 2)
  }

  @Test(.enabled(if: slowChecks))
  func anEditToTheLastCellOfARealChapterReloadsSoonerThanARunOfTheWholePage() async throws {
    // Before: every edit runs the page from its first cell.
    let wholePage = try await Self.measure(real: true, edits: 3) { builder in
      PreviewPipeline(
        contentName: builder.options.contentDirectory,
        assemble: { () throws(EnvironmentError) in try builder.assemble() },
        lookAtSources: { builder.sourceSnapshot() })
    }
    // After: the page resumes from its checkpoints at the edited cell.
    let fromCell = try await Self.fromCell(real: true, edits: 5)
    let median = { (samples: [Duration]) in Self.milliseconds(samples[samples.count / 2]) }
    print(
      "edit-to-reload latency, last cell of the first chapter (a copy of content/): "
        + "whole page re-run: median \(median(wholePage.latencies)) ms, samples "
        + "\(wholePage.latencies.map(Self.milliseconds)) ms (builds: median "
        + "\(median(wholePage.builds)) ms); from the changed cell: median "
        + "\(median(fromCell.latencies)) ms, samples \(fromCell.latencies.map(Self.milliseconds)) ms "
        + "(builds: median \(median(fromCell.builds)) ms)")
    #expect(median(fromCell.latencies) < median(wholePage.latencies))
  }

  private static func milliseconds(_ duration: Duration) -> Int {
    Int((duration / .milliseconds(1)).rounded())
  }
}
