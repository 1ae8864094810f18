/// The files `sitegen init` writes: a site of a home page and one chapter that builds and
/// checks clean as written, showing each kind of thing a page holds (a cell with its expected
/// output, a figure, display math, a link between pages).
package enum StarterSite {
  /// The files, by path relative to the project folder, in the order they are written.
  /// - Parameter folderName: the project folder's name, which titles the site
  ///   (`my-tutorials` gives `My tutorials`).
  package static func files(folderName: String) -> [(path: String, text: String)] {
    let title = YAMLText.scalar(PageTitle.title(fromName: folderName) ?? "Tutorials")
    return [
      ("content/site.yml", siteConfig(title: title)),
      ("content/index.md", homePage(title: title)),
      ("content/01-first-steps.md", firstChapter),
    ]
  }

  static func siteConfig(title: String) -> String {
    """
    title: \(title)
    description: Tutorials whose Julia cells run when the site is built.
    language: en
    # base_url: https://example.org/my-tutorials/

    """
  }

  static func homePage(title: String) -> String {
    """
    ---
    title: \(title)
    description: Tutorials whose Julia cells run when the site is built.
    ---

    Every page of this site is a Markdown file in `content/`. Its `{julia}`
    cells run when the site is built, and what they print is shown under them.

    ## Chapters

    1. [First steps](01-first-steps.md): a cell and the output it must print,
       a figure, and a formula.

    ## Adding a page

    Write `content/02-next-steps.md`, starting with its front matter:

    ```markdown
    ---
    title: Next steps
    ---
    ```

    Its number orders it after the first chapter; its address is `next-steps/`.
    Link to it from here as `[Next steps](02-next-steps.md)`.

    """
  }

  static let firstChapter = #"""
    ---
    title: First steps
    description: A cell and the output it must print, a figure, and a formula.
    ---

    A cell runs when the site is built. The lines after `# output` are what it
    must print: `sitegen check` runs it again and reports any difference.

    ```{julia}
    f(x) = 3x^2 + 2x + 1
    println("f(2) = ", f(2))
    f(0.5)

    # output
    f(2) = 17
    2.75
    ```

    Cells on a page share their variables, so the cells below see `f`.

    ## A figure

    A cell that draws a plot shows it as a figure. Its caption and its
    alternative text, which a screen reader reads out, are options written
    `#|` at the top of the cell.

    ```{julia}
    #| caption: The parabola f(x) on -2 to 2
    #| alt: A parabola whose lowest point, 2/3, is at x = -1/3; it rises to 9 at x = -2 and to 17 at x = 2
    using PlotlyJS
    x = collect(-2:0.1:2)
    plot([scatter(;x=x, y=f.(x), name="f(x)")])
    ```

    ## A formula

    Math is written in TeX, `$…$` inline and `$$…$$` on its own lines, and shown
    as MathML:

    $$
    f(x) = 3x^2 + 2x + 1, \qquad f'(x) = 6x + 2
    $$

    so $f'(2) = 14$, which Flux's `gradient` computes too:

    ```{julia}
    using Flux
    Tracker.gradient(f, 2.0)

    # output
    (14.0 (tracked),)
    ```

    """#
}
