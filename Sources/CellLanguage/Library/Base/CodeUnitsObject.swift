import SourcePositions

/// `codeunits(s)`: the string's UTF-8 bytes as Julia 1.0 shows them
/// (`6-element Base.CodeUnits{UInt8,String}:` then ` 0x4a` …). sitegen has no `UInt8`, so
/// reading a byte out of it is refused rather than given as an `Int`.
final class CodeUnitsObject: RuntimeObject, IndexableObject {
  let text: String

  init(_ text: String) { self.text = text }

  override var type: JuliaType { .other("Base.CodeUnits{UInt8,String}") }
  override func copied(by copier: inout StateCopier) -> RuntimeObject? { self }

  private var bytes: [String] {
    text.utf8.map { byte in
      let hex = String(byte, radix: 16)
      return "0x" + (hex.count == 1 ? "0" : "") + hex
    }
  }

  override func show(_ session: Interpreter) -> String {
    "UInt8[" + bytes.joined(separator: ", ") + "]"
  }

  override func display(_ session: Interpreter) -> String {
    let header = "\(text.utf8.count)-element Base.CodeUnits{UInt8,String}"
    let lines = bytes
    guard !lines.isEmpty else { return header }
    // At most 20 lines, the middle elided with a ⋮ under the digits' right edge, as
    // `displayArray` does for numbers.
    let rows = lines.map { " " + $0 }
    let shown = rows.count > 20 ? rows.prefix(10) + ["    ⋮"] + rows.suffix(9) : rows[...]
    return header + ":\n" + shown.joined(separator: "\n")
  }

  func index(_ indices: [Value], _ session: Interpreter, _ span: SourceSpan) throws -> Value {
    throw session.fail(
      .unsupported, "reading a code unit (a UInt8) is not supported by sitegen's Julia", span)
  }

  func setIndex(_ indices: [Value], _ value: Value, _ session: Interpreter, _ span: SourceSpan)
    throws
  {
    throw session.fail(
      .unsupported, "writing a code unit (a UInt8) is not supported by sitegen's Julia", span)
  }
}
