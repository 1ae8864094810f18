import ArgumentParser
import SiteBuilder

struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a new site: content/site.yml, a home page and a first chapter.")

  @Argument(help: "The project folder (created if missing).")
  var dir = "."

  func run() throws {
    let written = try runPipeline { () throws(EnvironmentError) in
      try SiteBuilder.createSite(in: dir)
    }
    for path in written { print("wrote \(path)") }
    print()
    print("next:")
    if dir != "." { print("  cd \(Report.shellQuoted(dir))") }
    print("  sitegen serve    preview the site, rebuilt on every save")
    print("  sitegen build    write the site into site/")
    print("  sitegen check    run every cell again and compare it with its '# output'")
  }
}
