import SourcePositions

/// `include("file.jl")`: runs a `.jl` file of the content folder in the page's session, as
/// Julia's `include` evaluates a file in `Main` and returns its last value.
///
/// The session never reads files: the host hands it the content folder's `.jl` files, by path
/// relative to the folder, and `include` looks paths up there, relative to the including file's
/// folder (the page's, the content folder, for a cell). A path that leaves the folder is refused.
final class IncludeFunction: RuntimeObject, CallableObject {
  let files: [String: String]
  /// The folders of the files being included (innermost last), relative to the content folder.
  private var folders: [String] = [""]

  init(files: [String: String]) { self.files = files }

  override var type: JuliaType { .function }
  override func show(_ session: Interpreter) -> String { "include" }
  override func display(_ session: Interpreter) -> String {
    "include (generic function with 1 method)"
  }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? {
    IncludeFunction(files: files)
  }

  /// `path` relative to `folder`, normalized; `nil` when it leaves the content folder.
  static func resolve(_ path: String, in folder: String) -> String? {
    guard !path.hasPrefix("/"), !path.contains("\\") else { return nil }
    var parts = folder.split(separator: "/").map(String.init)
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty else { return nil }
        parts.removeLast()
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }

  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  ) throws -> Value {
    guard args.count == 1, kwargs.isEmpty, case .string(let path) = args[0] else {
      throw session.noMethod("include", args, span)
    }
    guard let resolved = Self.resolve(path, in: folders.last ?? "") else {
      throw session.fail(
        .unsupported,
        "include of \(session.show(args[0])), outside the content folder, is not supported by "
          + "sitegen's Julia", span)
    }
    guard let source = files[resolved] else {
      throw session.fail(.error, "could not open file \(resolved)", span)
    }
    guard folders.count <= 16 else {
      throw session.fail(.error, "include nested more than 16 files deep (\(resolved))", span)
    }
    folders.append(resolved.split(separator: "/").dropLast().joined(separator: "/"))
    defer { folders.removeLast() }
    return try session.runIncluded(source, file: resolved, span)
  }
}

extension Interpreter {
  /// Runs an included file's code at top level, its errors reported at the `include` call as
  /// Julia's `LoadError` with the line of the expression in the file.
  func runIncluded(_ source: String, file: String, _ span: SourceSpan) throws -> Value {
    func loadError(_ message: String, _ line: Int) -> LanguageError {
      fail(.load, "LoadError: \(message)\nin expression starting at \(file):\(line)", span)
    }
    let (program, parseErrors) = Parser.parse(source)
    if let first = parseErrors.first {
      throw loadError(
        (first.isUnsupported ? "" : "syntax: ") + first.message, first.span.start.line)
    }
    let resolver = Resolver(globals: globals)
    let (code, frameSize) = resolver.resolveCell(program)
    if let first = resolver.errors.first { throw loadError(first.message, first.span.start.line) }
    let frame = Frame.make(size: frameSize, parent: nil)
    do {
      return try eval(code, frame)
    } catch let error as LanguageError where !error.kind.isBudget {
      throw loadError(error.message, error.span.start.line)
    }
  }
}

extension Session {
  /// Lets cells `include` these files: the content folder's `.jl` files, by path relative to it.
  package func allowIncludes(_ files: [String: String]) {
    let globals = interpreter.globals
    globals.assign(globals.slot(for: "include"), .object(IncludeFunction(files: files)))
  }
}
