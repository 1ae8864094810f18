/// A command or option the command line does not know, with the known name it most likely
/// meant.
enum UsageProblem: Equatable {
  case unknownCommand(String, suggestion: String?, known: [String])
  case unknownOption(String, command: String, suggestion: String?)

  /// The first unknown command or option in `arguments` (the command line without the program's
  /// name), if any; `nil` leaves the problem to ArgumentParser's own message.
  static func find(in arguments: [String], names: CommandNames) -> UsageProblem? {
    guard let first = arguments.first else { return nil }
    var rest = arguments[...]
    let command: CommandNames.Command
    if first.hasPrefix("-") {
      guard let name = names.defaultCommand, let found = names.command(named: name) else {
        return nil
      }
      command = found
    } else if let found = names.command(named: first) {
      command = found
      rest = rest.dropFirst()
    } else {
      let known = names.commands.map(\.name).filter { $0 != "help" }
      return .unknownCommand(
        first, suggestion: EditDistance.closest(to: first, among: known), known: known)
    }
    // `sitegen help build` names a command, not options.
    guard command.name != "help" else { return nil }
    var index = rest.startIndex
    while index < rest.endIndex {
      let argument = rest[index]
      index += 1
      if argument == "--" { break }
      guard argument.hasPrefix("-"), argument.count > 1, Double(argument) == nil else { continue }
      let name = String(argument.prefix { $0 != "=" })
      guard command.options.contains(name) else {
        let long = command.options.filter { $0.hasPrefix("--") }
        return .unknownOption(
          name, command: command.name, suggestion: EditDistance.closest(to: name, among: long))
      }
      // The value of `--content DIR` is not an option, even if it starts with a dash.
      if command.takingValues.contains(name) && name == argument { index += 1 }
    }
    return nil
  }

  /// The problem in one line, without the `error: ` prefix.
  var message: String {
    switch self {
    case .unknownCommand(let name, let suggestion?, _):
      "unknown command '\(name)'; did you mean '\(suggestion)'?"
    case .unknownCommand(let name, nil, let known):
      "unknown command '\(name)'; the commands are \(known.joined(separator: ", "))"
    case .unknownOption(let name, _, let suggestion?):
      "unknown option '\(name)'; did you mean '\(suggestion)'?"
    case .unknownOption(let name, let command, nil):
      "unknown option '\(name)' for 'sitegen \(command)'"
    }
  }

  /// Where the user can read what is accepted instead.
  var helpCommand: String {
    switch self {
    case .unknownCommand: "sitegen --help"
    case .unknownOption(_, let command, _): "sitegen \(command) --help"
    }
  }
}
