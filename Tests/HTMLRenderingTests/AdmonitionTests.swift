import HTMLRendering
import MarkdownParsing
import SiteModel
import Testing

/// `{note}`, `{tip}`, `{important}` and `{warning}` blocks: Markdown in an `<aside>`.
@Suite struct AdmonitionTests {
  @Test func aNoteHasItsDefaultTitleAndMarkdownInside() {
    #expect(
      renderExtended("```{note}\nSome *emphasis* and $x$.\n\n- a\n- b\n```\n") == """
        <aside class="admonition note">
        <p class="admonition-title">Note</p>
        <p>Some <em>emphasis</em> and <span class="math">x</span>.</p>
        <ul>
        <li>a</li>
        <li>b</li>
        </ul>
        </aside>

        """)
  }

  @Test func theInfoStringAfterTheNameIsTheTitleInInlineMarkdown() {
    #expect(
      renderExtended("```{warning} Don't *mix* $x$ & 1 < 2\nConvert first.\n```\n") == """
        <aside class="admonition warning">
        <p class="admonition-title">Don't <em>mix</em> $x$ &amp; 1 &lt; 2</p>
        <p>Convert first.</p>
        </aside>

        """)
  }

  @Test func admonitionsNestWithLongerFences() {
    let markdown = """
      ````{tip}
      Outer.

      ```{important}
      Inner.
      ```
      ````

      """
    #expect(
      renderExtended(markdown) == """
        <aside class="admonition tip">
        <p class="admonition-title">Tip</p>
        <p>Outer.</p>
        <aside class="admonition important">
        <p class="admonition-title">Important</p>
        <p>Inner.</p>
        </aside>
        </aside>

        """)
  }

  @Test func aPlainFenceNamedLikeAnAdmonitionIsCode() {
    #expect(
      renderExtended("```note\n*not* Markdown\n```\n") == """
        <pre><code class="language-note">*not* Markdown
        </code></pre>

        """)
  }
}
