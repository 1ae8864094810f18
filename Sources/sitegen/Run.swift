import ArgumentParser
import Foundation
import SiteBuilder
import SiteModel

struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run one page's cells in the terminal, figures drawn in braille.")

  @Argument(help: "The Markdown page.")
  var file: String

  @Flag(help: "Print one JSON object per cell (source line, outputs, timing) for tools.")
  var json = false

  func run() throws {
    let (cells, diagnostics, source) = try runPipeline { () throws(EnvironmentError) in
      try SiteBuilder.run(file: file)
    }
    for cell in cells {
      if json {
        print(RunJSON.line(for: cell, file: file))
      } else {
        Report.terminalCell(cell)
      }
    }
    if Report.diagnostics(diagnostics, file: file, source: source) { throw ExitCode(1) }
  }
}

/// The `--json` form of a cell: one object a line.
enum RunJSON {
  struct Cell: Encodable {
    var file: String
    var line: Int
    var column: Int
    var number: Int?
    var seconds: Double?
    var outputs: [Output]
  }

  struct Output: Encodable {
    var type: String
    var text: String
    var line: Int?
  }

  static func line(for cell: RunCell, file: String) -> String {
    let outputs = cell.cell.outputs.map { output -> Output in
      switch output {
      case .printed(let text): Output(type: "printed", text: text)
      case .value(let text): Output(type: "value", text: text)
      case .svgFigure(let svg, _): Output(type: "svg", text: svg)
      case .textFigure(let text, _, _): Output(type: "figure", text: ANSIText.plain(text))
      case .error(let message, let line): Output(type: "error", text: message, line: line)
      }
    }
    let object = Cell(
      file: file, line: cell.range.line, column: cell.range.column, number: cell.cell.number,
      seconds: cell.seconds, outputs: outputs)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(object) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
