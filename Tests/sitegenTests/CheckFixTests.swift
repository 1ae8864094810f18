import Foundation
import Testing

/// `sitegen check --fix` rewrites an expectation only where its cell, and every cell above it,
/// ran without an unexpected error; the hint to run it is given only there.
@Suite struct CheckFixTests {
  static let hint = "run `sitegen check --fix`"

  /// A page whose first cell has a typo (`randm`): both expectations are right, and both differ
  /// from what the cells now show.
  static let typoPage = """
    ---
    title: One
    ---

    ```{julia}
    using Random
    Random.seed!(3)
    w = randm(3)
    length(w)

    # output

    3
    ```

    ```{julia}
    sum(w .* 0) + 2

    # output

    2.0
    ```

    """

  static func project(page: String) throws -> TemporaryProject {
    try TemporaryProject([
      "content/site.yml": "title: Fix site\n",
      "content/index.md": "---\ntitle: Home\n---\n\nSee [one](01-one.md).\n",
      "content/01-one.md": page,
    ])
  }

  @Test func aTypoInAnEarlyCellLeavesThePageByteForByteAndSaysWhy() throws {
    let project = try Self.project(page: Self.typoPage)
    defer { project.remove() }
    let page = project.root.appendingPathComponent("content/01-one.md")
    let before = try Data(contentsOf: page)
    let run = try SitegenProcess.run(["check", "--fix"], in: project.root)
    #expect(run.status == 1)
    #expect(try Data(contentsOf: page) == before)
    #expect(!run.output.contains("rewrote"), "\(run.output)")
    #expect(
      run.output.contains("not rewritten: content/01-one.md:11: the cell at line 5 failed first"))
    #expect(
      run.output.contains("not rewritten: content/01-one.md:19: the cell at line 5 failed first"))
    #expect(run.errors.contains("UndefVarError: randm not defined"), "\(run.errors)")
    #expect(!run.errors.contains(Self.hint), "\(run.errors)")
  }

  @Test func aMismatchOnACleanPageIsHintedAndRewritten() throws {
    let clean = Self.typoPage.replacingOccurrences(of: "randm", with: "randn")
      .replacingOccurrences(of: "\n2.0\n", with: "\n2.5\n")
    let project = try Self.project(page: clean)
    defer { project.remove() }
    let page = project.root.appendingPathComponent("content/01-one.md")
    let check = try SitegenProcess.run(["check"], in: project.root)
    #expect(check.status == 1)
    #expect(check.errors.contains(Self.hint), "\(check.errors)")
    let fix = try SitegenProcess.run(["check", "--fix"], in: project.root)
    #expect(fix.output.contains("rewrote the expectations of content/01-one.md"), "\(fix.output)")
    #expect(!fix.output.contains("not rewritten"), "\(fix.output)")
    // The second cell's expectation is the actual output, after the blank line that separates
    // it from the marker as before; the first cell is as it was.
    let rewritten = try String(contentsOf: page, encoding: .utf8)
    let secondCell = try #require(clean.range(of: "```{julia}\nsum")).lowerBound
    #expect(rewritten.hasPrefix(clean[..<secondCell]))
    #expect(rewritten.hasSuffix("# output\n\n2.0\n```\n"), "\(rewritten)")
  }
}
