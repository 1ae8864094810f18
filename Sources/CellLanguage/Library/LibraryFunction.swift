import SourcePositions

/// A function of the library as a value: its name and its methods, each a signature and a body.
/// A module registers its functions in one table (`LibraryModule`); adding a function is one
/// entry there, and the interpreter needs no change to call it.
final class LibraryFunction: RuntimeObject, CallableObject {
  let name: String
  let methods: [LibraryMethod]
  /// The older built-in of the same name, called when no method here takes the arguments.
  let fallback: Builtin?

  init(_ name: String, _ methods: [LibraryMethod]) {
    self.name = name
    self.methods = methods
    self.fallback = Builtin(rawValue: name)
  }

  override var type: JuliaType { .function }
  override func show(_ session: Interpreter) -> String { name }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }
  override func display(_ session: Interpreter) -> String {
    let count = methods.count
    return "\(name) (generic function with \(count) method\(count == 1 ? "" : "s"))"
  }

  /// The first method whose signature takes the positional arguments (methods are listed most
  /// specific first), else the older built-in of the same name, else a `MethodError`.
  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  ) throws -> Value {
    guard let method = methods.first(where: { $0.accepts(args) }) else {
      if let fallback { return try session.callBuiltin(fallback, args, kwargs, span) }
      throw session.noMethod(name, args, span)
    }
    for (keyword, _) in kwargs where !method.keywords.contains(keyword) {
      throw session.fail(
        .unsupported,
        "keyword argument \(keyword) of \(name) is not supported by sitegen's Julia", span)
    }
    return try method.body(LibraryCall(session: session, args: args, kwargs: kwargs, span: span))
  }
}

/// One method: the types of its positional arguments (a trailing vararg of one type allowed),
/// the keywords it reads, and its body.
struct LibraryMethod {
  let parameters: [JuliaType]
  let vararg: JuliaType?
  let keywords: Set<String>
  let body: (LibraryCall) throws -> Value

  /// A method of `parameters`, then any number of `vararg`s, reading `keywords`.
  init(
    _ parameters: [JuliaType], vararg: JuliaType? = nil, keywords: Set<String> = [],
    _ body: @escaping (LibraryCall) throws -> Value
  ) {
    self.parameters = parameters
    self.vararg = vararg
    self.keywords = keywords
    self.body = body
  }

  /// Whether a call with these positional arguments can use this method.
  func accepts(_ args: [Value]) -> Bool {
    if vararg == nil ? args.count != parameters.count : args.count < parameters.count {
      return false
    }
    for (arg, type) in zip(args, parameters) where !arg.type.isSubtype(of: type) { return false }
    if let vararg {
      for arg in args[parameters.count...] where !arg.type.isSubtype(of: vararg) { return false }
    }
    return true
  }

  /// The signature as Julia's `methods` lists it: `median(::AbstractArray; dims)`.
  func signature(of name: String) -> String {
    var parts = parameters.map { $0 == .any ? "::Any" : "::" + $0.name }
    if let vararg { parts.append("::" + vararg.name + "...") }
    let keywordList = keywords.sorted().joined(separator: ", ")
    return name + "(" + parts.joined(separator: ", ") + (keywords.isEmpty ? "" : "; " + keywordList)
      + ")"
  }
}

/// What a method's body receives: the session, the arguments and the call's place.
struct LibraryCall {
  let session: Interpreter
  let args: [Value]
  let kwargs: [(String, Value)]
  let span: SourceSpan

  /// The last value given for keyword `name`, if any.
  func keyword(_ name: String) -> Value? { kwargs.last { $0.0 == name }?.1 }

  /// An error of this call.
  func fail(_ kind: LanguageError.Kind, _ message: String) -> LanguageError {
    session.fail(kind, message, span)
  }

  /// Counts `work` steps of the operation budget (a builtin charges by the size it works on).
  func charge(_ work: Int) throws { try session.charge(work, span) }
}
