import SiteModel
import Testing

@testable import CellExecution

@Suite struct TrainDirectiveTests {
  /// The notebook's 500-epoch fit of |x| written as cells, ending with a display of the
  /// coefficients and of every epoch's loss, joined into one string.
  static let cellsLoop = """
    ```{julia}
    using Flux, Random
    Random.seed!(3)
    w_tracked = param(randn(3))
    f_tracked(x) = sum([x^(i-1) .* w_tracked[i] for i in 1:3])
    l2_loss(y, y_hat) = sqrt(sum((y .- y_hat).^2))
    η = 1e-5
    function training_epoch(true_model, model)
        avg_loss = 0.0
        range = -10:0.1:10
        for x in range
            l = l2_loss(true_model(x), model(x))
            Flux.Tracker.back!(l)
            avg_loss += l.data ./ length(range)
            w_tracked.data[:] -= w_tracked.grad .* η
            w_tracked.grad[:] .= 0.0
        end
        return avg_loss
    end
    losses = Float64[]
    for epoch in 1:EPOCHS
        push!(losses, training_epoch(abs, f_tracked))
    end
    ```

    ```{julia}
    for v in [w_tracked.data; losses]
        println(v)
    end
    ```
    """

  static let directive = """
    ```{train}
    name: abs_fit
    target: abs
    model: polynomial
    order: 3
    seed: 3
    eta: 1e-5
    optimizer: descent
    epochs: EPOCHS
    points: -10:0.1:10
    loss: l2
    alt: The fit of |x|
    ```

    ```{julia}
    for v in [abs_fit.w; abs_fit.losses]
        println(v)
    end
    ```
    """

  func printed(_ markdown: String) -> String {
    let page = execute(markdown)
    #expect(page.diagnostics.filter { $0.severity == .error }.isEmpty, "\(page.diagnostics)")
    guard case .printed(let text) = cells(page).last?.outputs.first else { return "" }
    return text
  }

  @Test(arguments: [1, 40])
  func trainDirectiveIsBitIdenticalToTheSameLoopInCells(_ epochs: Int) {
    let fromCells = printed(Self.cellsLoop.replacingOccurrences(of: "EPOCHS", with: "\(epochs)"))
    let fromDirective = printed(
      Self.directive.replacingOccurrences(of: "EPOCHS", with: "\(epochs)"))
    #expect(!fromCells.isEmpty)
    #expect(fromCells == fromDirective)
  }

  @Test func badOptionsAreErrorsAtTheirLines() {
    let page = execute(
      """
      ```{train}
      name: bad
      target: nowhere_defined
      epochs: -5
      optimizer: sgd
      ```
      """)
    let lines = page.diagnostics.filter { $0.severity == .error }.compactMap(\.range?.start.line)
    #expect(lines.sorted() == [3, 4, 5], "\(page.diagnostics)")
  }

  @Test func aTargetCanBeAFunctionOfTheCells() {
    let page = execute(
      """
      ```{julia}
      tri(x) = max(0.0, 1 - abs(x) / 5)
      ```

      ```{train}
      name: tri_fit
      target: tri
      order: 3
      seed: 1
      eta: 1e-5
      epochs: 2
      alt: The fit of a triangle
      ```
      """)
    #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
    #expect(cells(page).last?.outputs.count == 2)
  }

  @Test func divergenceNamesTheEpochAndLeavesAGap() {
    let page = execute(
      """
      ```{train}
      name: wild
      target: abs
      order: 3
      seed: 3
      eta: 1e300
      epochs: 50
      alt: A diverging fit
      ```
      """)
    let message = page.diagnostics.first?.message ?? ""
    #expect(message.contains("diverged"), "\(page.diagnostics)")
    #expect(message.contains("epoch"))
  }

  @Test func juliaRangesAreCorrectlyRounded() {
    let points = JuliaRange.parse("-10:0.1:10") ?? []
    #expect(points.count == 201)
    #expect(points[3] == -9.7)
    #expect(points[100] == 0)
    #expect(points.last == 10)
    #expect(JuliaRange.parse("0:0.25:1") == [0, 0.25, 0.5, 0.75, 1])
    #expect(JuliaRange.parse("1:3") == [1, 2, 3])
    #expect(JuliaRange.parse("a:b") == nil)
  }
}
