import HTMLRendering
import MarkdownParsing
import SiteModel
import Testing

/// `markdown` parsed with every standard directive and rendered as plain CommonMark plus the
/// extensions (no heading ids).
func renderExtended(_ markdown: String) -> String {
  let (document, _) = MarkdownParser.parse(markdown, file: "page.md")
  return HTMLRenderer.commonMark.render(document).html
}

/// The examples of the GFM specification's "Tables (extension)" section, with its expected HTML.
@Suite struct PipeTableTests {
  @Test func headerDelimiterAndBodyRows() {
    #expect(
      renderExtended("| foo | bar |\n| --- | --- |\n| baz | bim |\n") == """
        <table>
        <thead>
        <tr>
        <th>foo</th>
        <th>bar</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>baz</td>
        <td>bim</td>
        </tr>
        </tbody>
        </table>

        """)
  }

  @Test func alignmentsAndInconsistentOuterPipes() {
    #expect(
      renderExtended("| abc | defghi |\n:-: | -----------:\nbar | baz\n") == """
        <table>
        <thead>
        <tr>
        <th align="center">abc</th>
        <th align="right">defghi</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td align="center">bar</td>
        <td align="right">baz</td>
        </tr>
        </tbody>
        </table>

        """)
  }

  @Test func escapedPipesStayInTheirCellEvenInsideSpans() {
    #expect(
      renderExtended("| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n") == """
        <table>
        <thead>
        <tr>
        <th>f|oo</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>b <code>|</code> az</td>
        </tr>
        <tr>
        <td>b <strong>|</strong> im</td>
        </tr>
        </tbody>
        </table>

        """)
  }

  @Test func anotherBlockEndsTheTable() {
    #expect(
      renderExtended("| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n") == """
        <table>
        <thead>
        <tr>
        <th>abc</th>
        <th>def</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>bar</td>
        <td>baz</td>
        </tr>
        </tbody>
        </table>
        <blockquote>
        <p>bar</p>
        </blockquote>

        """)
  }

  @Test func aBlankLineEndsTheTableAndALineWithoutPipesIsARow() {
    #expect(
      renderExtended("| abc | def |\n| --- | --- |\n| bar | baz |\nbar\n\nbar\n") == """
        <table>
        <thead>
        <tr>
        <th>abc</th>
        <th>def</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>bar</td>
        <td>baz</td>
        </tr>
        <tr>
        <td>bar</td>
        <td></td>
        </tr>
        </tbody>
        </table>
        <p>bar</p>

        """)
  }

  @Test func aHeaderWithADifferentCellCountIsNoTable() {
    #expect(
      renderExtended("| abc | def |\n| --- |\n| bar |\n") == """
        <p>| abc | def |
        | --- |
        | bar |</p>

        """)
  }

  @Test func shortRowsArePaddedAndLongRowsCut() {
    #expect(
      renderExtended("| abc | def |\n| --- | --- |\n| bar |\n| bar | baz | boo |\n") == """
        <table>
        <thead>
        <tr>
        <th>abc</th>
        <th>def</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>bar</td>
        <td></td>
        </tr>
        <tr>
        <td>bar</td>
        <td>baz</td>
        </tr>
        </tbody>
        </table>

        """)
  }

  @Test func aTableWithoutBodyRowsHasNoTbody() {
    #expect(
      renderExtended("| abc | def |\n| --- | --- |\n") == """
        <table>
        <thead>
        <tr>
        <th>abc</th>
        <th>def</th>
        </tr>
        </thead>
        </table>

        """)
  }

  // Beyond the specification's examples.

  @Test func linesAboveTheHeaderRowStayAParagraph() {
    #expect(
      renderExtended("Results:\n| a | b |\n|---|--:|\n| 1 | 2 |\n") == """
        <p>Results:</p>
        <table>
        <thead>
        <tr>
        <th>a</th>
        <th align="right">b</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>1</td>
        <td align="right">2</td>
        </tr>
        </tbody>
        </table>

        """)
  }

  @Test func cellsHoldInlineMarkdownAndMathWhosePipesDoNotSplitThem() {
    let html = renderExtended(
      "| loss | fit of $|x|$ |\n| --- | --- |\n| *l2* | [page](a.md) `x` |\n")
    #expect(
      html == """
        <table>
        <thead>
        <tr>
        <th>loss</th>
        <th>fit of <span class="math">|x|</span></th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td><em>l2</em></td>
        <td><a href="a.md">page</a> <code>x</code></td>
        </tr>
        </tbody>
        </table>

        """)
  }

  @Test func aCellStartingLikeABlockStaysText() {
    #expect(
      renderExtended("| # | > | - | 1. |\n|---|---|---|---|\n") == """
        <table>
        <thead>
        <tr>
        <th>#</th>
        <th>&gt;</th>
        <th>-</th>
        <th>1.</th>
        </tr>
        </thead>
        </table>

        """)
  }

  @Test func tablesInsideQuotesAndLists() {
    #expect(
      renderExtended("> | a |\n> |---|\n> | 1 |\n\n- | b |\n  |---|\n  | 2 |\n") == """
        <blockquote>
        <table>
        <thead>
        <tr>
        <th>a</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>1</td>
        </tr>
        </tbody>
        </table>
        </blockquote>
        <ul>
        <li>
        <table>
        <thead>
        <tr>
        <th>b</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>2</td>
        </tr>
        </tbody>
        </table>
        </li>
        </ul>

        """)
  }
  @Test func aRuleRightUnderATableIsAThematicBreakNotAHeading() {
    #expect(
      renderExtended("| a |\n|---|\n| 1 |\n---\n") == """
        <table>
        <thead>
        <tr>
        <th>a</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>1</td>
        </tr>
        </tbody>
        </table>
        <hr />

        """)
  }

  @Test func equalsSignsRightUnderATableAreARow() {
    #expect(
      renderExtended("| a |\n|---|\n===\n") == """
        <table>
        <thead>
        <tr>
        <th>a</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td>===</td>
        </tr>
        </tbody>
        </table>

        """)
  }

  @Test func aSetextHeadingWithoutATableStaysAHeading() {
    #expect(renderExtended("a | b\n---\n") == "<h2>a | b</h2>\n")
  }
}
