import Foundation
import MarkdownParsing
import SiteModel
import Testing

@testable import CellExecution

/// A page run again after an edit resumes from the first directive that changed, and gives the
/// page a run from the start gives.
@Suite struct PageCheckpointTests {
  static func parse(_ markdown: String) -> Document {
    MarkdownParser.parse(markdown, file: "page.md", knownDirectives: PageExecutor.directives)
      .0
  }

  /// A chapter of the site's own content.
  static func chapter(_ prefix: String) throws -> String {
    let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content")
    let name = try #require(
      FileManager.default.contentsOfDirectory(atPath: content.path).first {
        $0.hasPrefix(prefix)
      })
    return try String(contentsOf: content.appendingPathComponent(name), encoding: .utf8)
  }

  /// `markdown` with a line `edited = <index>` added to the code of its `index`-th `{julia}`
  /// directive (after its `#|` options).
  static func editing(_ markdown: String, directive index: Int) throws -> String {
    let directive = PageExecutor.runnableDirectives(of: parse(markdown))[index]
    #expect(directive.name == "julia")
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var line = try #require(directive.bodyRange).start.line - 1
    while lines[line].trimmingPrefix(while: { $0 == " " }).hasPrefix("#|") { line += 1 }
    lines.insert("edited = \(index)", at: line)
    return lines.joined(separator: "\n")
  }

  /// Expects two runs of a page to have produced the same page (timings aside).
  static func expectSamePage(_ resumed: ExecutedPage, _ full: ExecutedPage, _ note: String) {
    #expect(resumed.cells == full.cells, "\(note): cells differ")
    #expect(resumed.diagnostics == full.diagnostics, "\(note): diagnostics differ")
    #expect(resumed.fixes == full.fixes, "\(note): fixes differ")
    #expect(resumed.timings.count == full.timings.count, "\(note): timings differ in number")
  }

  /// Edits each cell of a page in turn; the run resumed from the last run's checkpoints gives
  /// what a run from the start gives, and runs only the edited cell and those after it.
  static func checkEdits(of markdown: String, at indices: [Int]?) throws {
    let original = parse(markdown)
    let first = PageExecutor.execute(original, file: "page.md", resumingFrom: nil)
    let count = first.checkpoints.directiveCount
    #expect(count > 3)
    #expect(first.checkpoints.count == count)
    #expect(first.checkpoints.directivesRun == count)
    expectSamePage(
      first.page, PageExecutor.execute(original, file: "page.md"), "the first run")
    let directives = PageExecutor.runnableDirectives(of: original)
    let edited = indices ?? directives.indices.filter { directives[$0].name == "julia" }
    for index in edited {
      let document = parse(try editing(markdown, directive: index))
      let resumed = PageExecutor.execute(
        document, file: "page.md", resumingFrom: first.checkpoints)
      let full = PageExecutor.execute(document, file: "page.md")
      expectSamePage(resumed.page, full, "an edit of directive \(index + 1)")
      #expect(resumed.checkpoints.directivesRun == count - index)
      // The directives before the edit did not run again: their timings are those of the
      // first run, to the bit.
      let before = Set(directives[..<index].map(\.range.start.line))
      let timings = { (page: ExecutedPage) in page.timings.filter { before.contains($0.line) } }
      #expect(timings(resumed.page) == timings(first.page))
    }
  }

  @Test func editingAnyCellOfAChapterResumesThere() throws {
    try Self.checkEdits(of: try Self.chapter("02-"), at: nil)
  }

  @Test func editingAroundTrainingDirectivesResumesThere() throws {
    let markdown = try Self.chapter("03-")
    let directives = PageExecutor.runnableDirectives(of: Self.parse(markdown))
    let firstTraining = try #require(directives.firstIndex { $0.name == "train" })
    let cellAfter = try #require(directives[firstTraining...].firstIndex { $0.name == "julia" })
    let lastCell = try #require(directives.lastIndex { $0.name == "julia" })
    try Self.checkEdits(of: markdown, at: [firstTraining - 1, cellAfter, lastCell])
  }

  @Test func anUnchangedPageRunsNothing() {
    let document = Self.parse("```{julia}\nx = 1\n```\n\n```{julia}\nx + 1\n```\n")
    let first = PageExecutor.execute(document, file: "page.md", resumingFrom: nil)
    let again = PageExecutor.execute(document, file: "page.md", resumingFrom: first.checkpoints)
    #expect(again.checkpoints.directivesRun == 0)
    Self.expectSamePage(again.page, first.page, "the unchanged page")
    #expect(again.page.timings == first.page.timings)
  }

  @Test func aChangedOptionOrAMovedCellCountsAsAnEdit() {
    let cells = "```{julia}\nx = 1\n```\n\n```{julia}\nx + 1\n```\n"
    let first = PageExecutor.execute(Self.parse(cells), file: "page.md", resumingFrom: nil)
    let variants = [
      "```{julia}\nx = 1\n```\n\n```{julia}\n#| echo: false\nx + 1\n```\n",
      "```{julia}\nx = 1\n```\n\n\n```{julia}\nx + 1\n```\n",
    ]
    for variant in variants {
      let document = Self.parse(variant)
      let resumed = PageExecutor.execute(
        document, file: "page.md", resumingFrom: first.checkpoints)
      #expect(resumed.checkpoints.directivesRun == 1)
      Self.expectSamePage(
        resumed.page, PageExecutor.execute(document, file: "page.md"), "variant")
    }
  }

  @Test func checkpointsOfAnotherPageAreNotUsed() {
    let document = Self.parse("```{julia}\nx = 1\n```\n\n```{julia}\nx + 1\n```\n")
    let first = PageExecutor.execute(document, file: "page.md", resumingFrom: nil)
    let other = PageExecutor.execute(document, file: "other.md", resumingFrom: first.checkpoints)
    #expect(other.checkpoints.directivesRun == 2)
  }
}
