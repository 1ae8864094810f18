import SourcePositions

/// `@time` and `@info` as Julia 1.0 prints them (base/util.jl's `time_print`, stdlib Logging's
/// `ConsoleLogger`), without what sitegen cannot know.
extension Interpreter {
  /// The line `@time` prints in place of Julia's `%10.6f seconds (n allocations: b bytes)`:
  /// sitegen reads no clock and counts no Julia allocations, so the seconds are written
  /// `?.??????` (in the number's ten columns) and the allocation counts are left out. A page
  /// therefore builds the same every time, and no reader takes it for a measurement.
  static let timeLine = "  ?.?????? seconds\n"

  /// `@time expression`: runs it, prints the time line, returns its value.
  func runTime(_ code: Code, _ frame: Frame) throws -> Value {
    let value = try eval(code, frame)
    outputs.appendPrinted(Self.timeLine)
    return value
  }

  /// `@info message key=value…` with Julia 1.0's `ConsoleLogger` on a 24×80 terminal: `[ Info:
  /// message` alone, else a box `┌ Info: message` / `│ …` / `└ …` with each `key = value`
  /// indented by two (an `Info` message has no location suffix). A value is shown as the REPL
  /// shows it; one that takes several lines is refused (the logger limits it to a height
  /// sitegen does not reproduce).
  func runInfo(_ message: Code, _ pairs: [(String, Code)], _ frame: Frame, _ span: SourceSpan)
    throws -> Value
  {
    var text = printString(try eval(message, frame))
    while text.hasSuffix("\n") { text.removeLast() }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (key, code) in pairs {
      let shown = try checkedDisplay(try eval(code, frame))
      guard !shown.contains("\n") else {
        throw fail(
          .unsupported,
          "@info with a value shown on several lines (\(key)) is not supported by sitegen's Julia",
          span)
      }
      lines.append("  \(key) = \(shown)")
    }
    var printed = ""
    for (k, line) in lines.enumerated() {
      let box =
        lines.count == 1 ? "[ " : k == 0 ? "┌ " : k < lines.count - 1 ? "│ " : "└ "
      printed += box + (k == 0 ? "Info: " : "") + line + "\n"
    }
    outputs.appendPrinted(printed)
    return .nothing
  }
}
