/// The reference of the library sitegen runs, as Markdown, generated from the tables the
/// interpreter itself uses (the built-ins every session installs, each module's members and
/// exports, the registered functions' signatures and the keywords each reads), so that the page
/// cannot drift from what cells can call. `LANGUAGE.md` at the repository's root is this text; a
/// test fails when the two differ.
package enum LanguageReference {
  /// The modules `using`/`import` load, in the order the reference lists them.
  static let moduleNames = [
    "Statistics", "LinearAlgebra", "Random", "Printf", "Test", "Flux", "Tracker", "PlotlyJS",
    "Plots", "UnicodePlots", "Pkg",
  ]

  package static func markdown() -> String {
    var lines = [
      "# The language sitegen runs",
      "",
      "<!-- Generated from sitegen's tables of built-ins: do not edit by hand. -->",
      "<!-- Regenerate with `Scripts/language-reference`. -->",
      "",
      "Cells are Julia 1.0. This page lists every function, type and constant a cell can",
      "use: Base's in every cell, each module's after `using` or `import`. A name Julia",
      "defines that is not listed here is reported as not supported by sitegen's Julia, at",
      "its place. Keywords a function reads are listed with it; any other keyword is refused.",
      "Functions shown with signatures take exactly those argument types; the others take the",
      "arguments Julia's do, as far as the README's language section says.",
      "",
      "## Base",
      "",
      "Every cell has these.",
      "",
    ]
    var base: [String: Value] = [:]
    for builtin in Builtins.base { base[builtin.rawValue] = .builtin(builtin) }
    for function in LibraryModule.base.functions { base[function.name] = .object(function) }
    lines += table(base, exported: Set(base.keys))
    lines += [
      "", "Types: " + Builtins.types.map { "`\($0.0)`" }.joined(separator: ", ") + ".", "",
      "Constants: `pi`, `π`, `ℯ`, `Inf`, `NaN`, `stdout`; operators as functions: `+`, `-`, `*`,",
      "`/`, `^`, `==`, `!=`, `<`, `<=`, `>`, `>=`, `÷`, `%`, `\\`.", "",
    ]
    for name in moduleNames {
      guard let module = Builtins.module(named: name) else { continue }
      lines += ["## \(name)", ""]
      let functions = module.members.filter {
        if case .module = $0.value { return false }
        return true
      }
      if functions.isEmpty {
        lines += [
          "`using \(name)` loads it; it brings no functions (its macros are listed in the README).",
          "",
        ]
        continue
      }
      let exported = Set(module.exports)
      lines += table(functions, exported: exported)
      let submodules = module.members.compactMap { name, value -> String? in
        if case .module = value { return name }
        return nil
      }.sorted()
      if !submodules.isEmpty {
        lines += [
          "", "Submodules: " + submodules.map { "`\(name).\($0)`" }.joined(separator: ", ") + ".",
        ]
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// One row a function: its name, its methods (registered ones by signature), the keywords it
  /// reads, and whether `using` brings it into scope.
  private static func table(_ members: [String: Value], exported: Set<String>) -> [String] {
    var rows = ["| function | methods | keywords | exported |", "|---|---|---|---|"]
    for name in members.keys.sorted() {
      let methods: String
      var keywords: Set<String> = []
      switch members[name] {
      case .builtin(let builtin)?:
        methods = "built-in"
        keywords = Builtin.keywords[builtin] ?? []
      case .object(let function as LibraryFunction)?:
        methods =
          function.methods.map { "`" + $0.signature(of: name) + "`" }.joined(separator: "<br>")
          + (function.fallback == nil ? "" : "<br>and the built-in's")
        keywords = function.methods.reduce(into: Set<String>()) { $0.formUnion($1.keywords) }
        if let fallback = function.fallback { keywords.formUnion(Builtin.keywords[fallback] ?? []) }
      default:
        methods = "value"
      }
      let keywordText = keywords.sorted().map { "`\($0)`" }.joined(separator: ", ")
      let escaped = name.replacingOccurrences(of: "|", with: "\\|")
      rows.append(
        "| `\(escaped)` | \(methods) | \(keywordText) | \(exported.contains(name) ? "yes" : "no") |"
      )
    }
    return rows
  }
}
