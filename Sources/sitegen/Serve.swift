import ArgumentParser
import Foundation
import PreviewServer
import SiteBuilder

struct Serve: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Preview the site on 127.0.0.1: rebuilt on save, open pages reloaded.")

  @Option(help: "The folder of Markdown pages and site.yml.")
  var content = "content"

  @Option(
    help: "A folder whose files override the built-in theme (default: theme/ beside content/).")
  var theme: String?

  @Option(help: "The port to listen on (0: any free port).")
  var port: UInt16 = 8000

  @Option(help: "The address to listen on; anything but loopback shows the preview to others.")
  var host = "127.0.0.1"

  @Flag(help: "Open the home page in the default browser.")
  var open = false

  func run() throws {
    let builder = SiteBuilder(
      options: BuildOptions(contentDirectory: content, themeDirectory: theme))
    let opensBrowser = open
    do {
      try PreviewServer.serveUntilInterrupted(
        builder: builder, options: PreviewOptions(host: host, port: port)
      ) { event in
        Report.preview(event, opensBrowser: opensBrowser)
      }
    } catch {
      Report.standardError("error: \(error.description)")
      throw ExitCode(2)
    }
  }
}

extension Report {
  /// Prints a line on standard output at once (the preview runs for long; a pipe must not hold
  /// its lines back).
  private static func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  /// Prints what the preview tells: builds and their problems, the address, the stop.
  static func preview(_ event: PreviewEvent, opensBrowser: Bool) {
    switch event {
    case .built(let build):
      diagnostics(build.result)
      let errors = build.result.diagnostics.filter { $0.severity == .error }.count
      let time = String(format: "%.0f ms", build.seconds * 1000)
      if build.initial {
        say("built \(build.result.timings.count) page(s) in \(time)")
      } else if build.served {
        let changed = build.changedPaths.filter { $0 != "*" }
        say(
          "rebuilt in \(time): \(changed.isEmpty ? "no change" : changed.joined(separator: ", "))")
      }
      if errors > 0 {
        say("\(errors) error(s): the preview shows them over the last good build until fixed")
      }
    case .listening(let url, let loopback):
      if !loopback {
        standardError(
          "warning: the preview listens beyond this machine; anyone who can reach it can read the site"
        )
      }
      say("serving \(url) (Ctrl-C to stop)")
      if opensBrowser { openBrowser(url) }
    case .stopped:
      say("stopped")
    }
  }

  private static func openBrowser(_ url: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    #if os(macOS)
      process.arguments = ["open", url]
    #else
      process.arguments = ["xdg-open", url]
    #endif
    do {
      try process.run()
    } catch {
      standardError("note: could not open a browser (\(error)); open \(url) by hand")
    }
  }
}
