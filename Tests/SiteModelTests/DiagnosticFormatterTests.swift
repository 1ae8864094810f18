import SourcePositions
import Testing

@testable import SiteModel

@Suite struct DiagnosticFormatterTests {
  let source = "---\ntitle: x\n---\n\n\tSome $\\frac{1$ text\n"

  @Test func errorsQuoteTheLineAndPutACaretUnderTheColumn() {
    let diagnostic = Diagnostic.error(
      "unbalanced group", file: "content/01-a.md",
      at: SourceRange(SourceLocation(line: 5, column: 8)), notes: ["close it with }"])
    #expect(
      DiagnosticFormatter.format(diagnostic, source: source) == """
        content/01-a.md:5:8: error: unbalanced group
        \tSome $\\frac{1$ text
        \t      ^
          note: close it with }
        """)
  }

  @Test func caretCountsUTF8BytesAsColumns() {
    #expect(DiagnosticFormatter.caret(under: 4, in: "ηx = 1") == "  ^")
  }

  @Test func fileWideProblemsHaveNoLineOrCaret() {
    let diagnostic = Diagnostic.warning("site.yml is missing", file: "content/site.yml")
    #expect(
      DiagnosticFormatter.format(diagnostic, source: nil)
        == "content/site.yml: warning: site.yml is missing")
  }

  @Test func githubAnnotationsEscapeTheirFields() {
    let diagnostic = Diagnostic.error(
      "50% off\nnext", file: "a,b.md", at: SourceRange(SourceLocation(line: 2, column: 3)))
    #expect(
      DiagnosticFormatter.githubAnnotation(diagnostic)
        == "::error file=a%2Cb.md,line=2,col=3,endLine=2::50%25 off%0Anext")
  }
}
