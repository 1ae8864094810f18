import Foundation
import Plotting

/// The notebook's figure at full size: |x| and two fits over -10:0.1:10 (3 × 201 points).
private func notebookFigure() -> Figure {
  let x = (-100...100).map { Double($0) / 10 }
  let cubic = { (x: Double) in 0.42 - 0.31 * x + 0.052 * x * x + 0.0017 * x * x * x }
  let wavy = { (x: Double) in 0.8 * abs(x) + sin(x) }
  return Figure(traces: [
    Trace(x: x, y: x.map(abs), name: "|x|"),
    Trace(x: x, y: x.map(cubic), name: "f(x)"),
    Trace(x: x, y: x.map(wavy), name: "f_tracked_data(x)", color: Color(css: "green")),
  ])
}

/// Figure rendering: SVG for pages (with its size) and braille text for terminals.
/// Built once and only read afterwards (`Benchmark` holds closures, so it is not `Sendable`).
nonisolated(unsafe) let plottingBenchmarks: [Benchmark] = {
  let figure = notebookFigure()
  let losses = (1...500).map { 40 * exp(-Double($0) / 60) + 0.3 }
  let lossFigure = Figure(
    Trace(y: losses), layout: Layout(title: "Loss versus training epochs"))
  return [
    Benchmark(
      name: "plotting: 3 × 201-point figure to SVG",
      figures: { [("bytes", "\(figure.svg().utf8.count) (target < 12288)")] },
      run: { blackHole(figure.svg()) }),
    Benchmark(
      name: "plotting: 3 × 201-point figure to braille",
      figures: { [("characters", "\(figure.braille().count)")] },
      run: { blackHole(figure.braille()) }),
    Benchmark(
      name: "plotting: 500-point loss curve to braille",
      run: { blackHole(lossFigure.braille(color: true)) }),
  ]
}()
