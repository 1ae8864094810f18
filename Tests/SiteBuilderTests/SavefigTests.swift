import Foundation
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Plots' `savefig` writes the plot's SVG beside the page's `index.html`, and nowhere else.
@Suite struct SavefigTests {
  static func page(_ code: String) -> String {
    "---\ntitle: Figures\n---\n\n```{julia}\n\(code)\n```\n"
  }

  @Test func savefigWritesAStandaloneSVGInThePagesFolder() throws {
    let site = try ScratchSite(pages: [
      "01-figures.md": Self.page(
        "using Plots\np = histogram([1.0, 2.0, 2.5, 3.0])\nsavefig(p, \"hist.svg\");"),
      "index.md": "---\ntitle: Home\n---\n",
    ])
    defer { site.remove() }
    let built = try site.assemble()
    #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
    let bytes = try #require(built.files["figures/hist.svg"])
    let document = try XMLDocument(data: Data(bytes), options: [])
    let root = try #require(document.rootElement())
    #expect(root.name == "svg")
    // Standalone: it carries its own stylesheet, its bars and their legend sample.
    #expect(try root.nodes(forXPath: "*[local-name()='style']").count == 1)
    #expect(
      try root.nodes(forXPath: "//*[local-name()='path'][@class='sgp-bar']").count == 2)
  }

  @Test func savefigWritesOnlySVGFiles() throws {
    let site = try ScratchSite(pages: [
      "01-figures.md": Self.page("using Plots\nplot(1:3)\nsavefig(\"figures.jl\")"),
      "index.md": "---\ntitle: Home\n---\n",
    ])
    defer { site.remove() }
    let built = try site.assemble()
    // Only .svg names are accepted: the cell fails where it calls savefig.
    #expect(
      built.diagnostics.contains {
        $0.message.contains("only .svg files are supported by sitegen's Julia")
          && $0.range?.start.line == 8
      })
    // The page's own script download is what that name holds.
    let script = String(decoding: try #require(built.files["figures/figures.jl"]), as: UTF8.self)
    #expect(script.contains("savefig(\"figures.jl\")"))
  }
}
