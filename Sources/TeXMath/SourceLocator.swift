import SourcePositions

/// A problem found by the parser, located by Unicode scalar indices into the source.
struct TeXProblem: Hashable, Sendable {
  var message: String
  var scalars: Range<Int>
}

/// Turns the parser's scalar indices into UTF-8 offsets, then into `line:column` locations
/// through the source's ``LineIndex``.
struct SourceLocator {
  /// The UTF-8 offset of each scalar, plus one entry for the end of the source.
  private let offsets: [Int]
  private let lines: LineIndex

  init(source: String) {
    var offsets: [Int] = []
    var offset = 0
    for scalar in source.unicodeScalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    self.offsets = offsets
    lines = LineIndex(source)
  }

  /// The located error for a problem, first to last byte; an empty range is widened to the
  /// byte it starts at.
  func error(for problem: TeXProblem) -> LocatedError {
    let last = offsets.count - 1
    let start = offsets[min(problem.scalars.lowerBound, last)]
    var end = offsets[min(problem.scalars.upperBound, last)]
    if end <= start { end = start + 1 }
    return LocatedError(
      problem.message,
      at: SourceRange(start: lines.location(of: start), end: lines.location(of: end - 1)))
  }
}
