extension DirectiveKind {
  /// ` ```{julia} `: an executable cell — `#|` options, code, an optional `# output`
  /// expectation — run in the page's session; plain ` ```julia ` and ` ```jl ` blocks are
  /// highlighted the same way.
  package static let julia = DirectiveKind(
    name: "julia", body: .code, execution: .cell, rendering: .executed,
    highlightedLanguages: ["julia", "jl"])
}
