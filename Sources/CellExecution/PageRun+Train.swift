import Foundation
import Plotting
import SiteModel
import SourcePositions

extension PageRun {
  /// Runs a `{train}` directive: fits its model natively, shows the fit, the loss curve and the
  /// final parameters with their last gradient, and binds `name.w` and `name.losses` for later
  /// cells.
  mutating func runTraining(_ directive: Directive) {
    let (spec, problems) = TrainSpec.read(directive, file: file)
    page.diagnostics += problems
    let input = YAMLHighlighter.highlight(directive.body)
    if spec == nil, let target = directive.options.last(where: { $0.key == "target" }),
      !["abs", "step", "relu", "sin"].contains(target.value),
      session.function(named: target.value) == nil
    {
      page.diagnostics.append(unknownTarget(target.value, at: target.range))
    }
    guard let spec else {
      page.failures.append(directive.range.start.line)
      page.cells[directive.range.start] = ExecutedCell(number: nil, input: input, outputs: [])
      return
    }
    let targetFunction: (Double) throws -> Double
    switch spec.target {
    case .abs: targetFunction = { Swift.abs($0) }
    case .step: targetFunction = { $0 > 0 ? 1 : 0 }
    case .relu: targetFunction = { Swift.max(0, $0) }
    case .sin: targetFunction = { Foundation.sin($0) }
    case .function(let name):
      guard let function = session.function(named: name) else {
        let range = directive.options.last { $0.key == "target" }?.range ?? directive.range
        page.diagnostics.append(unknownTarget(name, at: range))
        page.failures.append(directive.range.start.line)
        page.cells[directive.range.start] = ExecutedCell(number: nil, input: input, outputs: [])
        return
      }
      targetFunction = function
    }

    counter += 1
    let started = Date()
    let outcome: TrainRunner.Outcome
    do {
      outcome = try TrainRunner(spec: spec, target: targetFunction).run()
    } catch {
      page.diagnostics.append(
        .error("training failed: \(error)", file: file, at: directive.range))
      page.failures.append(directive.range.start.line)
      page.cells[directive.range.start] = ExecutedCell(
        number: counter, input: input, outputs: [.error(message: "\(error)", line: nil)])
      return
    }
    page.timings.append(
      CellTiming(
        file: file, line: directive.range.start.line, seconds: Date().timeIntervalSince(started)))

    var outputs: [CellOutput] = []
    if let epoch = outcome.divergedAt {
      let message =
        "training diverged: the loss became NaN or infinite in epoch \(epoch) of \(spec.epochs); "
        + "try a smaller eta than \(spec.eta)"
      page.diagnostics.append(.error(message, file: file, at: directive.range))
      page.failures.append(directive.range.start.line)
      outputs.append(.error(message: message, line: nil))
    }
    let figures = [
      (fitFigure(spec, outcome), "fit", spec.alt ?? fitDescription(spec)),
      (lossFigure(outcome), "loss", lossDescription(outcome)),
    ]
    for (figure, kind, alt) in figures {
      let caption = kind == "fit" ? spec.caption : nil
      outputs.append(
        textFigures
          ? .textFigure(figure.braille(color: true), caption: caption, alt: alt)
          : .svgFigure(
            FigureRendering.svg(figure, id: "train\(counter)-\(kind)", alt: alt),
            caption: caption))
    }
    session.bindTraining(
      name: spec.name, parameters: outcome.parameters, losses: outcome.losses)
    page.cells[directive.range.start] = ExecutedCell(
      number: counter, input: input, outputs: outputs,
      extraHTML: TrainTable.html(parameters: outcome.parameters, gradients: outcome.lastGradient))
  }

  private func unknownTarget(_ name: String, at range: SourceRange) -> Diagnostic {
    .error(
      "unknown target '\(name)': use abs, step, relu, sin or a one-argument function "
        + "defined in an earlier cell", file: file, at: range)
  }

  private func fitFigure(_ spec: TrainSpec, _ outcome: TrainRunner.Outcome) -> Figure {
    var figure = Figure(
      traces: [
        Trace(x: spec.points, y: outcome.targets, name: targetName(spec.target)),
        Trace(
          x: spec.points, y: outcome.fitted,
          name: "\(spec.name) after \(outcome.losses.count) epochs"),
      ], layout: Layout(title: "Fit of \(targetName(spec.target))"))
    figure.layout.xAxis.title = "x"
    return figure
  }

  private func fitDescription(_ spec: TrainSpec) -> String {
    "The fitted model against \(targetName(spec.target)) over \(spec.pointsText)"
  }

  private func lossFigure(_ outcome: TrainRunner.Outcome) -> Figure {
    var figure = Figure(
      traces: [Trace(y: outcome.losses, name: "average loss")],
      layout: Layout(title: "Loss per epoch"))
    figure.layout.xAxis.title = "epoch"
    if outcome.losses.allSatisfy({ $0 > 0 || !$0.isFinite }) { figure.layout.yAxis.scale = .log }
    return figure
  }

  private func lossDescription(_ outcome: TrainRunner.Outcome) -> String {
    "The average loss of each of \(outcome.losses.count) epochs"
      + (outcome.losses.last.map { ", ending at \(JuliaNumber.shortest($0))" } ?? "")
  }

  private func targetName(_ target: TrainSpec.Target) -> String {
    switch target {
    case .abs: "|x|"
    case .step: "step(x)"
    case .relu: "relu(x)"
    case .sin: "sin(x)"
    case .function(let name): "\(name)(x)"
    }
  }
}

/// The table of a training run's final parameters and last gradients.
enum TrainTable {
  static func html(parameters: [Double], gradients: [Double]) -> String {
    var html = "<table class=\"train-table\"><thead><tr><th scope=\"col\">parameter</th>"
    html += "<th scope=\"col\">value</th><th scope=\"col\">last gradient</th></tr></thead><tbody>\n"
    for (index, value) in parameters.enumerated() {
      let gradient = index < gradients.count ? JuliaNumber.shortest(gradients[index]) : ""
      html += "<tr><td>w[\(index + 1)]</td><td>\(JuliaNumber.shortest(value))</td>"
      html += "<td>\(gradient)</td></tr>\n"
    }
    return html + "</tbody></table>\n"
  }
}
