import Foundation
import Testing

@Suite struct InterruptedBuildTests {
  /// A site of many pages whose every page names the site's title, so a page of the old build
  /// and one of the new build can be told apart.
  static func project(pages: Int) throws -> TemporaryProject {
    var files = [
      "content/site.yml": "title: Version one\n",
      "content/index.md": "---\ntitle: Home\n---\n\nHome.\n",
    ]
    for number in 1...pages {
      files["content/\(String(format: "%03d", number))-page-\(number).md"] =
        "---\ntitle: Page \(number)\n---\n\n## Section\n\nText with $x^\(number)$ and more text.\n"
    }
    return try TemporaryProject(files)
  }

  /// The titles the built pages carry, and how many pages there are.
  static func versions(in site: URL) throws -> (titles: Set<String>, pages: Int) {
    var titles = Set<String>()
    var pages = 0
    let enumerator = FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
      guard url.lastPathComponent == "index.html" else { continue }
      pages += 1
      let html = try String(contentsOf: url, encoding: .utf8)
      for title in ["Version one", "Version two"] where html.contains(title) {
        titles.insert(title)
      }
    }
    return (titles, pages)
  }

  @Test func aBuildKilledAtAnyMomentLeavesEitherTheOldSiteOrTheNewOne() throws {
    let pages = 150
    let project = try Self.project(pages: pages)
    defer { project.remove() }
    #expect(try SitegenProcess.run(["build"], in: project.root).status == 0)
    try Data("title: Version two\n".utf8).write(
      to: project.root.appendingPathComponent("content/site.yml"))

    let site = project.root.appendingPathComponent("site")
    // Delays spread over a build's whole run, from before the first write to after the swap.
    for delay in [0.0, 0.02, 0.05, 0.08, 0.12, 0.16, 0.2, 0.3, 0.45, 0.7] {
      let process = Process()
      process.executableURL = try SitegenProcess.executable()
      process.arguments = ["build"]
      process.currentDirectoryURL = project.root
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      Thread.sleep(forTimeInterval: delay)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()

      let (titles, count) = try Self.versions(in: site)
      #expect(titles.count == 1, "after \(delay) s the site mixes builds: \(titles)")
      #expect(count == pages + 1, "after \(delay) s the site has \(count) pages")
    }
    // Whatever the kills left, the next build finishes, cleans up and is checked fresh.
    #expect(try SitegenProcess.run(["build"], in: project.root).status == 0)
    #expect(try SitegenProcess.run(["check"], in: project.root).status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: project.root.path)
    #expect(names.filter { $0.hasPrefix(".site.") }.isEmpty, "\(names)")
  }
}
