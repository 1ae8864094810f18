import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Fenced blocks in the languages tutorials show beside Julia are highlighted at build time,
/// with the theme's token classes; read back from the built page's XHTML.
@Suite struct CodeHighlightingTests {
  /// A page with one fenced block of `language` holding `code`, built; the highlighted spans of
  /// its code element as `class: text`, in order.
  func spans(_ language: String, _ code: String) throws -> [String] {
    let fence = "```"
    let site = try ScratchSite(pages: [
      "01-code.md": "---\ntitle: Code\n---\n\n\(fence)\(language)\n\(code)\n\(fence)\n",
      "index.md": "---\ntitle: Home\n---\n",
    ])
    defer { site.remove() }
    let built = try site.assemble()
    #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
    let page = try ParsedPage(try #require(built.files["code/index.html"]))
    let codes = try page.elements(named: "code").compactMap { $0 as? XMLElement }.filter {
      $0.attribute(forName: "class")?.stringValue == "language-\(language)"
    }
    let element = try #require(codes.first)
    // FoundationXML drops text nodes of white space alone, so the text is compared without it.
    #expect(
      element.stringValue?.filter { !$0.isWhitespace } == code.filter { !$0.isWhitespace },
      "the highlighted code keeps every character")
    return try element.nodes(forXPath: "*[local-name()='span']").compactMap { node in
      guard let span = node as? XMLElement,
        let name = span.attribute(forName: "class")?.stringValue
      else { return nil }
      return "\(name.replacing("hl-", with: "")): \(span.stringValue ?? "")"
    }
  }

  @Test func shell() throws {
    #expect(
      try spans("sh", "pkg-config --exists libcmark || apt-get install -y \"$PKG\" # quietly")
        == [
          "function: pkg-config", "operator: ||", "function: apt-get", "string: \"$PKG\"",
          "comment: # quietly",
        ])
    #expect(
      try spans("bash", "for f in *.md; do\n  echo ${f%.md} 'x' 2 > out\ndone")
        == [
          "keyword: for", "keyword: in", "operator: ;", "keyword: do", "function: echo",
          "macro: ${f%.md}",
          "string: 'x'", "number: 2", "operator: >", "keyword: done",
        ])
    #expect(try spans("sh", "X=1 swift run") == ["function: swift"])
  }

  @Test func consoleSessionsHighlightTheCommandsNotTheOutput() throws {
    #expect(
      try spans("console", "$ sitegen init site # new\nwrote site/content/site.yml\n$ ls")
        == ["operator: $", "function: sitegen", "comment: # new", "operator: $", "function: ls"])
  }

  @Test func python() throws {
    #expect(
      try spans(
        "python",
        "@jit\ndef fit(x, eta=1e-5):\n    \"\"\"Fit.\n    \"\"\"\n    return f\"{x}\" if x else None  # done"
      ) == [
        "macro: @jit", "keyword: def", "function: fit", "operator: =", "number: 1e-5",
        "string: \"\"\"Fit.", "string:     \"\"\"", "keyword: return", "string: f\"{x}\"",
        "keyword: if",
        "keyword: else", "keyword: None", "comment: # done",
      ])
  }

  @Test func swift() throws {
    #expect(
      try spans(
        "swift",
        "@main struct App {\n  /* a /* nested */ comment */\n  func run() -> Int { print(#\"a\"b\"#); return 0x1F }  // end\n}"
      ) == [
        "macro: @main", "keyword: struct", "comment: /* a /* nested */ comment */",
        "keyword: func", "function: run", "operator: ->", "function: print",
        "string: #\"a\"b\"#", "keyword: return", "number: 0x1F", "comment: // end",
      ])
  }

  @Test func yaml() throws {
    #expect(
      try spans(
        "yaml",
        "---\ntitle: \"Flux\" # the site\nbase_url: https://example.org/a#b\nitems:\n  - 1.5e3\n  - [true, ~, x]\nnote: |\n  text: not a key\nlast: null"
      ) == [
        "operator: ---", "function: title", "string: \"Flux\"", "comment: # the site",
        "function: base_url", "function: items", "operator: -", "number: 1.5e3", "operator: -",
        "operator: [", "keyword: true", "operator: ,", "keyword: ~", "operator: ,", "operator: ]",
        "function: note", "operator: |", "string: text: not a key", "function: last",
        "keyword: null",
      ])
  }

  @Test func toml() throws {
    #expect(
      try spans(
        "toml",
        "# Project\n[deps]\nFlux = \"587475ba\"\nversions = [1, 2.5]\npoint = { x = 1, y = true }\n[[bin]]"
      ) == [
        "comment: # Project", "macro: [deps]", "function: Flux", "operator: =",
        "string: \"587475ba\"", "function: versions", "operator: =", "number: 1", "number: 2.5",
        "function: point", "operator: =", "function: x", "operator: =", "number: 1",
        "function: y", "operator: =", "keyword: true", "macro: [[bin]]",
      ])
  }

  @Test func json() throws {
    #expect(
      try spans(
        "json", "{\"name\": \"julia\", \"version\": [1, -0.5e2], \"ok\": true, \"x\": null}")
        == [
          "function: \"name\"", "string: \"julia\"", "function: \"version\"", "number: 1",
          "number: -0.5e2", "function: \"ok\"", "keyword: true", "function: \"x\"",
          "keyword: null",
        ])
  }

  @Test func aTrainBlockShowsItsOptionsAsYAML() throws {
    let site = try ScratchSite(pages: [
      "01-fit.md": """
      ---
      title: Fit
      ---

      ```{train}
      name: fit      # the run
      target: abs
      model: polynomial
      order: 2
      seed: 3
      eta: 1e-5
      epochs: 2
      points: -1:0.5:1
      alt: A fit
      ```

      """,
      "index.md": "---\ntitle: Home\n---\n",
    ])
    defer { site.remove() }
    let built = try site.assemble()
    #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
    let page = try ParsedPage(try #require(built.files["fit/index.html"]))
    let code = try #require(
      try page.elements(named: "code").compactMap { $0 as? XMLElement }.first {
        $0.attribute(forName: "class")?.stringValue == "language-train"
      })
    let spans = try code.nodes(forXPath: "*[local-name()='span']").compactMap { node in
      (node as? XMLElement).map {
        "\($0.attribute(forName: "class")?.stringValue ?? ""): \($0.stringValue ?? "")"
      }
    }
    #expect(
      spans.prefix(3) == ["hl-function: name", "hl-comment: # the run", "hl-function: target"])
    #expect(spans.contains("hl-number: 1e-5"))
    #expect(spans.contains("hl-number: 3"))
  }
}
