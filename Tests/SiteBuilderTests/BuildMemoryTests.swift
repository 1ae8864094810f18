import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

/// Builds that remember the last one (the preview's) give the files and problems of a build
/// from scratch, while running only the cells that changed and rendering only the pages that
/// changed.
@Suite struct BuildMemoryTests {
  static let first = """
    ---
    title: First
    ---
    # First

    ```{julia}
    xs = [1.0, 2.0, 3.0]
    ```

    See [the results](02-second.md#results).

    ```{julia}
    sum(xs)
    ```
    """

  static let second = """
    ---
    title: Second
    ---
    # Second

    ```{julia}
    using Random
    Random.seed!(3)
    w = randn(3)
    ```

    ## Results

    ```{train}
    name: fit
    target: abs
    model: polynomial
    order: 3
    seed: 3
    eta: 1e-5
    optimizer: descent
    epochs: 20
    points: -2:0.5:2
    loss: l2
    ```

    ```{julia}
    fit.w
    ```

    ```{julia}
    w .* 2
    ```
    """

  /// Builds `site` with `memory` and from scratch; expects the same files and problems.
  static func expectSameBuild(
    _ site: ScratchSite, memory: BuildMemory, _ note: Comment
  ) throws {
    var remembering = site.builder
    remembering.options.memory = memory
    let built = try remembering.assemble()
    let fresh = try site.assemble()
    #expect(built.files.count > 3)
    #expect(built.files == fresh.files, note)
    #expect(built.diagnostics == fresh.diagnostics, note)
    #expect(built.fixes == fresh.fixes, note)
  }

  /// The file name a page is known by in the memory: the path it was read from.
  static func file(_ name: String, in site: ScratchSite) -> String {
    site.content.appendingPathComponent(name).path
  }

  @Test func eachEditRunsAndRendersOnlyWhatChanged() throws {
    let site = try ScratchSite(pages: [
      "index.md": "---\ntitle: Home\n---\n[First](01-first.md)\n", "01-first.md": Self.first,
      "02-second.md": Self.second,
    ])
    defer { site.remove() }
    let memory = BuildMemory()
    let (first, second) = (Self.file("01-first.md", in: site), Self.file("02-second.md", in: site))
    try Self.expectSameBuild(site, memory: memory, "the first build")
    #expect(try site.assemble().diagnostics.isEmpty)
    #expect(memory.renderedInLastBuild.count == 3)
    #expect(memory.directivesRun(in: second) == 4)

    // The last cell of a page: that cell alone runs, that page alone is rendered.
    var text = Self.second.replacingOccurrences(of: "w .* 2", with: "w .* 3")
    try site.write("02-second.md", text)
    try Self.expectSameBuild(site, memory: memory, "an edit of the last cell")
    #expect(memory.renderedInLastBuild == [second])
    #expect(memory.directivesRun(in: second) == 1)

    // A cell before a training run: from that cell on.
    text = text.replacingOccurrences(of: "seed!(3)", with: "seed!(4)")
    try site.write("02-second.md", text)
    try Self.expectSameBuild(site, memory: memory, "an edit of the first cell")
    #expect(memory.directivesRun(in: second) == 4)

    // A heading another page links to: the link's problem is found, the other page not
    // rendered again.
    text = text.replacingOccurrences(of: "## Results", with: "## Fits")
    try site.write("02-second.md", text)
    try Self.expectSameBuild(site, memory: memory, "a renamed heading")
    #expect(try site.assemble().diagnostics.contains { $0.message.contains("missing anchor") })
    #expect(memory.renderedInLastBuild == [second])
    #expect(memory.directivesRun(in: second) == 0)

    // A broken cell, then its fix.
    try site.write("01-first.md", Self.first.replacingOccurrences(of: "sum(xs)", with: "sum(ys)"))
    try Self.expectSameBuild(site, memory: memory, "a broken cell")
    #expect(memory.renderedInLastBuild == [first])
    #expect(memory.directivesRun(in: first) == 1)
    try site.write("01-first.md", Self.first)
    try Self.expectSameBuild(site, memory: memory, "the fixed cell")

    // A new page changes where links may lead: every body is rendered, no cell runs again.
    try site.write("03-third.md", "---\ntitle: Third\n---\n```{julia}\n1 + 1\n```\n")
    try Self.expectSameBuild(site, memory: memory, "a new page")
    #expect(memory.renderedInLastBuild.count == 4)
    #expect(memory.directivesRun(in: first) == 0)
    #expect(memory.directivesRun(in: second) == 0)

    // A page removed is forgotten.
    try FileManager.default.removeItem(at: site.content.appendingPathComponent("03-third.md"))
    try Self.expectSameBuild(site, memory: memory, "a removed page")
    #expect(memory.directivesRun(in: Self.file("03-third.md", in: site)) == nil)
  }
}
