import Foundation
import Testing

/// Runs the built `sitegen` executable as a user would, and checks its exit status and output.
struct SitegenProcess {
  /// The `sitegen` binary built beside this test bundle.
  static func executable() throws -> URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("sitegen")
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        return candidate
      }
      directory = directory.deletingLastPathComponent()
    }
    throw CocoaError(.fileNoSuchFile)
  }

  /// Runs sitegen with `arguments` in `directory`.
  static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:])
    throws -> (status: Int32, output: String, errors: String)
  {
    let process = Process()
    process.executableURL = try executable()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["GITHUB_ACTIONS"] = nil
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: outData, as: UTF8.self),
      String(decoding: errData, as: UTF8.self)
    )
  }
}

/// A throwaway project folder with a content/ tree written from a dictionary.
struct TemporaryProject {
  let root: URL

  init(_ files: [String: String]) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sitegen-cli-\(UUID().uuidString)")
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct CommandLineTests {
  static let goodSite = [
    "content/site.yml": "title: CLI site\n",
    "content/index.md": "---\ntitle: Home\n---\n\nSee [one](01-one.md).\n",
    "content/01-one.md": "---\ntitle: One\n---\n\n## A heading\n\nText with $x^2$.\n",
  ]

  @Test func buildWritesTheSiteAndExitsZero() throws {
    let project = try TemporaryProject(Self.goodSite)
    defer { project.remove() }
    let run = try SitegenProcess.run([], in: project.root)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      FileManager.default.fileExists(
        atPath: project.root.appendingPathComponent("site/one/index.html").path))
    #expect(run.output.contains("one/index.html"))
    #expect(run.output.contains("2 page(s), 0 error(s)"))
  }

  @Test func checkPassesAfterABuildAndFailsWhenTheSiteIsStale() throws {
    let project = try TemporaryProject(Self.goodSite)
    defer { project.remove() }
    #expect(try SitegenProcess.run(["build"], in: project.root).status == 0)
    #expect(try SitegenProcess.run(["check"], in: project.root).status == 0)
    try Data("---\ntitle: One, edited\n---\n".utf8).write(
      to: project.root.appendingPathComponent("content/01-one.md"))
    let stale = try SitegenProcess.run(["check"], in: project.root)
    #expect(stale.status == 1)
    #expect(stale.errors.contains("site/ is stale"))
    #expect(stale.errors.contains("one/index.html (differs)"))
  }

  @Test func aMissingContentFolderExitsTwoAndNamesThePath() throws {
    let project = try TemporaryProject(["README": "empty"])
    defer { project.remove() }
    let run = try SitegenProcess.run(["build", "--content", "nowhere"], in: project.root)
    #expect(run.status == 2)
    #expect(run.errors.contains("content folder not found: nowhere"))
  }

  @Test func contentProblemsExitOneWithEveryProblemAtItsLine() throws {
    var files = Self.goodSite
    files["content/02-two.md"] = "---\ntitle: Two\n---\n\n[gone](09-gone.md)\n"
    files["content/03-three.md"] = "---\ndescription: untitled\n---\n"
    let project = try TemporaryProject(files)
    defer { project.remove() }
    let run = try SitegenProcess.run([], in: project.root)
    #expect(run.status == 1)
    #expect(run.errors.contains("content/02-two.md:5:"))
    #expect(run.errors.contains("broken link '09-gone.md'"))
    #expect(run.errors.contains("content/03-three.md:1:1: error: the page has no title"))
    #expect(
      !FileManager.default.fileExists(atPath: project.root.appendingPathComponent("site").path))
  }

  @Test func githubAnnotationsAreAddedInGitHubActions() throws {
    var files = Self.goodSite
    files["content/02-two.md"] = "---\ntitle: Two\n---\n\n[gone](09-gone.md)\n"
    let project = try TemporaryProject(files)
    defer { project.remove() }
    let run = try SitegenProcess.run([], in: project.root, environment: ["GITHUB_ACTIONS": "true"])
    #expect(run.output.contains("::error file=content/02-two.md,line=5"))
  }

  @Test func renderPrintsOnePageAsAFragment() throws {
    let project = try TemporaryProject(["page.md": "---\ntitle: T\n---\n\n# Hello *world*\n"])
    defer { project.remove() }
    let run = try SitegenProcess.run(["render", "page.md", "--fragment"], in: project.root)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output == "<h1 id=\"hello-world\">Hello <em>world</em></h1>\n")
  }

  @Test func unknownOptionsAreUsageErrors() throws {
    let project = try TemporaryProject(Self.goodSite)
    defer { project.remove() }
    let run = try SitegenProcess.run(["build", "--colour"], in: project.root)
    #expect(run.status == 2)
    #expect(run.errors.contains("--colour"))
  }
}
