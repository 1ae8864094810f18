import SiteModel
import Testing

@testable import CellExecution

/// `check --fix` is offered only for a mismatch in a cell that ran cleanly on a page whose
/// earlier directives ran cleanly too: after a failure, the actual outputs may be its
/// knock-on effects and the expectations right.
@Suite struct ExpectationFixTests {
  static let hint = "run `sitegen check --fix` to rewrite the expectation from the actual output"

  /// The notes of the page's output mismatches, in page order.
  static func mismatchNotes(_ page: ExecutedPage) -> [[String]] {
    page.diagnostics.filter { $0.message.hasPrefix("the cell's output differs") }.map(\.notes)
  }

  /// A typo in the first cell: its own expectation and the later ones differ, all because of it.
  static let typo = """
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

  @Test func aFailedCellBlocksItsOwnRewriteAndEveryLaterOne() {
    let page = execute(Self.typo)
    // The second cell fails too, reading what the first never defined.
    #expect(page.failures == [1, 12])
    #expect(page.fixes.count == 2, "\(page.fixes)")
    #expect(page.fixes.map(\.blockedBy) == [1, 1])
    #expect(
      page.fixes.map(\.reasonLeft) == Array(repeating: "the cell at line 1 failed first", count: 2))
    let notes = Self.mismatchNotes(page)
    #expect(notes.count == 2)
    #expect(notes.allSatisfy { !$0.contains(Self.hint) }, "\(notes)")
    #expect(notes.first?.first?.hasPrefix("the cell failed") == true, "\(notes)")
    #expect(notes.last?.first?.hasPrefix("a cell above failed first") == true, "\(notes)")
  }

  @Test func aMismatchOnACleanPageIsOfferedForRewriting() {
    let page = execute(Self.typo.replacingOccurrences(of: "randm", with: "randn"))
    #expect(page.failures.isEmpty)
    // The first cell now matches; the second's expectation is wrong (the sum is 2.0 + 0.0).
    let fixed = execute(
      Self.typo.replacingOccurrences(of: "randm", with: "randn")
        .replacingOccurrences(of: "\n2.0\n", with: "\n2.5\n"))
    #expect(page.fixes.isEmpty, "\(page.fixes)")
    #expect(fixed.fixes.map(\.blockedBy) == [nil])
    // The blank line between the marker and the expectation stays.
    #expect(fixed.fixes.map(\.text) == ["\n2.0"])
    #expect(Self.mismatchNotes(fixed) == [[Self.hint]])
  }

  @Test func aFailureBelowAMismatchDoesNotBlockIt() {
    let page = execute("```{julia}\n1 + 1\n# output\n3\n```\n\n```{julia}\nundefined_name\n```\n")
    #expect(page.failures == [7])
    #expect(page.fixes.map(\.blockedBy) == [nil])
    // No blank line after the marker: none is added.
    #expect(page.fixes.map(\.text) == ["2"])
    #expect(Self.mismatchNotes(page) == [[Self.hint]])
  }

  @Test func anExpectedErrorIsNoFailure() {
    let page = execute(
      "```{julia}\n#| error: true\nundefined_name\n```\n\n```{julia}\n1 + 1\n# output\n3\n```\n")
    #expect(page.failures.isEmpty)
    #expect(page.fixes.map(\.blockedBy) == [nil])
  }

  @Test func aTrainingRunThatCannotRunBlocksLaterRewrites() {
    let page = execute(
      """
      ```{train}
      name: fit
      target: nowhere
      model: polynomial
      order: 2
      epochs: 3
      points: -1:1:1
      ```

      ```{julia}
      1 + 1
      # output
      3
      ```
      """)
    #expect(page.failures == [1], "\(page.diagnostics)")
    #expect(page.fixes.map(\.blockedBy) == [1])
  }
}
