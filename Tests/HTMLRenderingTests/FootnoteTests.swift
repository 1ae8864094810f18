import HTMLRendering
import MarkdownParsing
import SiteModel
import Testing

/// Footnotes as GitHub's cmark-gfm renders them (its `footnotes` extension test), with boolean
/// attributes written `=""` so that pages stay well-formed XML.
@Suite struct FootnoteTests {
  @Test func referencesAreNumberedByFirstUseAndDefinitionsCollectedAtTheEnd() {
    let markdown = """
      Here is a footnote[^b] and another.[^a]

      [^a]: The *second* one.
      [^b]: The first one.

      """
    #expect(
      renderExtended(markdown) == """
        <p>Here is a footnote<sup class="footnote-ref"><a href="#fn-b" id="fnref-b" data-footnote-ref="">1</a></sup> and another.<sup class="footnote-ref"><a href="#fn-a" id="fnref-a" data-footnote-ref="">2</a></sup></p>
        <section class="footnotes" data-footnotes="">
        <ol>
        <li id="fn-b">
        <p>The first one. <a href="#fnref-b" class="footnote-backref" data-footnote-backref="" data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>
        </li>
        <li id="fn-a">
        <p>The <em>second</em> one. <a href="#fnref-a" class="footnote-backref" data-footnote-backref="" data-footnote-backref-idx="2" aria-label="Back to reference 2">↩</a></p>
        </li>
        </ol>
        </section>

        """)
  }

  @Test func indentedParagraphsAndCodeBelongToTheDefinition() {
    let markdown = """
      A long note.[^bignote]

      [^bignote]: Here's one with multiple paragraphs and code.

          Indent paragraphs to include them in the footnote.

              { my code }

      After.

      """
    #expect(
      renderExtended(markdown) == """
        <p>A long note.<sup class="footnote-ref"><a href="#fn-bignote" id="fnref-bignote" data-footnote-ref="">1</a></sup></p>
        <p>After.</p>
        <section class="footnotes" data-footnotes="">
        <ol>
        <li id="fn-bignote">
        <p>Here's one with multiple paragraphs and code.</p>
        <p>Indent paragraphs to include them in the footnote.</p>
        <pre><code>{ my code }
        </code></pre>
        <a href="#fnref-bignote" class="footnote-backref" data-footnote-backref="" data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a>
        </li>
        </ol>
        </section>

        """)
  }

  @Test func aSecondReferenceGetsItsOwnIdAndBackLink() {
    let markdown = "One[^n], two[^n].\n\n[^n]: Note.\n"
    #expect(
      renderExtended(markdown) == """
        <p>One<sup class="footnote-ref"><a href="#fn-n" id="fnref-n" data-footnote-ref="">1</a></sup>, two<sup class="footnote-ref"><a href="#fn-n" id="fnref-n-2" data-footnote-ref="">1</a></sup>.</p>
        <section class="footnotes" data-footnotes="">
        <ol>
        <li id="fn-n">
        <p>Note. <a href="#fnref-n" class="footnote-backref" data-footnote-backref="" data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a> <a href="#fnref-n-2" class="footnote-backref" data-footnote-backref="" data-footnote-backref-idx="1-2" aria-label="Back to reference 1-2">↩<sup class="footnote-ref">2</sup></a></p>
        </li>
        </ol>
        </section>

        """)
  }

  @Test func anUnreferencedDefinitionIsLeftOutAndALinkDefinitionLookalikeIsAFootnote() {
    let markdown = "See[^url].\n\n[^url]: https://example.com\n[^unused]: Never cited.\n"
    #expect(
      renderExtended(markdown) == """
        <p>See<sup class="footnote-ref"><a href="#fn-url" id="fnref-url" data-footnote-ref="">1</a></sup>.</p>
        <section class="footnotes" data-footnotes="">
        <ol>
        <li id="fn-url">
        <p>https://example.com <a href="#fnref-url" class="footnote-backref" data-footnote-backref="" data-footnote-backref-idx="1" aria-label="Back to reference 1">↩</a></p>
        </li>
        </ol>
        </section>

        """)
  }

  @Test func referencesInCodeAndDefinitionsInFencesAreText() {
    let markdown = "`a[^x]`\n\n```\n[^x]: not a definition\n```\n"
    #expect(
      renderExtended(markdown) == """
        <p><code>a[^x]</code></p>
        <pre><code>[^x]: not a definition
        </code></pre>

        """)
  }
}
