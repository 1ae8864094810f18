import Testing

@testable import Plotting

/// Golden outputs of the braille renderer: whole figures as multi-line literals.
@Suite struct BrailleTests {
  @Test func aDiagonalLineFillsTheCanvasCornerToCorner() {
    let figure = Figure(Trace(x: [0, 1, 2, 3, 4], y: [0, 1, 2, 3, 4]))
    #expect(
      figure.braille(width: 8, height: 4) == """
             ┌────────┐
           4 │⠀⠀⠀⠀⠀⠀⡠⠊│
             │⠀⠀⠀⠀⡠⠊⠀⠀│
             │⠀⠀⡠⠊⠁⠀⠀⠀│
           0 │⡠⠊⠀⠀⠀⠀⠀⠀│
             └────────┘
             0        4
        """)
  }

  @Test func sampledFunctionsWithTitleLegendAndLinesThroughZero() {
    let relu = { (x: Double) in max(0, x) }
    let figure = Figure(
      traces: [
        Trace.sampling(relu, from: -10, to: 10, name: "relu(x)"),
        Trace.sampling({ abs($0) / 2 }, from: -10, to: 10, name: "|x|/2"),
      ], layout: Layout(title: "ReLU"))
    #expect(
      figure.braille(width: 20, height: 6) == """
                       ReLU
              ┌────────────────────┐
           10 │⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⡇⠀⠀⠀⠀⠀⠀⠀⣠⠎│ relu(x)
              │⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⡇⠀⠀⠀⠀⠀⢀⠜⠁⠀│ |x|/2
              │⠀⠀⠀⠀⠀⠀⠀⠀⠀⠀⡇⠀⠀⠀⢀⡴⠋⠀⠀⠀│
              │⠉⠓⢤⣀⠀⠀⠀⠀⠀⠀⡇⠀⠀⣠⠋⠀⣀⡤⠚⠉│
              │⠀⠀⠀⠈⠑⠦⣄⠀⠀⠀⡇⢠⠞⣡⠴⠊⠁⠀⠀⠀│
            0 │⣀⣀⣀⣀⣀⣀⣀⣙⣲⣤⡷⠗⠋⠀⠀⠀⠀⠀⠀⠀│
              └────────────────────┘
              -10                 10
        """)
  }

  @Test func colorIsWrittenAsANSIEscapesOnlyWhenAskedFor() {
    let figure = Figure(Trace(y: [3, 1, 2], name: "v", color: Color(css: "red")))
    let gray = "\u{1B}[90m"
    let red = "\u{1B}[31m"
    let reset = "\u{1B}[39m"
    let expected = [
      "     \(gray)┌──────┐\(reset)",
      "   3 \(gray)│\(reset)\(red)⠑⡄\(reset)⠀⠀⠀⠀\(gray)│\(reset) \(red)v\(reset)",
      "   1 \(gray)│\(reset)⠀\(red)⠈⠢⡤⠒⠉\(reset)\(gray)│\(reset)",
      "     \(gray)└──────┘\(reset)",
      "     1      3",
    ]
    #expect(figure.braille(width: 6, height: 2, color: true) == expected.joined(separator: "\n"))
    #expect(!figure.braille(width: 6, height: 2).contains("\u{1B}"))
  }

  @Test func tracesWithoutColorTakeUnicodePlotsCycle() {
    let figure = Figure(traces: [Trace(y: [1, 2]), Trace(y: [2, 1])])
    let text = figure.braille(width: 4, height: 2, color: true)
    #expect(text.contains("\u{1B}[32m"))
    #expect(text.contains("\u{1B}[34m"))
  }

  @Test func axisTitlesGoBesideAndUnderAndNaNBreaksTheLine() {
    let figure = Figure(
      Trace(y: [1, .nan, 3, 4]),
      layout: Layout(xAxis: Axis(title: "epoch"), yAxis: Axis(title: "loss")))
    #expect(
      figure.braille(width: 10, height: 3) == """
                   ┌──────────┐
                 4 │⠀⠀⠀⠀⠀⠀⠀⡠⠔⠊│
           loss    │⠀⠀⠀⠀⠀⠀⠈⠀⠀⠀│
                 1 │⡀⠀⠀⠀⠀⠀⠀⠀⠀⠀│
                   └──────────┘
                   1          4
                      epoch
        """)
  }

  @Test func logAxesSpaceDecadesEvenly() {
    let figure = Figure(Trace(y: [1, 10, 100, 1000]), layout: Layout(yAxis: Axis(scale: .log)))
    #expect(
      figure.braille(width: 10, height: 4) == """
                ┌──────────┐
           1000 │⠀⠀⠀⠀⠀⠀⠀⢀⠔⠊│
                │⠀⠀⠀⠀⠀⡠⠔⠁⠀⠀│
                │⠀⠀⢀⠔⠊⠀⠀⠀⠀⠀│
              1 │⡠⠔⠁⠀⠀⠀⠀⠀⠀⠀│
                └──────────┘
                1          4
        """)
  }

  @Test func constantDataIsDrawnAcrossTheMiddle() {
    #expect(
      Figure(Trace(y: [2, 2, 2])).braille(width: 6, height: 2) == """
               ┌──────┐
           2.4 │⠀⠀⠀⠀⠀⠀│
           1.6 │⠉⠉⠉⠉⠉⠉│
               └──────┘
               1      3
        """)
  }

  @Test func smallValuesAreLabelledWithPowersOfTen() {
    #expect(
      Figure(Trace(y: [1e-5, 3e-5])).braille(width: 6, height: 2) == """
                  ┌──────┐
           3×10⁻⁵ │⠀⠀⠀⣀⠔⠊│
             10⁻⁵ │⡠⠔⠉⠀⠀⠀│
                  └──────┘
                  1      2
        """)
  }

  @Test func anEmptyFigureDrawsOnlyTheLinesThroughZero() {
    #expect(
      Figure().braille(width: 4, height: 2) == """
              ┌────┐
            6 │⢸⠀⠀⠀│
           -1 │⢼⠤⠤⠤│
              └────┘
              -1   6
        """)
  }

  @Test func defaultSizeIsUnicodePlotsFortyByFifteen() {
    let lines = Figure(Trace(y: [1, 2, 3])).braille().split(separator: "\n")
    #expect(lines.count == 15 + 3)
    #expect(lines[0].filter { $0 == "─" }.count == 40)
  }

  @Test func hugeValuesDoNotBreakTheCanvas() {
    let text = Figure(Trace(y: [-1e308, 1e308, 0])).braille(width: 6, height: 2)
    #expect(text.split(separator: "\n").count == 5)
    #expect(!text.contains("nan") && !text.contains("inf"))
  }
}
