/// A position in a text: 1-based line and 1-based column, the column counted in UTF-8 bytes
/// (as cmark, clang and gcc count it).
///
/// Every stage and engine speaks of positions in this one unit; only the caret printer turns a
/// byte column back into characters, by walking the line. Stored in 32 bits each (saturating), so
/// that a span is two machine words: every node of a cell's resolved code carries one.
package struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  private var storedLine: UInt32
  private var storedColumn: UInt32

  /// The 1-based line.
  package var line: Int {
    get { Int(storedLine) }
    set { storedLine = UInt32(clamping: newValue) }
  }

  /// The 1-based column, in UTF-8 bytes from the start of the line.
  package var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = UInt32(clamping: newValue) }
  }

  package init(line: Int, column: Int) {
    storedLine = UInt32(clamping: line)
    storedColumn = UInt32(clamping: column)
  }

  package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  package var description: String { "\(line):\(column)" }
}

extension SourceLocation: Codable {
  private enum CodingKeys: String, CodingKey {
    case line
    case column
  }

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      line: try container.decode(Int.self, forKey: .line),
      column: try container.decode(Int.self, forKey: .column))
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
  }
}
