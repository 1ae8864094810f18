/// A problem found by the parser, located by Unicode scalar indices into the source.
struct TeXProblem: Hashable, Sendable {
  var message: String
  var scalars: Range<Int>
}

/// Turns scalar indices into UTF-8 offsets and line:column positions.
struct SourceLocator {
  /// The UTF-8 offset of each scalar, plus one entry for the end of the source.
  private let offsets: [Int]
  /// The UTF-8 offset where each line starts.
  private let lineStarts: [Int]

  init(source: String) {
    var offsets: [Int] = []
    var lineStarts = [0]
    var offset = 0
    for scalar in source.unicodeScalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
      if scalar == "\n" { lineStarts.append(offset) }
    }
    offsets.append(offset)
    self.offsets = offsets
    self.lineStarts = lineStarts
  }

  /// The diagnostic for a problem; an empty range is widened to the byte it starts at.
  func diagnostic(for problem: TeXProblem) -> TeXDiagnostic {
    let last = offsets.count - 1
    let start = offsets[min(problem.scalars.lowerBound, last)]
    var end = offsets[min(problem.scalars.upperBound, last)]
    if end <= start { end = start + 1 }
    return TeXDiagnostic(
      message: problem.message, location: location(ofByte: start),
      end: location(ofByte: end - 1), utf8Offsets: start..<end)
  }

  /// The line and column of a UTF-8 offset.
  func location(ofByte offset: Int) -> TeXLocation {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return TeXLocation(line: low + 1, column: offset - lineStarts[low] + 1)
  }
}
