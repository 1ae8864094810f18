import Foundation
import Testing

/// README's table of commands matches the command-line definitions: every subcommand has a row
/// whose synopsis names each of its options and arguments, and the table names nothing else.
@Suite struct ReadmeCommandTableTests {
  /// The part of ArgumentParser's `--experimental-dump-help` description the table is held to.
  struct ToolInfo: Decodable {
    struct Command: Decodable {
      var commandName: String
      var defaultSubcommand: String?
      var subcommands: [Command]?
      var arguments: [Argument]?
    }

    struct Argument: Decodable {
      /// `positional`, `option` or `flag`.
      var kind: String
      var shouldDisplay: Bool
      var names: [Name]?
      var valueName: String?
    }

    struct Name: Decodable {
      var kind: String
      var name: String
    }

    var command: Command
  }

  /// A command's synopsis as the table must show it: its long option names and its positional
  /// arguments in capitals (`FILE`); `--help` and `--version` are left to `--help`.
  struct Synopsis: Equatable {
    var options: Set<String>
    var arguments: Set<String>
  }

  /// Every subcommand of the built `sitegen` (the implicit `help` aside), by name, and the one
  /// a bare `sitegen` runs.
  static func definedCommands() throws -> (commands: [String: Synopsis], default: String) {
    let directory = FileManager.default.temporaryDirectory
    let run = try SitegenProcess.run(["--experimental-dump-help"], in: directory)
    #expect(run.status == 0, "\(run.errors)")
    let tool = try JSONDecoder().decode(ToolInfo.self, from: Data(run.output.utf8))
    var commands: [String: Synopsis] = [:]
    for command in tool.command.subcommands ?? [] where command.commandName != "help" {
      var synopsis = Synopsis(options: [], arguments: [])
      for argument in command.arguments ?? [] where argument.shouldDisplay {
        if argument.kind == "positional" {
          synopsis.arguments.insert((argument.valueName ?? "").uppercased())
        } else if let long = argument.names?.first(where: { $0.kind == "long" }),
          long.name != "help", long.name != "version"
        {
          synopsis.options.insert("--" + long.name)
        }
      }
      commands[command.commandName] = synopsis
    }
    return (commands, try #require(tool.command.defaultSubcommand))
  }

  /// The first cells of the rows of README's "Commands" table.
  static func tableSynopses() throws -> [String] {
    let readme = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let heading = try #require(lines.firstIndex(of: "## Commands"))
    let table = lines[(heading + 1)...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
    return table.dropFirst(2).map { row in
      String(row.split(separator: "|", omittingEmptySubsequences: false)[1])
    }
  }

  /// What one synopsis cell names: the commands (`sitegen X`; a bare `sitegen` is
  /// `defaultCommand`), the `--options` and the capitalised arguments.
  static func parse(_ cell: String, defaultCommand: String) -> (
    commands: [String], synopsis: Synopsis
  ) {
    let words = cell.split { " `[]/".contains($0) }.map(String.init)
    var commands: [String] = []
    var synopsis = Synopsis(options: [], arguments: [])
    for (index, word) in words.enumerated() {
      if word == "sitegen" {
        let next = index + 1 < words.count ? words[index + 1] : ""
        let named = next.first?.isLowercase == true && next != "sitegen"
        let command = named ? next : defaultCommand
        if !commands.contains(command) { commands.append(command) }
      } else if word.hasPrefix("--") {
        synopsis.options.insert(word)
      } else if word.count > 1, word.allSatisfy(\.isUppercase), index > 0,
        !words[index - 1].hasPrefix("--")
      {
        // FILE after the command is an argument; DIR after `--content` is the option's value.
        synopsis.arguments.insert(word)
      }
    }
    return (commands, synopsis)
  }

  @Test func theTableShowsEveryCommandWithExactlyItsOptionsAndArguments() throws {
    let (defined, defaultCommand) = try Self.definedCommands()
    #expect(
      Set(defined.keys) == ["build", "check", "run", "render", "serve", "init", "import"])
    var rows: [String: Synopsis] = [:]
    for cell in try Self.tableSynopses() {
      let (commands, synopsis) = Self.parse(cell, defaultCommand: defaultCommand)
      #expect(commands.count == 1, "a row must name one command: \(cell)")
      let command = try #require(commands.first, "a row names no command: \(cell)")
      #expect(rows[command] == nil, "two rows for '\(command)'")
      rows[command] = synopsis
    }
    #expect(Set(rows.keys) == Set(defined.keys))
    for (name, synopsis) in defined {
      guard let row = rows[name] else { continue }
      #expect(
        row.options == synopsis.options,
        """
        sitegen \(name): missing \(synopsis.options.subtracting(row.options).sorted()), \
        unknown \(row.options.subtracting(synopsis.options).sorted())
        """)
      #expect(row.arguments == synopsis.arguments, "sitegen \(name)")
    }
  }

  @Test func aSynopsisCellIsReadAsItsCommandOptionsAndArguments() {
    let (commands, synopsis) = Self.parse(
      " `sitegen` / `sitegen build [--content DIR] [--colour]` ", defaultCommand: "build")
    #expect(commands == ["build"])
    #expect(synopsis == Synopsis(options: ["--content", "--colour"], arguments: []))
    let (run, runSynopsis) = Self.parse(" `sitegen run FILE [--json]` ", defaultCommand: "build")
    #expect(run == ["run"])
    #expect(runSynopsis == Synopsis(options: ["--json"], arguments: ["FILE"]))
  }
}
