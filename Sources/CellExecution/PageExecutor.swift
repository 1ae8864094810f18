import CellLanguage
import Foundation
import SiteModel
import SourcePositions

/// Stage 2: runs a page's directives that run (`{julia}` cells, `{train}` runs: the registry's
/// kinds with an execution) in order, in one language session, and turns what they show into
/// `ExecutedCell`s.
package enum PageExecutor {
  /// The directive kinds this stage knows by default: each says whether and how it runs.
  package static let registry = DirectiveRegistry.standard

  /// The names of the directives this stage runs.
  package static var directives: Set<String> {
    Set(registry.kinds.filter { $0.execution != .none }.map(\.name))
  }

  /// Runs every directive of `document`, a page of `file`.
  /// - Parameters:
  ///   - textFigures: draw every figure as braille text (for a terminal).
  ///   - includes: the `.jl` files cells may `include`, by path relative to the content folder.
  ///   - directives: the directive kinds, which say what runs and how.
  package static func execute(
    _ document: Document, file: String, textFigures: Bool = false,
    includes: [String: String] = [:], directives: DirectiveRegistry = registry
  ) -> ExecutedPage {
    var run = PageRun(file: file, textFigures: textFigures, includes: includes)
    run.directives = directives
    for directive in runnableDirectives(of: document, directives: directives) {
      run.run(directive)
    }
    return run.page.blockingFixesAfterFailures()
  }

  /// The directives this stage runs, in page order (inside lists, quotes and admonitions too).
  static func runnableDirectives(
    of document: Document, directives registry: DirectiveRegistry = PageExecutor.registry
  )
    -> [Directive]
  {
    var directives: [Directive] = []
    func visit(_ block: Block) {
      if case .directive(let directive) = block,
        let kind = registry[directive.name], kind.execution != .none
      {
        directives.append(directive)
      }
      for inner in block.childBlocks { visit(inner) }
    }
    for block in document.blocks { visit(block) }
    return directives
  }
}

/// The state of one page's run: its session, its cell counter, what it has produced.
struct PageRun {
  let file: String
  let textFigures: Bool
  let session: LanguageSession
  var page = ExecutedPage()
  var counter = 0
  /// The directive kinds, which say how each directive runs.
  var directives = PageExecutor.registry

  init(
    file: String, textFigures: Bool, session: LanguageSession = LanguageSession(),
    includes: [String: String]? = nil
  ) {
    self.file = file
    self.textFigures = textFigures
    self.session = session
    if let includes { session.allowIncludes(includes) }
  }

  /// Runs one directive, as its kind in `directives` says.
  mutating func run(_ directive: Directive) {
    guard let kind = directives[directive.name] else { return }
    switch kind.execution {
    case .cell: runCell(directive)
    case .training: runTraining(directive)
    case .none: break
    }
  }

  /// The page line of line `line` (1-based) of the directive's body.
  func pageLine(_ line: Int, in directive: Directive) -> Int {
    (directive.bodyRange?.start.line ?? directive.range.start.line + 1) + line - 1
  }

  /// Where the lines of the directive's body sit in the page (each at the body's indentation).
  func origin(of directive: Directive) -> SnippetOrigin {
    SnippetOrigin(
      firstLine: pageLine(1, in: directive), column: directive.bodyRange?.start.column ?? 1,
      lineCount: directive.body.utf8.count(where: { $0 == UInt8(ascii: "\n") }) + 1)
  }

  mutating func runCell(_ directive: Directive) {
    let (options, optionProblems) = CellOptions.read(directive, file: file)
    page.diagnostics += optionProblems
    let (code, expected) = ExpectedOutput.split(directive.body)
    let input = options.echo ? Highlighter.highlight(code) : nil

    if let expected, !options.output {
      page.diagnostics.append(
        .error(
          "the cell has a '# output' block but 'output: false': nothing is shown to compare",
          file: file,
          at: SourceRange(
            SourceLocation(line: pageLine(expected.markerLine + 1, in: directive), column: 1))))
    }
    guard options.eval else {
      page.cells[directive.range.start] = ExecutedCell(
        number: nil, input: input, outputs: [], foldsInput: options.foldInput)
      return
    }

    counter += 1
    let started = Date()
    let result = session.run(code, budget: options.budget)
    page.timings.append(
      CellTiming(
        file: file, line: directive.range.start.line, seconds: Date().timeIntervalSince(started)))

    var outputs: [CellOutput] = []
    var savedFiles: [String: String] = [:]
    var figureCount = 0
    var undescribed: [Int] = []
    for output in result.outputs {
      switch output {
      case .printed(let text): outputs.append(.printed(text))
      case .value(let text): outputs.append(.value(text))
      case .savedFile(let name, let contents): savedFiles[name] = contents
      case .figure, .textFigure, .graph:
        figureCount += 1
        let caption = options.caption(ofFigure: figureCount)
        let alt = options.alt(ofFigure: figureCount)
        if alt == nil { undescribed.append(figureCount) }
        let id = "cell\(counter)-fig\(figureCount)"
        switch output {
        case .figure(let figure) where options.textPlots || textFigures:
          outputs.append(.textFigure(figure.braille(color: true), caption: caption, alt: alt))
        case .figure(let figure):
          outputs.append(
            .svgFigure(FigureRendering.svg(figure, id: id, alt: alt), caption: caption))
        case .textFigure(let text):
          outputs.append(.textFigure(text, caption: caption, alt: alt))
        case .graph(let graph):
          outputs.append(.svgFigure(FigureRendering.svg(graph, id: id, alt: alt), caption: caption))
        case .printed, .value, .savedFile:
          break
        }
      }
    }
    if !undescribed.isEmpty && options.output {
      let which =
        figureCount == 1
        ? "a figure" : "figure(s) \(undescribed.map(String.init).joined(separator: ", "))"
      page.diagnostics.append(
        .error(
          "the cell draws \(which) without alt text", file: file, at: directive.range,
          notes: [
            "describe what the figure shows in a '#| alt: …' line "
              + "(for several figures, a list: #| alt: [\"first\", \"second\"])"
          ]))
    }

    // An error past the code's end (a premature end of input) is reported at its last line.
    let codeLines = code.split(separator: "\n", omittingEmptySubsequences: false)
    let lastLine = max(1, codeLines.count - (code.hasSuffix("\n") ? 1 : 0))
    let errors = result.errors.map { error in
      guard error.location.line > lastLine else { return error }
      let length = codeLines[lastLine - 1].utf8.count
      return LocatedError(error.message, at: SourceLocation(line: lastLine, column: length + 1))
    }
    let origin = origin(of: directive)
    if let first = errors.first {
      let range = origin.range(of: first.range)
      outputs.append(.error(message: first.message, line: range.start.line))
      if !options.error {
        page.failures.append(directive.range.start.line)
        for error in errors {
          page.diagnostics.append(
            .error(error.message, file: file, at: origin.range(of: error.range))
              .inSnippet(directive.range))
        }
      }
    } else if options.error {
      page.diagnostics.append(
        .error(
          "the cell was expected to throw an error ('error: true') but ran without one",
          file: file, at: directive.range))
    }

    if let expected, options.output {
      compare(expected, with: DisplayText.of(outputs), options: options, in: directive)
    }
    page.cells[directive.range.start] = ExecutedCell(
      number: counter, input: input, outputs: options.output ? TextLimits.truncated(outputs) : [],
      errorLine: errors.first?.location.line, foldsInput: options.foldInput,
      foldsOutput: options.foldOutput)
    page.cells[directive.range.start]?.savedFiles = savedFiles
  }

  /// Checks a cell's display against its `# output` block; records the rewrite that would fix it.
  /// The rewrite is offered (`check --fix`) only when this cell and every directive before it
  /// on the page ran without an unexpected failure: otherwise the actual output may be the
  /// failure's consequence (an error message, a value computed from what never got defined)
  /// and the expectation may well be right.
  mutating func compare(
    _ expected: ExpectedOutput, with actual: String, options: CellOptions, in directive: Directive
  ) {
    let difference = OutputComparison.difference(
      actual: actual, expected: expected.text, rtol: options.rtol ?? 0, atol: options.atol ?? 0)
    guard let difference else { return }
    let markerLine = pageLine(expected.markerLine + 1, in: directive)
    // Line numbers of other cells stay out of the note: the preview moves a cell's results
    // with it when prose above it changes, and the failing cell may not move alike.
    let note =
      switch page.failures.first {
      case nil: "run `sitegen check --fix` to rewrite the expectation from the actual output"
      case directive.range.start.line?:
        "the cell failed: fix its error first (`sitegen check --fix` leaves this expectation)"
      case _?:
        "a cell above failed first: fix its error first, this difference may follow from it "
          + "(`sitegen check --fix` leaves this expectation)"
      }
    let diagnostic = Diagnostic.error(
      "the cell's output differs from its expectation: \(difference)", file: file,
      at: SourceRange(SourceLocation(line: markerLine, column: 1)), notes: [note])
    page.diagnostics.append(diagnostic)
    page.fixes.append(
      ExpectationFix(
        file: file, firstLine: markerLine + 1, lastLine: markerLine + expected.lineCount,
        text: (expected.hasSeparator ? "\n" : "") + actual, diagnostic: diagnostic,
        blockedBy: page.failures.first))
  }
}

/// The text a cell's expectation is compared with: what it printed, then its value.
enum DisplayText {
  static func of(_ outputs: [CellOutput]) -> String {
    var parts: [String] = []
    for output in outputs {
      switch output {
      case .printed(let text):
        parts.append(text.hasSuffix("\n") ? String(text.dropLast()) : text)
      case .value(let text): parts.append(text)
      case .error(let message, _): parts.append(message)
      case .svgFigure, .textFigure: break
      }
    }
    return parts.joined(separator: "\n")
  }
}

/// Bounds on what a page shows of a cell's text output.
enum TextLimits {
  /// The most characters of one output shown on a page.
  static let maximumCharacters = 100_000

  static func truncated(_ outputs: [CellOutput]) -> [CellOutput] {
    outputs.map { output in
      switch output {
      case .printed(let text) where text.utf8.count > maximumCharacters:
        return .printed(cut(text))
      case .value(let text) where text.utf8.count > maximumCharacters:
        return .value(cut(text))
      default:
        return output
      }
    }
  }

  private static func cut(_ text: String) -> String {
    let kept = String(decoding: text.utf8.prefix(maximumCharacters), as: UTF8.self)
    return kept + "\n… output truncated: \(text.utf8.count - kept.utf8.count) more bytes not shown"
  }
}
