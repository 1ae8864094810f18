import ArgumentParser
import Foundation
import SiteBuilder
import SiteModel

@main
struct Sitegen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sitegen",
    abstract: "Builds a documentation site from Markdown tutorials whose cells run.",
    subcommands: [
      Build.self, Check.self, Run.self, Render.self, Serve.self, Init.self, Import.self,
    ],
    defaultSubcommand: Build.self)

  /// Parses and runs the command; a usage problem exits with status 2, like every problem that
  /// is not the content's. An unknown command or option is named with the closest known name.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        exit(withError: nil)
      }
      if code == .validationFailure {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = UsageProblem.find(in: arguments, names: .sitegen) {
          Report.standardError("error: \(problem.message)")
          Report.standardError("(see \(problem.helpCommand))")
          Foundation.exit(2)
        }
        Report.standardError(fullMessage(for: error))
        Report.standardError("(see sitegen --help)")
        Foundation.exit(2)
      }
      exit(withError: error)
    }
  }
}

/// Options every pipeline command shares.
struct SiteOptions: ParsableArguments {
  @Option(help: "The folder of Markdown pages and site.yml.")
  var content = "content"

  @Option(help: "The folder the site is written to.")
  var output = "site"

  @Option(
    help: "A folder whose files override the built-in theme (default: theme/ beside content/).")
  var theme: String?

  var buildOptions: BuildOptions {
    BuildOptions(contentDirectory: content, outputDirectory: output, themeDirectory: theme)
  }
}

struct Build: ParsableCommand {
  // The name is given, not derived: ArgumentParser's description of the tool names the default
  // subcommand only by a name given here (and `UsageProblem` reads it from there).
  static let configuration = CommandConfiguration(
    commandName: "build", abstract: "Build content/ into site/ (the default command).")

  @OptionGroup var site: SiteOptions

  @Flag(help: "Run every cell, ignoring cached executions.")
  var noCache = false

  @Flag(help: "List the slowest cells after the build.")
  var timings = false

  @Flag(help: "Replace the output folder even if it holds files sitegen did not write.")
  var force = false

  func run() throws {
    let started = Date()
    var options = site.buildOptions
    options.useCache = !noCache
    options.force = force
    let result = try runPipeline { () throws(EnvironmentError) in
      try SiteBuilder(options: options).build(progress: Report.progress)
    }
    Report.diagnostics(result)
    if timings { Report.slowestCells(result) }
    Report.summary(
      result, verb: result.wrote ? "built \(site.output)/" : "not written", since: started)
    if result.hasErrors { throw ExitCode(1) }
  }
}

struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build in memory, check every link and anchor, and prove site/ fresh.")

  @OptionGroup var site: SiteOptions

  @Flag(
    help: """
      Rewrite the '# output' expectations that differ from their cells' actual outputs, where \
      the cell and every cell above it on the page ran without an unexpected error.
      """)
  var fix = false

  func run() throws {
    let started = Date()
    var result = try runPipeline { () throws(EnvironmentError) in
      try SiteBuilder(options: site.buildOptions).check(progress: Report.progress)
    }
    if fix && !result.fixes.isEmpty {
      let rewritten = try runPipeline { () throws(EnvironmentError) in
        try SiteBuilder.apply(result.fixes, sources: result.sources)
      }
      for file in rewritten { print("rewrote the expectations of \(file)") }
      for left in result.fixes {
        guard let reason = left.reasonLeft else { continue }
        print("not rewritten: \(left.file):\(left.markerLine): \(reason)")
      }
      let resolved = result.fixes.filter { $0.blockedBy == nil && rewritten.contains($0.file) }
        .compactMap(\.diagnostic)
      result.diagnostics.removeAll { resolved.contains($0) }
    }
    Report.diagnostics(result)
    Report.summary(result, verb: result.hasErrors ? "check failed" : "check passed", since: started)
    if result.hasErrors { throw ExitCode(1) }
  }
}

struct Render: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Render one Markdown file to HTML on standard output.")

  @Argument(help: "The Markdown file.")
  var file: String

  @Flag(help: "Print only the page body, without the theme's template.")
  var fragment = false

  func run() throws {
    let (html, diagnostics, source) = try runPipeline { () throws(EnvironmentError) in
      try SiteBuilder.render(file: file, fragment: fragment)
    }
    let failed = Report.diagnostics(diagnostics, file: file, source: source)
    print(html, terminator: "")
    if failed { throw ExitCode(1) }
  }
}

/// Runs `body`, turning an environment problem into its message and exit status 2.
func runPipeline<T>(_ body: () throws(EnvironmentError) -> T) throws -> T {
  do {
    return try body()
  } catch {
    Report.standardError("error: \(error.description)")
    throw ExitCode(2)
  }
}
