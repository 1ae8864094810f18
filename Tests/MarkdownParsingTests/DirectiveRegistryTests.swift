import MarkdownParsing
import SiteModel
import Testing

/// The registry decides, per kind, how a body is read.
@Suite struct DirectiveRegistryTests {
  @Test func eachKindSaysHowItsBodyIsRead() {
    let registry = DirectiveRegistry.standard
    #expect(registry["julia"]?.body == .code)
    #expect(registry["train"]?.body == .options)
    #expect(registry["note"]?.body == .markdown)
    #expect(registry["julia"]?.execution == .cell)
    #expect(registry["train"]?.execution == .training)
    #expect(registry["tip"]?.execution == DirectiveKind.Execution.none)
    #expect(registry.highlighting(language: "jl")?.name == "julia")
  }

  @Test func aNewKindIsReadAsItsDeclarationSays() {
    let quiz = DirectiveKind(
      name: "quiz", body: .options, execution: .none, rendering: .executed)
    let registry = DirectiveRegistry(DirectiveRegistry.standard.kinds + [quiz])
    let (document, diagnostics) = MarkdownParser.parse(
      "```{quiz}\nanswer: 42\n```\n", file: "page.md", directives: registry)
    #expect(diagnostics.isEmpty)
    guard case .directive(let directive) = document.blocks.first else {
      Issue.record("not a directive: \(document.blocks)")
      return
    }
    #expect(directive.options.map(\.key) == ["answer"])
    #expect(directive.option("answer") == "42")
  }

  @Test func withoutTheRegistryADirectiveIsCodeWithAWarning() {
    let (document, diagnostics) = MarkdownParser.parse(
      "```{note}\nx\n```\n", file: "page.md", directives: .none)
    #expect(diagnostics.map(\.severity) == [.warning])
    guard case .codeBlock(let info, _, _, _) = document.blocks.first else {
      Issue.record("not code: \(document.blocks)")
      return
    }
    #expect(info == "{note}")
  }
}
