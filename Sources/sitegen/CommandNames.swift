import ArgumentParser
import Foundation

/// The names the command line accepts, read from the ArgumentParser definitions themselves
/// (their `--experimental-dump-help` description), so that no list of them is kept by hand.
struct CommandNames: Sendable {
  /// One subcommand: its names and those of its options.
  struct Command: Sendable {
    var name: String
    var aliases: [String]
    /// Every option and flag name, with its dashes (`--content`, `-h`), in definition order.
    var options: [String]
    /// The names of the options that take a value (the next argument, unless written `--x=v`).
    var takingValues: Set<String>
  }

  var commands: [Command]
  /// The subcommand run when the first argument names none.
  var defaultCommand: String?

  /// The names of `sitegen` and its subcommands.
  static let sitegen = CommandNames(dump: Sitegen._dumpHelp())

  /// Reads ArgumentParser's description of a command tree; an unreadable one gives no names.
  init(dump: String) {
    guard let tool = try? JSONDecoder().decode(ToolInfo.self, from: Data(dump.utf8)) else {
      commands = []
      return
    }
    defaultCommand = tool.command.defaultSubcommand
    commands = (tool.command.subcommands ?? []).map { info in
      var options: [String] = []
      var takingValues = Set<String>()
      for argument in info.arguments ?? [] where argument.kind != "positional" {
        for name in argument.names ?? [] {
          let written = (name.kind == "long" ? "--" : "-") + name.name
          options.append(written)
          if argument.kind == "option" { takingValues.insert(written) }
        }
      }
      return Command(
        name: info.commandName, aliases: info.aliases ?? [], options: options,
        takingValues: takingValues)
    }
  }

  /// The subcommand called `name` or one of its aliases.
  func command(named name: String) -> Command? {
    commands.first { $0.name == name || $0.aliases.contains(name) }
  }
}

/// The part of ArgumentParser's tool description (`ToolInfoV0`) that names things.
private struct ToolInfo: Decodable {
  struct CommandInfo: Decodable {
    var commandName: String
    var aliases: [String]?
    var defaultSubcommand: String?
    var subcommands: [CommandInfo]?
    var arguments: [ArgumentInfo]?
  }

  struct ArgumentInfo: Decodable {
    /// `positional`, `option` or `flag`.
    var kind: String
    var names: [NameInfo]?
  }

  struct NameInfo: Decodable {
    /// `long`, `short` or `longWithSingleDash`.
    var kind: String
    var name: String
  }

  var command: CommandInfo
}
