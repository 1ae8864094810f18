import Foundation
import SiteBuilder
import Testing

@Suite struct SourceSnapshotTests {
  private func builder(_ site: TemporarySite) -> SiteBuilder {
    SiteBuilder(options: BuildOptions(contentDirectory: site.content.path))
  }

  @Test func anEditAnAdditionOrARemovalChangesTheSnapshot() throws {
    let site = try TemporarySite()
    defer { site.remove() }
    let builder = builder(site)
    let start = builder.sourceSnapshot()
    #expect(builder.sourceSnapshot() == start)
    #expect(start.files.keys.contains { $0.hasSuffix("content/01-first.md") })
    #expect(start.files.keys.contains { $0.hasSuffix("content/figures/dot.svg") })

    try site.write("01-first.md", TemporarySite.chapter + "More.\n")
    let edited = builder.sourceSnapshot()
    #expect(edited != start)

    try site.write("02-second.md", "---\ntitle: Second\n---\n")
    let added = builder.sourceSnapshot()
    #expect(added != edited)

    try FileManager.default.removeItem(at: site.content.appendingPathComponent("02-second.md"))
    #expect(builder.sourceSnapshot() == edited)
  }

  @Test func theThemeFolderIsWatchedAndHiddenFilesAreNot() throws {
    let site = try TemporarySite()
    defer { site.remove() }
    let builder = builder(site)
    let start = builder.sourceSnapshot()
    try site.write(".01-first.md.swp", "editor state")
    #expect(builder.sourceSnapshot() == start)

    let theme = site.root.appendingPathComponent("theme/assets")
    try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
    try Data("body{}".utf8).write(to: theme.appendingPathComponent("style.css"))
    #expect(builder.sourceSnapshot() != start)
  }

  @Test func linksOutOfTheContentFolderAreNamedByTheirSitePath() throws {
    let site = try TemporarySite()
    defer { site.remove() }
    let outside = site.root.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try Data("---\ntitle: Out\n---\n".utf8).write(to: outside.appendingPathComponent("page.md"))
    let fileManager = FileManager.default
    try fileManager.createSymbolicLink(
      at: site.content.appendingPathComponent("02-outside.md"),
      withDestinationURL: outside.appendingPathComponent("page.md"))
    try fileManager.createSymbolicLink(
      at: site.content.appendingPathComponent("figures/more"), withDestinationURL: outside)
    try fileManager.createSymbolicLink(
      at: site.content.appendingPathComponent("same.txt"),
      withDestinationURL: site.content.appendingPathComponent("notes.txt"))

    let snapshot = builder(site).sourceSnapshot()
    #expect(snapshot.linkedFromOutside == ["outside/index.html", "figures/more/"])
  }
}
