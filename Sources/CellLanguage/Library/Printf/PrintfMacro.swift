import SourcePositions

/// A resolved `@printf`/`@sprintf`: the parsed format, called with the arguments' values.
/// Julia's macros read the format when they expand; so does the resolver here (`resolvePrintf`),
/// and the call formats and prints (`@printf`) or returns the string (`@sprintf`).
final class PrintfCall: RuntimeObject, CallableObject {
  let macroName: String
  let format: PrintfFormat
  /// Whether the first argument is the stream (`@printf(io, "…", x)`).
  let hasStream: Bool

  init(macroName: String, format: PrintfFormat, hasStream: Bool) {
    self.macroName = macroName
    self.format = format
    self.hasStream = hasStream
  }

  override var type: JuliaType { .function }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }

  func call(
    _ args: [Value], _ kwargs: [(String, Value)], _ session: Interpreter, _ span: SourceSpan
  ) throws -> Value {
    // The macro exists only where `using Printf` brought it in.
    guard session.globals.value(of: "@" + macroName) != nil else {
      throw session.fail(.undefinedVariable, "UndefVarError: @\(macroName) not defined", span)
    }
    var values = args
    if hasStream {
      guard case .symbol("stdout") = values.removeFirst() else {
        throw session.fail(
          .unsupported, "@printf to a stream other than stdout is not supported by sitegen's Julia",
          span)
      }
    }
    let wanted = format.conversions.count
    guard values.count == wanted else {
      throw session.fail(
        .argument,
        "ArgumentError: @\(macroName): wrong number of arguments (\(values.count)) should be (\(wanted))",
        span)
    }
    var text = ""
    var next = 0
    for piece in format.pieces {
      switch piece {
      case .text(let literal): text += literal
      case .conversion(let spec):
        // A width or precision is padding about to be made: it must fit the memory budget.
        try session.ensureRoom(text.utf8.count + spec.width + max(spec.precision, 0), span)
        text += try spec.format(values[next], session, span)
        next += 1
      }
      try session.charge(1 + text.utf8.count / 64, span)
    }
    try session.allocateText(text.utf8.count, span)
    if macroName == "sprintf" { return .string(text) }
    session.outputs.appendPrinted(text)
    return .nothing
  }
}

extension Resolver {
  /// `@printf([io,] "format", args…)` and `@sprintf("format", args…)`, checked as Julia 1.0's
  /// macros check them when they expand (`base/printf.jl`: `@printf`, `@sprintf`, `_printf`).
  func resolvePrintf(_ name: String, _ arguments: [Syntax], span: SourceSpan) -> Code {
    func refuse(_ message: String, kind: LanguageError.Kind = .argument) -> Code {
      report(message, kind: kind, at: span)
      return .constant(.nothing, span)
    }
    func isFormat(_ syntax: Syntax) -> Bool {
      if case .string = syntax { return true }
      return false
    }
    guard let first = arguments.first else {
      return refuse(
        "ArgumentError: @\(name): called with \(name == "printf" ? "no" : "zero") arguments")
    }
    var hasStream = false
    if !isFormat(first) {
      guard name == "printf", arguments.count >= 2, isFormat(arguments[1]) else {
        return refuse(
          name == "printf"
            ? "ArgumentError: @printf: first or second argument must be a format string"
            : "ArgumentError: @sprintf: first argument must be a format string")
      }
      hasStream = true
    }
    let formatSyntax = arguments[hasStream ? 1 : 0]
    guard case .string(let parts, _) = formatSyntax, parts.count == 1,
      case .text(let source) = parts[0]
    else {
      return refuse(
        "ArgumentError: @\(name): format must be a plain static string (no interpolation or prefix)"
      )
    }
    let format: PrintfFormat
    do {
      format = try PrintfFormat(source)
    } catch PrintfFormat.Failure.argument(let message) {
      return refuse(message)
    } catch PrintfFormat.Failure.error(let message) {
      return refuse(message, kind: .error)
    } catch {
      return refuse("\(error)")
    }
    let values = Array(arguments.dropFirst(hasStream ? 2 : 1))
    let wanted = format.conversions.count
    let splatted = values.contains {
      if case .splat = $0 { return true }
      return false
    }
    // With a splatted argument the count is known only when the call runs (`_printf`).
    if !splatted, values.count != wanted {
      return refuse(
        "ArgumentError: @\(name): wrong number of arguments (\(values.count)) should be (\(wanted))"
      )
    }
    let callee = PrintfCall(macroName: name, format: format, hasStream: hasStream)
    let passed = (hasStream ? [arguments[0]] : []) + values
    return .call(
      CallCode(
        callee: .constant(.object(callee), span),
        arguments: passed.map { argument in
          if case .splat(let inner, _) = argument {
            return CodeArgument(value: resolve(inner), splat: true)
          }
          return CodeArgument(value: resolve(argument), splat: false)
        }, keywords: [], isBroadcast: false, span: span))
  }
}
