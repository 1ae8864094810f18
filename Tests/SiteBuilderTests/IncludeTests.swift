import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

/// `include("file.jl")` runs a `.jl` file of the content folder in the page's session; a path out
/// of the folder is refused at its place; a change to an included file runs the pages again.
@Suite struct IncludeTests {
  static let page = """
    ---
    title: Included
    ---
    ```{julia}
    include("lib/helpers.jl")

    # output

    loaded
    42
    ```

    ```{julia}
    square(3)

    # output

    9
    ```

    ```{julia}
    #| error: true
    include("../outside.jl")
    ```
    """

  @Test func aCellRunsAFileOfTheContentFolder() throws {
    let site = try ScratchSite(pages: [
      "index.md": "---\ntitle: Home\n---\n# Home\n", "01-included.md": Self.page,
    ])
    defer { site.remove() }
    try FileManager.default.createDirectory(
      at: site.content.appendingPathComponent("lib"), withIntermediateDirectories: true)
    try site.write("lib/helpers.jl", "square(x) = x^2\nprintln(\"loaded\")\n42\n")
    let result = try site.assemble()
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let html = String(decoding: result.files["included/index.html"] ?? [], as: UTF8.self)
    #expect(html.contains("outside the content folder, is not supported by sitegen"))
  }

  @Test func theCacheKeyHoldsTheIncludedFiles() {
    let a = ExecutionCache.key(file: "p.md", body: "b", textFigures: false, includes: ["a.jl": "1"])
    let b = ExecutionCache.key(file: "p.md", body: "b", textFigures: false, includes: ["a.jl": "2"])
    #expect(a != b)
  }
}
