import Foundation

/// A generated site of `pages` chapters, each with prose, math, three `{julia}` cells and one
/// figure with alt text, so that every page does the work a tutorial chapter does.
struct SyntheticSite {
  var pages: Int

  /// Writes `site.yml`, `index.md` and the chapters into `content`.
  func write(to content: URL) {
    let manager = FileManager.default
    try? manager.createDirectory(at: content, withIntermediateDirectories: true)
    let config = "title: Synthetic site\ndescription: \(pages) generated pages.\nlanguage: en\n"
    try? config.write(
      to: content.appendingPathComponent("site.yml"), atomically: false, encoding: .utf8)
    try? indexPage.write(
      to: content.appendingPathComponent("index.md"), atomically: false, encoding: .utf8)
    for number in 1...pages {
      try? chapter(number).write(
        to: content.appendingPathComponent(fileName(number)), atomically: false, encoding: .utf8)
    }
  }

  func fileName(_ number: Int) -> String {
    String(format: "%04d-chapter-%d.md", number, number)
  }

  var indexPage: String {
    """
    ---
    title: Synthetic site
    ---

    A site of \(pages) generated chapters; the first is [chapter 1](\(fileName(1))).

    """
  }

  /// Chapter `number`: its seed, coefficients and plotted range depend on the number, so no
  /// two pages run the same cells.
  func chapter(_ number: Int) -> String {
    let next = number < pages ? " Next: [chapter \(number + 1)](\(fileName(number + 1)))." : ""
    return """
      ---
      title: Chapter \(number)
      description: Generated chapter \(number) of \(pages).
      ---

      We fit a cubic $f(x) = \\sum_{i=1}^{3} x^{i-1} w_i$ to $|x|$ and measure the
      loss $\\ell(w) = \\sqrt{\\sum_k (y_k - f(x_k))^2}$ over the samples.\(next)

      $$
      \\frac{\\partial \\ell}{\\partial w_i} = -\\frac{y - f(x)}{\\ell} \\, x^{i-1}
      $$

      ```{julia}
      using Random, PlotlyJS
      Random.seed!(\(number))
      w = randn(3)
      f(x) = sum([x^(i-1) .* w[i] for i in 1:3])
      ```

      The loss over $[-5, 5]$ in steps of $0.1$:

      ```{julia}
      xs = collect(-5:0.1:5)
      loss = sqrt(sum((abs.(xs) .- f.(xs)).^2))
      ```

      ```{julia}
      #| caption: The cubic of chapter \(number) against |x|
      #| alt: Two curves over -5 to 5, the absolute value and the random cubic
      plot([scatter(;x=xs, y=abs.(xs), name="|x|"), scatter(;x=xs, y=f.(xs), name="f(x)")])
      ```

      A closing paragraph with *emphasis*, `code` and a list:

      - the seed is \(number);
      - the cubic has three coefficients.

      """
  }
}
