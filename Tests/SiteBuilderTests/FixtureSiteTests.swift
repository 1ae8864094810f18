import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

/// A fixture site copied into a fresh temporary folder, with an old `site/` in place so a test can
/// prove a failed build leaves it untouched.
struct FixtureSite {
  let root: URL
  var content: URL { root.appendingPathComponent("content") }
  var output: URL { root.appendingPathComponent("site") }
  static let oldPage = "<p>the previous build</p>"

  init(_ name: String) throws {
    guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      throw FixtureError("the Fixtures resource folder is missing")
    }
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sitegen-fixture-\(name)-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: root)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    try Data(Self.oldPage.utf8).write(to: output.appendingPathComponent("index.html"))
    try Data(SiteWriter.markerText.utf8).write(to: output.appendingPathComponent(SiteWriter.marker))
  }

  var builder: SiteBuilder {
    SiteBuilder(options: BuildOptions(contentDirectory: content.path, outputDirectory: output.path))
  }

  /// The first line of each diagnostic, with the fixture's folder taken off the file name.
  func lines(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map {
      let first = DiagnosticFormatter.format($0, source: nil)
      return first.replacingOccurrences(of: root.path + "/", with: "")
    }
  }

  /// The expected diagnostic lines of the fixture: each must start an actual line.
  func expected() throws -> [String] {
    let text = try String(contentsOf: root.appendingPathComponent("expected.txt"), encoding: .utf8)
    return text.split(separator: "\n").map(String.init)
  }

  func file(_ path: String) throws -> String {
    try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
  }

  func remove() {
    try? FileManager.default.removeItem(at: root)
  }
}

struct FixtureError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

@Suite struct FixtureSiteTests {
  static let cases = [
    "basic", "bad-front-matter", "duplicate-slug", "broken-links", "unclosed-math",
    "unknown-directive", "not-utf8", "missing-site-yml", "executable", "extensions",
    "undefined-footnote",
  ]

  @Test(arguments: cases)
  func buildReportsExactlyTheExpectedDiagnostics(_ name: String) throws {
    let site = try FixtureSite(name)
    defer { site.remove() }
    let result = try site.builder.build()
    let actual = site.lines(result.diagnostics)
    let expected = try site.expected()
    #expect(actual.count == expected.count, "\(name): \(actual)")
    for (line, prefix) in zip(actual, expected) {
      #expect(line.hasPrefix(prefix), "\(name): «\(line)» should start with «\(prefix)»")
    }
  }

  @Test(arguments: cases)
  func aBuildWithErrorsLeavesTheOldSiteUntouched(_ name: String) throws {
    let site = try FixtureSite(name)
    defer { site.remove() }
    let result = try site.builder.build()
    let written = try site.file("index.html")
    if result.hasErrors {
      #expect(!result.wrote)
      #expect(written == FixtureSite.oldPage)
    } else {
      #expect(result.wrote)
      #expect(written != FixtureSite.oldPage)
    }
  }

  @Test func missingContentFolderIsAnEnvironmentErrorNamingThePath() throws {
    let builder = SiteBuilder(
      options: BuildOptions(
        contentDirectory: "/nonexistent/sitegen/content", outputDirectory: "/tmp/x"))
    #expect(throws: EnvironmentError("content folder not found: /nonexistent/sitegen/content")) {
      _ = try builder.build()
    }
  }

  @Test func buildingTwiceGivesTheSameBytes() throws {
    let site = try FixtureSite("basic")
    defer { site.remove() }
    let first = try site.builder.assemble().files
    let second = try site.builder.assemble().files
    #expect(first == second)
    #expect(
      first.keys.sorted() == [
        "404.html", "assets/copy.js", "assets/figure.js", "assets/search.js", "assets/style.css",
        "first/first.ipynb", "first/first.jl", "first/index.html", "index.html", "index.ipynb",
        "index.jl",
        "media/dot.svg", "search-index.js", "second/index.html", "second/second.ipynb",
        "second/second.jl",
      ])
  }

  @Test func checkPassesOnAFreshSiteAndNamesStaleFiles() throws {
    let site = try FixtureSite("basic")
    defer { site.remove() }
    _ = try site.builder.build()
    #expect(try site.builder.check().diagnostics.isEmpty)

    try Data("changed".utf8).write(to: site.output.appendingPathComponent("first/index.html"))
    try Data("extra".utf8).write(to: site.output.appendingPathComponent("stray.html"))
    let stale = try site.builder.check().diagnostics
    #expect(stale.count == 1)
    let notes = stale.first?.notes ?? []
    #expect(notes.contains("  first/index.html (differs)"))
    #expect(notes.contains("  stray.html (not built any more)"))
    #expect(stale.first?.message.contains("is stale") == true)
  }

  @Test func theOutputHasNoStagingFoldersLeftBehind() throws {
    let site = try FixtureSite("basic")
    defer { site.remove() }
    _ = try site.builder.build()
    _ = try site.builder.build()
    let names = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
    #expect(names.sorted() == ["content", "expected.txt", "site"])
  }

  @Test func aFolderSitegenDidNotWriteIsNeverReplacedWithoutForce() throws {
    let site = try FixtureSite("basic")
    defer { site.remove() }
    try FileManager.default.removeItem(at: site.output.appendingPathComponent(SiteWriter.marker))
    #expect(throws: EnvironmentError.self) { _ = try site.builder.build() }
    #expect(try site.file("index.html") == FixtureSite.oldPage)
    var forced = site.builder
    forced.options.force = true
    #expect(try forced.build().wrote)
  }

  @Test func theContentFolderAndTheRootAreNeverOutputs() throws {
    let site = try FixtureSite("basic")
    defer { site.remove() }
    for output in [site.content.path, "/", site.root.path] {
      var builder = site.builder
      builder.options.outputDirectory = output
      builder.options.force = true
      #expect(throws: EnvironmentError.self) { _ = try builder.build() }
    }
    #expect(
      FileManager.default.fileExists(atPath: site.content.appendingPathComponent("index.md").path))
  }

  @Test func leftoversOfAKilledBuildAreCleanedUpAndAMissingSiteRestored() throws {
    let site = try FixtureSite("basic")
    defer { site.remove() }
    // A killed fallback swap: the old site renamed away, the new one only staged.
    let retired = site.root.appendingPathComponent(".site.old-999999")
    let staged = site.root.appendingPathComponent(".site.new-999998")
    try FileManager.default.moveItem(at: site.output, to: retired)
    try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
    try Data(SiteWriter.markerText.utf8).write(to: staged.appendingPathComponent(SiteWriter.marker))
    #expect(try site.builder.build().wrote)
    let names = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
    #expect(names.sorted() == ["content", "expected.txt", "site"])
  }
}

@Suite struct SymbolicLinkTests {
  @Test func linksOutOfTheContentFolderAreErrorsAndNeverPublished() throws {
    let site = try FixtureSite("basic")
    defer { site.remove() }
    let outside = site.root.appendingPathComponent("secret.txt")
    try Data("password".utf8).write(to: outside)
    try FileManager.default.createSymbolicLink(
      at: site.content.appendingPathComponent("media/leak.txt"), withDestinationURL: outside)
    try FileManager.default.createSymbolicLink(
      at: site.content.appendingPathComponent("loop"), withDestinationURL: site.content)
    let result = try site.builder.assemble()
    let lines = site.lines(result.diagnostics)
    #expect(
      lines.contains {
        $0.hasPrefix("content/media/leak.txt: error: the file links to a place outside")
      })
    #expect(
      lines.contains { $0.hasPrefix("content/loop: warning: a link to a folder is not followed") })
    #expect(result.files["media/leak.txt"] == nil)
    #expect(!result.files.values.contains(Array("password".utf8)))
  }
}

@Suite struct ThemeOverrideTests {
  @Test func aThemeFileReplacesTheBuiltInOneAndMayStillIterateTheSidebar() throws {
    let site = try FixtureSite("basic")
    defer { site.remove() }
    let theme = site.root.appendingPathComponent("theme")
    try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
    try Data(
      "<html><body>{{#nav}}[{{title}}{{#current}}*{{/current}}]{{/nav}}{{{body}}}</body></html>"
        .utf8
    ).write(to: theme.appendingPathComponent("page.mustache"))
    let files = try site.builder.assemble().files
    let first = String(decoding: try #require(files["first/index.html"]), as: UTF8.self)
    #expect(first.hasPrefix("<html><body>[Home][First*][Second]"))
    #expect(files["assets/style.css"] != nil)
  }

  @Test func aThemesSidebarEntryTemplateIsUsedForEveryEntry() throws {
    let site = try FixtureSite("basic")
    defer { site.remove() }
    let theme = site.root.appendingPathComponent("theme")
    try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
    try Data("<li data-x=\"{{href}}\">{{title}}{{#current}} (here){{/current}}</li>\n".utf8)
      .write(to: theme.appendingPathComponent("nav-item.mustache"))
    let files = try site.builder.assemble().files
    let second = String(decoding: try #require(files["second/index.html"]), as: UTF8.self)
    #expect(second.contains("<li data-x=\"../second/index.html\">Second (here)</li>"))
    #expect(second.contains("<li data-x=\"../index.html\">Home</li>"))
  }
}
