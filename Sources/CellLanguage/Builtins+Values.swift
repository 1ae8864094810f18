import Foundation
import SourcePositions

/// Built-ins about values themselves: types, strings, printing, errors.
extension Interpreter {
  func valueBuiltin(
    _ builtin: Builtin, _ args: [Value], _ kwargs: [(String, Value)], _ span: SourceSpan
  )
    throws -> Value
  {
    func arity(_ counts: ClosedRange<Int>) throws {
      guard counts.contains(args.count) else { throw noMethod(builtin.name, args, span) }
    }
    func text(_ index: Int) throws -> String {
      guard case .string(let value) = args[index] else {
        throw fail(
          .method, "MethodError: no method matching \(builtin.name)(::\(args[index].type.name))",
          span)
      }
      return value
    }
    switch builtin {
    case .typeof:
      try arity(1...1)
      switch args[0] {
      case .trackedArray(let box) where box.value.precision == .single:
        return .type(.other("TrackedArray{…,Array{Float32,\(box.dims.count)}}"))
      case .trackedReal(let x) where x.precision == .single:
        return .type(.other("Tracker.TrackedReal{Float32}"))
      default:
        return .type(args[0].type)
      }
    case .eltype:
      try arity(1...1)
      switch args[0] {
      case .array(let box): return .type(box.elementType)
      case .range(let range): return .type(range.isInteger ? .int64 : .float64)
      default: return .type(args[0].type)
      }
    case .isa:
      try arity(2...2)
      return try generalBinary(.isa, args[0], args[1], span)
    case .convert:
      try arity(2...2)
      guard case .type(let type) = args[0] else { throw noMethod("convert", args, span) }
      if case .user = type { return try convertField(args[1], to: type, span) }
      return try convert([args[1]], to: type, span)
    case .ifelse:
      try arity(3...3)
      return try truth(args[0], span) ? args[1] : args[2]
    case .tuple:
      return .tuple(args)
    case .string:
      let joined = args.map { printString($0) }.joined()
      try rethrowShowError()
      try allocateText(joined.utf8.count, span)
      return .string(joined)
    case .repr:
      try arity(1...1)
      let text = show(args[0])
      try rethrowShowError()
      return .string(text)
    case .sprint:
      guard let function = args.first else { throw noMethod("sprint", args, span) }
      if case .builtin(.show) = function, args.count == 2 { return .string(show(args[1])) }
      if case .builtin(.print) = function {
        return .string(args.dropFirst().map { printString($0) }.joined())
      }
      if case .function = function {
        // `sprint(f, args…)`: what `f(io, args…)` writes (a program's `show` method, say).
        let buffer = IOBufferObject()
        _ = try call(function, [.object(buffer)] + args.dropFirst(), [], span)
        try rethrowShowError()
        return .string(buffer.text)
      }
      throw noMethod("sprint", args, span)
    case .parse:
      try arity(2...2)
      guard case .type(let type) = args[0] else { throw noMethod("parse", args, span) }
      let source = try text(1).trimmingCharacters(in: .whitespaces)
      switch type {
      case .int64:
        guard let n = Int(source) else {
          throw fail(.argument, "ArgumentError: invalid base 10 digit in \"\(source)\"", span)
        }
        return .int(n)
      case .float64:
        guard let x = Double(source) else {
          throw fail(.argument, "ArgumentError: cannot parse \"\(source)\" as Float64", span)
        }
        return .float(x)
      default: throw noMethod("parse", args, span)
      }
    case .isnothing:
      try arity(1...1)
      if case .nothing = args[0] { return .bool(true) }
      return .bool(false)
    case .symbolName:
      return .symbol(args.map { printString($0) }.joined())
    case .nameof:
      try arity(1...1)
      switch args[0] {
      case .function(let box): return .symbol(box.name)
      case .builtin(let b): return .symbol(b.name)
      case .type(let t): return .symbol(t.name)
      case .module(let m): return .symbol(m.name)
      default: throw noMethod("nameof", args, span)
      }
    case .println, .print:
      var items = args
      if case .symbol("stdout")? = items.first { items.removeFirst() }
      let buffer = items.first.flatMap(Self.ioBuffer)
      if buffer != nil { items.removeFirst() }
      let text = items.map { printString($0) }.joined() + (builtin == .println ? "\n" : "")
      try rethrowShowError()
      // Printed text is kept: it counts against the budgets as a string made does.
      try allocateText(text.utf8.count, span)
      if let buffer { buffer.text += text } else { outputs.appendPrinted(text) }
      return .nothing
    case .show:
      var items = args
      if case .symbol("stdout")? = items.first { items.removeFirst() }
      let buffer = items.first.flatMap(Self.ioBuffer)
      if buffer != nil { items.removeFirst() }
      var text = items.map { show($0) }.joined()
      if items.count == 2, case .object(let mime as StructInstance) = items[0],
        mime.userType === UserType.textPlain
      {
        // `show(io, MIME"text/plain"(), x)`: the REPL's display of `x`.
        text = display(items[1])
      }
      try rethrowShowError()
      try allocateText(text.utf8.count, span)
      if let buffer { buffer.text += text } else { outputs.appendPrinted(text) }
      return .nothing
    case .display:
      for value in args { try emitDisplay(value) }
      return .nothing
    case .error:
      throw fail(.error, args.map { printString($0) }.joined(), span)
    case .throwError:
      try arity(1...1)
      if case .object(let exception as ExceptionObject) = args[0] {
        thrown = exception
        throw LanguageError(
          kind: exception.error.kind, message: exception.error.message, span: span)
      }
      throw fail(.error, printString(args[0]), span)
    case .uppercase:
      try arity(1...1)
      return .string(try text(0).uppercased())
    case .lowercase:
      try arity(1...1)
      return .string(try text(0).lowercased())
    case .strip:
      try arity(1...1)
      return .string(try text(0).trimmingCharacters(in: .whitespacesAndNewlines))
    case .chomp:
      try arity(1...1)
      var value = try text(0)
      if value.hasSuffix("\n") { value.removeLast() }
      return .string(value)
    case .join:
      try arity(1...2)
      let separator = args.count == 2 ? try text(1) : ""
      let joined = try iterate(args[0], span).map { printString($0) }.joined(separator: separator)
      try allocateText(joined.utf8.count, span)
      return .string(joined)
    case .split:
      try arity(1...2)
      let value = try text(0)
      let parts: [String]
      if args.count == 2 {
        parts = value.components(separatedBy: try text(1))
      } else {
        parts = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(
          String.init)
      }
      return .array(try makeArray(parts.map { .string($0) }, elementType: .string, span))
    case .occursin:
      try arity(2...2)
      return .bool(try text(1).contains(try text(0)))
    case .startswith:
      try arity(2...2)
      return .bool(try text(0).hasPrefix(try text(1)))
    case .endswith:
      try arity(2...2)
      return .bool(try text(0).hasSuffix(try text(1)))
    case .replaceString:
      throw noMethod("replace", args, span)
    case .lpad, .rpad:
      try arity(2...3)
      let value = printString(args[0])
      let width = try intArgument(args[1], span)
      let padding = args.count == 3 ? printString(args[2]) : " "
      let missing = max(0, width - value.count)
      try allocateText(padding.utf8.count, times: missing, span)
      let pad = String(String(repeating: padding, count: missing).prefix(missing))
      return .string(builtin == .lpad ? pad + value : value + pad)
    default:
      throw noMethod(builtin.name, args, span)
    }
  }

  /// `display(x)`: figures as figures, everything else as its text form.
  /// The buffer a program's `show` method writes into, when `value` is one.
  static func ioBuffer(_ value: Value) -> IOBufferObject? {
    if case .object(let buffer as IOBufferObject) = value { return buffer }
    return nil
  }

  func emitDisplay(_ value: Value) throws {
    if let output = figureOutput(value) {
      outputs.append(output)
      return
    }
    if case .nothing = value {
      outputs.appendPrinted("nothing\n")
      return
    }
    outputs.appendPrinted(try checkedDisplay(value) + "\n")
    try rethrowShowError()
  }
}

extension [Output] {
  /// Appends printed text, joining it to the previous printed output.
  mutating func appendPrinted(_ text: String) {
    if case .printed(let previous)? = last {
      self[count - 1] = .printed(previous + text)
    } else {
      append(.printed(text))
    }
  }
}
