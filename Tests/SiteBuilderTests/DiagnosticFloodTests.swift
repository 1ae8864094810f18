import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

/// A formula or a cell with thousands of mistakes gives a few diagnostics, each quoting a short
/// window of its line, and the build ends.
@Suite struct DiagnosticFloodTests {
  /// The diagnostics of a site whose page `01-page.md` is `page`, and all of them as printed.
  func build(_ page: String) throws -> (diagnostics: [Diagnostic], printed: String) {
    let site = try ScratchSite(pages: ["index.md": "---\ntitle: Home\n---\n", "01-page.md": page])
    defer { site.remove() }
    let result = try site.assemble()
    let printed = result.diagnostics.map {
      DiagnosticFormatter.format($0, source: result.sources[$0.file])
    }
    return (result.diagnostics, printed.joined(separator: "\n"))
  }

  @Test func aFormulaOfAHundredThousandSuperscriptsGivesAFewShortDiagnostics() throws {
    let formula = Array(repeating: "x", count: 100_000).joined(separator: "^")
    let (diagnostics, printed) = try build("---\ntitle: Tower\n---\n\n$\(formula)$\n")
    #expect(diagnostics.map(\.message) == Array(repeating: "double superscript", count: 3))
    #expect(diagnostics.last?.notes == ["… and 99995 more like this"])
    #expect(printed.utf8.count < 1_000, "\(printed)")
    // Each quoted line is a window of the formula, cut at the end.
    #expect(printed.contains("$x^x^x^x^"))
    #expect(printed.contains("^x…\n"))
  }

  @Test func aCellWithAThousandErrorsGivesAFewDiagnostics() throws {
    let body = (0..<1_000).map { "x\($0) = )\n" }.joined()
    let (diagnostics, printed) = try build("---\ntitle: Cell\n---\n\n```{julia}\n\(body)```\n")
    #expect(diagnostics.map(\.range?.start.line) == [6, 7, 8])
    #expect(diagnostics.last?.notes == ["… and 997 more like this"])
    #expect(printed.utf8.count < 1_000, "\(printed)")
  }

  @Test func aPageWithManyKindsOfProblemsIsCappedAndStillFails() throws {
    // A hundred formulas with a mistake each: each is its own snippet.
    let paragraphs = (1...100).map { "$\\oops\($0){x}$" }.joined(separator: "\n\n")
    let (diagnostics, printed) = try build("---\ntitle: Many\n---\n\n\(paragraphs)\n")
    #expect(diagnostics.count == DiagnosticLimits.perPage + 1)
    #expect(diagnostics.last?.message == "… and 50 more problems in this page")
    #expect(diagnostics.last?.severity == .error)
    #expect(printed.utf8.count < 20_000)
  }
}
