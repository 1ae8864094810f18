import SourcePositions

/// Julia's exception types a program constructs and throws (`throw(ArgumentError("bad"))`),
/// with the message each prints after `ERROR: ` (its `showerror`, base/errorshow.jl).
enum ExceptionTypes {
  /// The exception types built from a message, by name.
  static let withMessage: Set<String> = [
    "ArgumentError", "ErrorException", "DimensionMismatch", "AssertionError", "OverflowError",
  ]

  /// The exception types a program constructs (those taking other fields too).
  static let constructible = withMessage.union(["DomainError", "KeyError"])

  /// Every exception type a cell can name, for `isa(e, BoundsError)` in a `catch`: the
  /// constructible ones and those only sitegen raises.
  static let all = constructible.union([
    "BoundsError", "MethodError", "UndefVarError", "DivideError", "InexactError", "TypeError",
  ])

  /// The kind of error a thrown exception of type `name` is.
  static func kind(of name: String) -> LanguageError.Kind {
    switch name {
    case "ArgumentError": .argument
    case "DimensionMismatch": .dimensionMismatch
    case "AssertionError": .assertion
    case "OverflowError": .overflow
    case "DomainError": .domain
    case "KeyError": .key
    default: .error
    }
  }
}

extension Interpreter {
  /// `ArgumentError("bad")` and its kin: the exception value, not yet thrown.
  func constructException(_ name: String, _ args: [Value], _ span: SourceSpan) throws -> Value {
    let message: String
    switch name {
    case _ where ExceptionTypes.withMessage.contains(name):
      guard args.count == 1, case .string(let text) = args[0] else {
        throw noMethod(name, args, span)
      }
      // ErrorException prints its message alone; the others after their name.
      message = name == "ErrorException" ? text : "\(name): \(text)"
    case "DomainError":
      // `DomainError(val)` / `DomainError(val, msg)` print "DomainError with val:\nmsg".
      guard (1...2).contains(args.count) else { throw noMethod(name, args, span) }
      var text = "DomainError with \(show(args[0]))"
      if args.count == 2 {
        guard case .string(let detail) = args[1] else { throw noMethod(name, args, span) }
        text += ":\n" + detail
      }
      message = text
    case "KeyError":
      guard args.count == 1 else { throw noMethod(name, args, span) }
      message = "KeyError: key \(show(args[0])) not found"
    default:
      throw noMethod(name, args, span)
    }
    let error = LanguageError(kind: ExceptionTypes.kind(of: name), message: message, span: span)
    return .object(ExceptionObject(error, type: name, fields: args))
  }
}
