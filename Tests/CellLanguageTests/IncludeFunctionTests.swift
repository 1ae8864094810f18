import Testing

@testable import CellLanguage

/// `include` looks files up among those the host gave, relative to the including file.
@Suite struct IncludeFunctionTests {
  @Test func pathsResolveInsideTheFolderOnly() {
    #expect(IncludeFunction.resolve("a.jl", in: "") == "a.jl")
    #expect(IncludeFunction.resolve("./b/../a.jl", in: "") == "a.jl")
    #expect(IncludeFunction.resolve("c.jl", in: "lib") == "lib/c.jl")
    #expect(IncludeFunction.resolve("../a.jl", in: "lib") == "a.jl")
    #expect(IncludeFunction.resolve("../a.jl", in: "") == nil)
    #expect(IncludeFunction.resolve("/etc/passwd", in: "") == nil)
  }

  @Test func anErrorInTheFileIsALoadErrorAtTheInclude() {
    let session = Session()
    session.allowIncludes([
      "lib/a.jl": "include(\"b.jl\")\nf(2)", "lib/b.jl": "f(x) = x + 1\nx = 1\nq",
    ])
    let result = session.evaluate("include(\"lib/a.jl\")")
    #expect(
      result.error?.message
        == "LoadError: LoadError: UndefVarError: q not defined\nin expression starting at lib/b.jl:3\nin expression starting at lib/a.jl:1"
    )
    _ = session.evaluate("g(x) = 2x")
    session.allowIncludes(["ok.jl": "g(3)"])
    #expect(Script.lines(of: session.evaluate("include(\"ok.jl\")")) == ["6"])
  }
}
