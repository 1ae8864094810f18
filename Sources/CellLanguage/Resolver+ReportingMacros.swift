import SourcePositions

/// Timing, logging and `@isdefined`: what sitegen runs of them, and what it refuses.
extension Resolver {
  func resolveReportingMacro(_ name: String, _ arguments: [Syntax], span: SourceSpan) -> Code {
    switch name {
    case "time":
      guard arguments.count == 1 else {
        report("@time expects one expression", at: span)
        return .constant(.nothing, span)
      }
      return .macro(.time(resolve(arguments[0])), span)
    case "info":
      guard let message = arguments.first else {
        report("@info needs a message", at: span)
        return .constant(.nothing, span)
      }
      var pairs: [(String, Code)] = []
      for argument in arguments.dropFirst() {
        switch argument {
        case .name(let key, _):
          pairs.append((key, resolve(argument)))
        case .assign(.name(let key, _), let value, nil, false, _):
          pairs.append((key, resolve(value)))
        default:
          report(
            "@info arguments other than names and key=value pairs are not supported by "
              + "sitegen's Julia", kind: .unsupported, at: argument.span)
        }
      }
      return .macro(.info(resolve(message), pairs), span)
    case "debug":
      // Julia 1.0's default logger drops debug messages without evaluating their arguments.
      return .constant(.nothing, span)
    case "isdefined":
      guard arguments.count == 1, case .name = arguments[0] else {
        report("@isdefined expects a variable name", at: span)
        return .constant(.nothing, span)
      }
      return .macro(.isDefined(resolve(arguments[0])), span)
    case "warn", "error":
      report(
        "@\(name) is not supported by sitegen's Julia (Julia's message ends with the file and "
          + "line of the code in Julia's session, which a page does not have)",
        kind: .unsupported, at: span)
      return .constant(.nothing, span)
    default:
      report(
        "@\(name) is not supported by sitegen's Julia (it measures time or memory, which "
          + "sitegen does not read; @time shows its line with the time written ?.??????)",
        kind: .unsupported, at: span)
      return .constant(.nothing, span)
    }
  }
}
