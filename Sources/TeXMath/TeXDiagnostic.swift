/// A position inside a TeX string: 1-based line and 1-based column counted in UTF-8 bytes.
package struct TeXLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  package var line: Int
  package var column: Int

  package init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  package static func < (lhs: TeXLocation, rhs: TeXLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  package var description: String { "\(line):\(column)" }

  /// This location in the file that holds the TeX string, given where the string starts there.
  ///
  /// The first line is shifted by the string's column; later lines keep their columns, since
  /// they start at the beginning of a line of the file.
  package func inFile(startingAt origin: TeXLocation) -> TeXLocation {
    line == 1
      ? TeXLocation(line: origin.line, column: origin.column + column - 1)
      : TeXLocation(line: origin.line + line - 1, column: column)
  }
}

/// An error found in a formula, located inside the TeX string it came from.
///
/// Locations are relative to the start of the TeX string handed to
/// ``TeXMath/mathML(for:display:)``; the page renderer adds the position of the math span in
/// its Markdown file.
package struct TeXDiagnostic: Hashable, Sendable, CustomStringConvertible {
  /// One line saying what is wrong.
  package var message: String
  /// The first byte of the offending source.
  package var location: TeXLocation
  /// The last byte of the offending source (inclusive, as cmark counts ranges).
  package var end: TeXLocation
  /// The offending source as UTF-8 offsets into the TeX string.
  package var utf8Offsets: Range<Int>

  package init(message: String, location: TeXLocation, end: TeXLocation, utf8Offsets: Range<Int>) {
    self.message = message
    self.location = location
    self.end = end
    self.utf8Offsets = utf8Offsets
  }

  package var description: String { "\(location): \(message)" }
}
