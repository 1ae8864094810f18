import HTMLRendering
import MarkdownParsing
import SiteModel
import SourcePositions
import Testing

/// `markdown` parsed (math on, `{julia}` known) and rendered by `renderer`.
func render(_ markdown: String, with renderer: HTMLRenderer = HTMLRenderer()) -> RenderedPage {
  let (document, _) = MarkdownParser.parse(markdown, file: "page.md", knownDirectives: ["julia"])
  return renderer.render(document)
}

@Suite struct HeadingIDTests {
  @Test func headingsGetGitHubSlugs() {
    #expect(
      render("## Hello, World!\n").html == "<h2 id=\"hello-world\">Hello, World!</h2>\n")
  }

  @Test func repeatedHeadingsGetNumberedSuffixes() {
    let html = render("# A\n\n## A\n\n### A\n\n# A-1\n").html
    #expect(
      html == """
        <h1 id="a">A</h1>
        <h2 id="a-1">A</h2>
        <h3 id="a-2">A</h3>
        <h1 id="a-1-1">A-1</h1>

        """)
  }

  @Test func slugsUseTheHeadingsPlainText() {
    let html = render("## The `f_tracked` *fit* of $|x|$ — 2nd try\n").html
    #expect(html.hasPrefix("<h2 id=\"the-f_tracked-fit-of-x--2nd-try\">"))
  }

  @Test func slugsKeepUnicodeLettersAndLowercaseThem() {
    #expect(render("# Ünïcödé Straße 日本\n").html.hasPrefix("<h1 id=\"ünïcödé-straße-日本\">"))
  }

  @Test func headingWithoutSlugTextGetsSection() {
    #expect(
      render("# ???\n\n# !!!\n").html
        == "<h1 id=\"section\">???</h1>\n<h1 id=\"section-1\">!!!</h1>\n")
  }

  @Test func idsCanBeTurnedOff() {
    #expect(render("# A\n", with: HTMLRenderer(headingIDs: false)).html == "<h1>A</h1>\n")
  }

  @Test func tableOfContentsListsSecondAndThirdLevelHeadings() {
    let page = render("# Top\n\n## Setup & *run*\n\n### Details\n\n#### Deep\n\n## Setup & run\n")
    #expect(
      page.tableOfContents == [
        TableOfContentsEntry(level: 2, text: "Setup & run", id: "setup--run"),
        TableOfContentsEntry(level: 3, text: "Details", id: "details"),
        TableOfContentsEntry(level: 2, text: "Setup & run", id: "setup--run-1"),
      ])
  }
}

@Suite struct LinkRewritingTests {
  /// The site's rule: `other.md#x` → `../other/index.html#x`; anything else unchanged.
  private static func pageURL(_ destination: String) -> String {
    let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    guard let path = parts.first, path.hasSuffix(".md"), !path.contains(":") else {
      return destination
    }
    let fragment = parts.count > 1 ? "#" + parts[1] : ""
    return "../" + path.dropLast(3) + "/index.html" + fragment
  }

  private let renderer = HTMLRenderer(rewriteLink: LinkRewritingTests.pageURL)

  @Test func markdownLinksAreRewrittenByTheCallersRule() {
    #expect(
      render("[next](other.md) and [part](other.md#x-y)", with: renderer).html
        == "<p><a href=\"../other/index.html\">next</a> and <a href=\"../other/index.html#x-y\">part</a></p>\n"
    )
  }

  @Test func otherLinksPassThroughTheRule() {
    #expect(
      render("[w](https://example.com/a.md) <https://x.org>", with: renderer).html
        == "<p><a href=\"https://example.com/a.md\">w</a> <a href=\"https://x.org\">https://x.org</a></p>\n"
    )
  }

  @Test func rewrittenLinksAreEscapedOnce() {
    let renderer = HTMLRenderer(rewriteLink: { _ in "/a b?x=1&y=\"2\"" })
    #expect(
      render("[t](z.md)", with: renderer).html
        == "<p><a href=\"/a%20b?x=1&amp;y=%222%22\">t</a></p>\n")
  }

  @Test func imageSourcesHaveTheirOwnRule() {
    let renderer = HTMLRenderer(rewriteImageSource: { "../" + $0 })
    #expect(
      render("![plot](img/p.svg)", with: renderer).html
        == "<p><img src=\"../img/p.svg\" alt=\"plot\" /></p>\n")
  }
}

@Suite struct EscapingTests {
  @Test func textIsEscapedExactlyOnce() {
    #expect(
      render(#"a < b & "c" > d &amp; &lt;"#).html
        == "<p>a &lt; b &amp; &quot;c&quot; &gt; d &amp; &lt;</p>\n")
  }

  @Test func codeIsEscapedExactlyOnce() {
    #expect(render("`&lt;<`").html == "<p><code>&amp;lt;&lt;</code></p>\n")
    #expect(
      render("```\n&amp; <b>\n```\n").html == "<pre><code>&amp;amp; &lt;b&gt;\n</code></pre>\n")
  }

  @Test func titlesAndLanguagesAreEscapedExactlyOnce() {
    #expect(
      render(#"[a](/u "x &amp; <y> \"z\"")"#).html
        == "<p><a href=\"/u\" title=\"x &amp; &lt;y&gt; &quot;z&quot;\">a</a></p>\n")
    #expect(
      render("```a&amp;<b>\nx\n```\n").html
        == "<pre><code class=\"language-a&amp;&lt;b&gt;\">x\n</code></pre>\n")
  }

  @Test func hrefEscapingFollowsCmark() {
    #expect(
      HTMLEscaping.escapeHref("/a b/ä?x=1&y='2'#f") == "/a%20b/%C3%A4?x=1&amp;y=&#x27;2&#x27;#f")
    #expect(HTMLEscaping.escapeHref("%20[x]") == "%20%5Bx%5D")
  }

  @Test func mathIsEscapedOnceByDefault() {
    #expect(
      render("if $a<b \\& c$ then").html
        == "<p>if <span class=\"math\">a&lt;b \\&amp; c</span> then</p>\n")
    #expect(
      render("$$\nx > 0\n$$\n").html == "<div class=\"math\">x &gt; 0</div>\n")
    #expect(
      render("so $$a&b$$ ok").html == "<p>so <span class=\"math display\">a&amp;b</span> ok</p>\n")
  }

  @Test func mathInImageAltIsItsTeX() {
    #expect(
      render("![curve of $x<1$](p.svg)").html
        == "<p><img src=\"p.svg\" alt=\"curve of x&lt;1\" /></p>\n")
  }

  @Test func headingTextInTableOfContentsIsNotEscaped() {
    #expect(render("## a < b\n").tableOfContents.first?.text == "a < b")
  }
}

@Suite struct HookTests {
  @Test func mathHookReceivesTeXPlacementAndRange() {
    var seen: [Math] = []
    let renderer = HTMLRenderer(renderMath: { math in
      HTMLFragment(html: "<m>\(math.tex)</m>")
    })
    let page = render("a $x$ b\n\n$$\ny\n$$\n", with: renderer)
    #expect(page.html == "<p>a <m>x</m> b</p>\n<m>y</m>")
    let (document, _) = MarkdownParser.parse("a $x$ b", file: "p.md", knownDirectives: [])
    _ = HTMLRenderer(renderMath: { math in
      seen.append(math)
      return HTMLFragment(html: "")
    }).render(document)
    #expect(
      seen == [
        Math(
          tex: "x", placement: .inline,
          range: SourceRange(
            start: SourceLocation(line: 1, column: 3), end: SourceLocation(line: 1, column: 5)),
          origin: SnippetOrigin(lineStarts: [SourceLocation(line: 1, column: 4)]))
      ])
  }

  @Test func hookDiagnosticsAreCollected() {
    let problem = Diagnostic.error("unknown command \\foo", file: "p.md")
    let renderer = HTMLRenderer(renderMath: { _ in HTMLFragment(html: "?", diagnostics: [problem]) }
    )
    #expect(render("$\\foo$ and $x$", with: renderer).diagnostics == [problem, problem])
  }

  @Test func directivesShowAsEscapedCodeByDefault() {
    #expect(
      render("```{julia}\n#| echo: true\nx = 1 < 2\n```\n").html
        == "<pre><code class=\"language-julia\">#| echo: true\nx = 1 &lt; 2\n</code></pre>\n")
  }

  @Test func directiveHookReplacesTheBlock() {
    let renderer = HTMLRenderer(renderDirective: { directive in
      HTMLFragment(html: "<div class=\"cell\">\(directive.options.count)</div>\n")
    })
    #expect(
      render("text\n```{julia}\n#| echo: true\nx\n```\nafter\n", with: renderer).html
        == "<p>text</p>\n<div class=\"cell\">1</div>\n<p>after</p>\n")
  }
}

@Suite struct MathLayoutTests {
  @Test func mathInsideEmphasisAndStrong() {
    #expect(
      render("*$x$* and **$y$**").html
        == "<p><em><span class=\"math\">x</span></em> and <strong><span class=\"math\">y</span></strong></p>\n"
    )
  }

  @Test func mathBlockInATightListStartsOnItsOwnLine() {
    #expect(
      render("- $$\n  a\n  $$\n- b\n").html
        == "<ul>\n<li>\n<div class=\"math\">a</div>\n</li>\n<li>b</li>\n</ul>\n")
  }

  @Test func mathNextToWordsKeepsTheWords() {
    #expect(
      render("f$(x)$g and 2$^{nd}$").html
        == "<p>f<span class=\"math\">(x)</span>g and 2<span class=\"math\">^{nd}</span></p>\n")
  }

  @Test func mathInLinkText() {
    #expect(
      render("[the $\\ell_2$ norm](norm.md)").html
        == "<p><a href=\"norm.md\">the <span class=\"math\">\\ell_2</span> norm</a></p>\n")
  }
}
