import SiteModel
import SourcePositions

// Moving what a directive produced to where the directive now stands, so that prose added or
// removed above a cell does not make the cell run again. What names lines of the page moves:
// the cell's place, an error output's line, diagnostics, timings and rewrites; the rest (the
// code, its values, lines of the cell's own code) stays as it is.

extension SourceRange {
  /// The same range `lines` lines further down the page.
  func movedDown(_ lines: Int) -> SourceRange {
    SourceRange(start: start.movedDown(lines), end: end.movedDown(lines))
  }
}

extension SourceLocation {
  func movedDown(_ lines: Int) -> SourceLocation {
    SourceLocation(line: line + lines, column: column)
  }
}

extension Directive {
  /// The same directive `lines` lines further down the page.
  func movedDown(_ lines: Int) -> Directive {
    var moved = self
    moved.range = range.movedDown(lines)
    moved.bodyRange = bodyRange?.movedDown(lines)
    moved.options = options.map {
      DirectiveOption(key: $0.key, value: $0.value, range: $0.range.movedDown(lines))
    }
    return moved
  }
}

extension Diagnostic {
  func movedDown(_ lines: Int) -> Diagnostic {
    var moved = self
    moved.range = range?.movedDown(lines)
    moved.snippet = snippet?.movedDown(lines)
    return moved
  }
}

extension ExecutedCell {
  /// The cell `lines` lines further down the page: an error's output names its page line.
  func movedDown(_ lines: Int) -> ExecutedCell {
    var moved = self
    moved.outputs = outputs.map { output in
      guard case .error(let message, let line?) = output else { return output }
      return .error(message: message, line: line + lines)
    }
    return moved
  }
}

extension ExecutedPage {
  /// What a directive produced, `lines` lines further down the page.
  func movedDown(_ lines: Int) -> ExecutedPage {
    guard lines != 0 else { return self }
    var moved = ExecutedPage()
    for (location, cell) in cells { moved.cells[location.movedDown(lines)] = cell.movedDown(lines) }
    moved.diagnostics = diagnostics.map { $0.movedDown(lines) }
    moved.timings = timings.map {
      CellTiming(
        file: $0.file, line: $0.line + lines, seconds: $0.seconds, fromCache: $0.fromCache)
    }
    moved.fixes = fixes.map {
      ExpectationFix(
        file: $0.file, firstLine: $0.firstLine + lines, lastLine: $0.lastLine + lines,
        text: $0.text, diagnostic: $0.diagnostic?.movedDown(lines), blockedBy: $0.blockedBy)
    }
    moved.failures = failures.map { $0 + lines }
    return moved
  }

  /// Adds what a later directive produced.
  mutating func append(_ other: ExecutedPage) {
    cells.merge(other.cells) { _, new in new }
    diagnostics += other.diagnostics
    timings += other.timings
    fixes += other.fixes
    failures += other.failures
  }

  /// What `directive` produced: its cell, and the diagnostics, timings and rewrites after the
  /// counts there were before it ran.
  func produced(by directive: Directive, since counts: (Int, Int, Int)) -> ExecutedPage {
    var produced = ExecutedPage()
    produced.cells[directive.range.start] = cells[directive.range.start]
    produced.diagnostics = Array(diagnostics.dropFirst(counts.0))
    produced.timings = Array(timings.dropFirst(counts.1))
    produced.fixes = Array(fixes.dropFirst(counts.2))
    produced.failures = failures.filter { $0 == directive.range.start.line }
    return produced
  }
}
