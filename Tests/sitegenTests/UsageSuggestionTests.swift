import Foundation
import Testing

/// A mistyped command or option is a usage error (exit status 2) that names the closest real
/// name, taken from the command-line definitions.
@Suite struct UsageSuggestionTests {
  /// Runs sitegen with `arguments` in an empty folder: these command lines fail before any
  /// content is read.
  func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
    let project = try TemporaryProject([:])
    try FileManager.default.createDirectory(at: project.root, withIntermediateDirectories: true)
    defer { project.remove() }
    return try SitegenProcess.run(arguments, in: project.root)
  }

  @Test func aMistypedCommandIsNamedWithTheCommandItMeant() throws {
    let run = try run(["biuld"])
    #expect(run.status == 2)
    #expect(
      run.errors == "error: unknown command 'biuld'; did you mean 'build'?\n(see sitegen --help)\n")
  }

  @Test(arguments: [
    (["check", "--fixx"], "--fixx", "--fix"),
    (["build", "--no-cach"], "--no-cach", "--no-cache"),
    (["--no-cach"], "--no-cach", "--no-cache"),
    (["build", "--content", "content", "--timigns"], "--timigns", "--timings"),
    (["serve", "--prot", "8080"], "--prot", "--port"),
    (["run", "page.md", "--jsno"], "--jsno", "--json"),
    (["render", "--fragmnet=1", "page.md"], "--fragmnet", "--fragment"),
    (["import", "fit.ipynb", "--ouptut", "fit.md"], "--ouptut", "--output"),
  ])
  func aMistypedOptionIsNamedWithTheOptionItMeant(
    _ arguments: [String], _ typed: String, _ meant: String
  ) throws {
    let run = try run(arguments)
    #expect(run.status == 2)
    #expect(run.errors.hasPrefix("error: unknown option '\(typed)'; did you mean '\(meant)'?\n"))
  }

  @Test func anOptionOfAnotherCommandIsUnknownForThisOne() throws {
    let run = try run(["serve", "--fix"])
    #expect(run.status == 2)
    #expect(
      run.errors
        == "error: unknown option '--fix' for 'sitegen serve'\n(see sitegen serve --help)\n")
  }

  @Test func aCommandFarFromEveryNameListsTheCommands() throws {
    let run = try run(["frobnicate"])
    #expect(run.status == 2)
    #expect(
      run.errors.hasPrefix(
        "error: unknown command 'frobnicate'; the commands are build, check, run, render, serve, "
          + "init, import\n"))
  }

  @Test func aKnownOptionWithAValueIsNotMistakenForATypo() throws {
    let run = try run(["build", "--content=nowhere"])
    #expect(run.status == 2)
    #expect(run.errors.contains("content folder not found: nowhere"), "\(run.errors)")
  }
}
