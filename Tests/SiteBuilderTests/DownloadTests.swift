import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Each page is offered as a Jupyter notebook with its outputs and as a Literate.jl script,
/// written beside its `index.html`; the notebook imports back into a page that checks clean.
@Suite struct DownloadTests {
  static let page = #"""
    ---
    title: Demo page
    ---

    Some *prose* with $x^2$.

    ```{julia}
    # a comment
    f(x) = 3x^2 + 2x + 1
    println("f(2) = ", f(2))
    f(0.5)

    # output

    f(2) = 17
    2.75
    ```

    Between cells.

    ```{julia}
    #| caption: A parabola
    #| alt: Two points of a parabola
    using PlotlyJS
    plot([scatter(;x=[1.0, 2.0], y=[f(1.0), f(2.0)])])
    ```

    ```{julia}
    #| error: true
    sqrt(-1.0)
    ```

    ```{julia}
    #| eval: false
    f(3)
    ```

    Last words.

    """#

  static let home = "---\ntitle: Home\n---\n\nHi.\n"

  /// The notebook's JSON, read by Foundation's parser (not sitegen's own reader).
  func notebook(_ bytes: [UInt8]?) throws -> [String: Any] {
    let data = Data(try #require(bytes))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// nbformat's multiline string: the array of lines joined.
  func joined(_ value: Any?) -> String? {
    (value as? [String])?.joined()
  }

  @Test func theNotebookHasTheProseTheCodeAndTheOutputsInOrder() throws {
    let site = try ScratchSite(pages: ["01-demo.md": Self.page, "index.md": Self.home])
    defer { site.remove() }
    let built = try site.assemble()
    #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
    let root = try notebook(built.files["demo/demo.ipynb"])

    #expect(root["nbformat"] as? Int == 4)
    #expect(root["nbformat_minor"] as? Int == 2)
    let metadata = try #require(root["metadata"] as? [String: Any])
    let kernel = try #require(metadata["kernelspec"] as? [String: String])
    #expect(
      kernel == ["name": "julia-1.0", "display_name": "Julia 1.0.0", "language": "julia"])
    let language = try #require(metadata["language_info"] as? [String: String])
    #expect(language["name"] == "julia")
    #expect(language["version"] == "1.0.0")
    #expect(language["file_extension"] == ".jl")

    let cells = try #require(root["cells"] as? [[String: Any]])
    #expect(
      cells.map { $0["cell_type"] as? String }
        == ["markdown", "code", "markdown", "code", "code", "code", "markdown"])
    #expect(joined(cells[0]["source"]) == "# Demo page\n\nSome *prose* with $x^2$.")
    #expect(joined(cells[2]["source"]) == "Between cells.")
    #expect(joined(cells[6]["source"]) == "Last words.")
    #expect(
      cells.map { $0["execution_count"] as? Int } == [nil, 1, nil, 2, 3, nil, nil])
    #expect(cells[5]["execution_count"] is NSNull)

    // A cell's code is what the author wrote above '# output', options included.
    #expect(
      joined(cells[1]["source"])
        == "# a comment\nf(x) = 3x^2 + 2x + 1\nprintln(\"f(2) = \", f(2))\nf(0.5)")
    let first = try #require(cells[1]["outputs"] as? [[String: Any]])
    #expect(first.count == 2)
    #expect(first[0]["output_type"] as? String == "stream")
    #expect(first[0]["name"] as? String == "stdout")
    #expect(joined(first[0]["text"]) == "f(2) = 17\n")
    #expect(first[1]["output_type"] as? String == "execute_result")
    #expect(first[1]["execution_count"] as? Int == 1)
    let value = try #require(first[1]["data"] as? [String: Any])
    #expect(joined(value["text/plain"]) == "2.75")

    let figure = try #require(cells[3]["outputs"] as? [[String: Any]])
    #expect(figure.map { $0["output_type"] as? String } == ["display_data"])
    let svg = try #require(joined((figure[0]["data"] as? [String: Any])?["image/svg+xml"]))
    #expect(svg.hasPrefix("<svg"))
    #expect(svg.contains("Two points of a parabola"))

    let failure = try #require(cells[4]["outputs"] as? [[String: Any]])
    #expect(failure.count == 1)
    #expect(failure[0]["output_type"] as? String == "error")
    #expect(failure[0]["ename"] as? String == "DomainError")
    #expect((failure[0]["evalue"] as? String)?.hasPrefix("DomainError with -1.0:") == true)
    #expect((failure[0]["traceback"] as? [String])?.count == 1)

    #expect((cells[5]["outputs"] as? [Any])?.isEmpty == true)
    #expect(joined(cells[5]["source"]) == "#| eval: false\nf(3)")
  }

  @Test func theScriptIsLiterateJl() throws {
    let site = try ScratchSite(pages: ["01-demo.md": Self.page, "index.md": Self.home])
    defer { site.remove() }
    let built = try site.assemble()
    let script = String(decoding: try #require(built.files["demo/demo.jl"]), as: UTF8.self)
    #expect(
      script == """
        # # Demo page
        #
        # Some *prose* with $x^2$.

        ## a comment
        f(x) = 3x^2 + 2x + 1
        println("f(2) = ", f(2))
        f(0.5)

        # Between cells.

        #| caption: A parabola
        #| alt: Two points of a parabola
        using PlotlyJS
        plot([scatter(;x=[1.0, 2.0], y=[f(1.0), f(2.0)])])

        #| error: true
        sqrt(-1.0)

        #| eval: false
        f(3)

        # Last words.

        """)
  }

  @Test func thePageLinksToItsDownloadsAndTheLinksResolve() throws {
    let site = try ScratchSite(pages: ["01-demo.md": Self.page, "index.md": Self.home])
    defer { site.remove() }
    let built = try site.assemble()
    #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
    let page = try ParsedPage(try #require(built.files["demo/index.html"]))
    let paragraph = try #require(
      try page.elements(named: "p").compactMap { $0 as? XMLElement }.first {
        $0.attribute(forName: "class")?.stringValue == "downloads"
      })
    let links = try paragraph.nodes(forXPath: "*[local-name()='a']").compactMap {
      $0 as? XMLElement
    }
    #expect(links.map { $0.attribute(forName: "href")?.stringValue } == ["demo.ipynb", "demo.jl"])
    #expect(links.map { $0.stringValue } == [".ipynb", ".jl"])
    #expect(paragraph.stringValue == "Download: .ipynb · .jl")
    // The home page's are named index.
    #expect(built.files["index.ipynb"] != nil)
    #expect(built.files["index.jl"] != nil)
    #expect(OutputLinkChecker.check(built.files).isEmpty)
  }

  @Test func theDownloadsAreTheSameBytesOnEveryBuild() throws {
    let site = try ScratchSite(pages: ["01-demo.md": Self.page, "index.md": Self.home])
    defer { site.remove() }
    let first = try site.assemble()
    let second = try site.assemble()
    #expect(first.files["demo/demo.ipynb"] == second.files["demo/demo.ipynb"])
    #expect(first.files["demo/demo.jl"] == second.files["demo/demo.jl"])
  }

  @Test func theNotebookImportsBackIntoAPageThatChecksClean() throws {
    let site = try ScratchSite(pages: ["01-demo.md": Self.page, "index.md": Self.home])
    defer { site.remove() }
    let notebook = try #require(try site.assemble().files["demo/demo.ipynb"])
    let back = try ScratchSite(pages: ["index.md": Self.home])
    defer { back.remove() }
    let notebookPath = back.root.appendingPathComponent("demo.ipynb").path
    try Data(notebook).write(to: URL(fileURLWithPath: notebookPath))
    let imported = try SiteBuilder.importNotebook(
      file: notebookPath, output: back.content.appendingPathComponent("01-demo.md").path)
    #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
    let built = try back.builder.build()
    #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
    let checked = try back.builder.check()
    #expect(checked.diagnostics.isEmpty, "\(checked.diagnostics)")
    // Every cell came back, and each one that ran compared its outputs with the notebook's.
    let page = try #require(
      String(
        data: try Data(contentsOf: back.content.appendingPathComponent("01-demo.md")),
        encoding: .utf8))
    #expect(page.components(separatedBy: "```{julia}").count == 5)
    #expect(page.components(separatedBy: "# output").count == 4)
    #expect(page.hasPrefix("---\ntitle: Demo page\n---\n"))
  }

  @Test(arguments: ["#| output: false", "#| tags: [remove-output]", "#| tags: [remove-cell]"])
  func aCellThatShowsNoOutputImportsBackWithoutAnExpectation(option: String) throws {
    let page = "---\ntitle: Quiet\n---\n\n```{julia}\n\(option)\nx = 1\n```\n"
    let site = try ScratchSite(pages: ["01-quiet.md": page, "index.md": Self.home])
    defer { site.remove() }
    let notebook = try #require(try site.assemble().files["quiet/quiet.ipynb"])
    let back = try ScratchSite(pages: ["index.md": Self.home])
    defer { back.remove() }
    let notebookPath = back.root.appendingPathComponent("quiet.ipynb").path
    try Data(notebook).write(to: URL(fileURLWithPath: notebookPath))
    let pagePath = back.content.appendingPathComponent("01-quiet.md").path
    _ = try SiteBuilder.importNotebook(file: notebookPath, output: pagePath)
    #expect(try back.assemble().diagnostics.isEmpty)
    let imported = String(
      decoding: try Data(contentsOf: URL(fileURLWithPath: pagePath)), as: UTF8.self)
    #expect(imported == page)
  }

  @Test func linksToTheSitesPagesLeadToTheirURLsUnderBaseURL() throws {
    let site = try ScratchSite(pages: [
      "index.md": Self.home,
      "01-demo.md": Self.page,
      "02-more.md": """
      ---
      title: More
      ---

      See [the demo](01-demo.md), [its end](demo.md#top), [a site](https://julialang.org),
      [home](index.md "Home") and [ref].

      [ref]: 01-demo.md

      """,
    ])
    defer { site.remove() }
    let script = { (built: BuildResult) in
      String(decoding: built.files["more/more.jl"] ?? [], as: UTF8.self)
    }
    // Without base_url the links stay as written.
    #expect(script(try site.assemble()).contains("[the demo](01-demo.md)"))

    try site.write("site.yml", "title: Scratch\nbase_url: https://example.org/docs/\n")
    let built = try site.assemble()
    #expect(
      script(built) == """
        # # More
        #
        # See [the demo](https://example.org/docs/demo/), [its end](https://example.org/docs/demo/#top), [a site](https://julialang.org),
        # [home](https://example.org/docs/ "Home") and [ref].
        #
        # [ref]: https://example.org/docs/demo/

        """)
    let root = try notebook(built.files["more/more.ipynb"])
    let cells = try #require(root["cells"] as? [[String: Any]])
    #expect(joined(cells.first?["source"])?.contains("(https://example.org/docs/demo/)") == true)
  }
}
