import Foundation
import Testing

/// `build --timings` tells a time measured now from one an earlier build cached.
@Suite struct CachedTimingsTests {
  static let site = [
    "content/site.yml": "title: Timed\n",
    "content/index.md": "---\ntitle: Home\n---\n\nHome.\n",
    "content/01-cells.md": "---\ntitle: Cells\n---\n\n```{julia}\nx = 40 + 2\n```\n",
  ]

  /// The lines of the slowest-cells report that name the page with the cell.
  static func cellLines(_ output: String) -> [String] {
    output.split(separator: "\n").map(String.init).filter { $0.contains("content/01-cells.md:") }
  }

  @Test func aCachedBuildMarksItsPageCachedAndItsCellTimesFromCache() throws {
    let project = try TemporaryProject(Self.site)
    defer { project.remove() }

    let first = try SitegenProcess.run(["build", "--timings"], in: project.root)
    #expect(first.status == 0, "\(first.errors)")
    #expect(first.output.contains("slowest cells:\n"))
    #expect(Self.cellLines(first.output).count == 1)
    #expect(!first.output.contains("cache"), "\(first.output)")

    let second = try SitegenProcess.run(["build", "--timings"], in: project.root)
    #expect(second.status == 0, "\(second.errors)")
    let page = second.output.split(separator: "\n").filter { $0.contains("cells/index.html") }
    #expect(page.count == 1 && page[0].hasSuffix(" ms  cached"), "\(second.output)")
    let home = second.output.split(separator: "\n").filter { $0.contains(" index.html") }
    #expect(home.count == 1 && home[0].hasSuffix(" ms"), "\(second.output)")
    let cells = Self.cellLines(second.output)
    #expect(cells.count == 1 && cells[0].hasSuffix("content/01-cells.md:5  from cache"))
    #expect(second.output.contains("slowest cells (\"from cache\""))

    let fresh = try SitegenProcess.run(["build", "--timings", "--no-cache"], in: project.root)
    #expect(fresh.status == 0, "\(fresh.errors)")
    #expect(!fresh.output.contains("cache"), "\(fresh.output)")
  }
}
