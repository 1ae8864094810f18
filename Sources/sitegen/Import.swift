import ArgumentParser
import SiteBuilder

struct Import: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Make a page of a Jupyter notebook, its text outputs as the cells' expectations.")

  @Argument(help: "The notebook (.ipynb, nbformat 4).")
  var notebook: String

  @Option(
    help: ArgumentHelp(
      "The page to write (default: the notebook's name with .md, beside it).", valueName: "file"))
  var output: String?

  func run() throws {
    let result = try runPipeline { () throws(EnvironmentError) in
      try SiteBuilder.importNotebook(file: notebook, output: output)
    }
    let failed = Report.diagnostics(result.diagnostics, file: notebook, source: result.source)
    if failed { throw ExitCode(1) }
    print("wrote \(result.outputPath)")
    print()
    print("next:")
    print("  sitegen run \(Report.shellQuoted(result.outputPath))")
    print("      run the page: a cell that does not print what the notebook printed is an error")
    print("  move it into content/ with a number (content/02-name.md), then sitegen check")
    print("  sitegen check --fix makes sitegen's outputs the expectations, once you have read them")
  }
}
