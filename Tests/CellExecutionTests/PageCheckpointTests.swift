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

  /// `markdown` with a line `edited = <index>` added to the code of its `index`-th directive,
  /// a `{julia}` cell (after its `#|` options).
  static func editing(_ markdown: String, directive index: Int) -> String? {
    let directive = PageExecutor.runnableDirectives(of: parse(markdown))[index]
    guard directive.name == "julia", var line = directive.bodyRange?.start.line else { return nil }
    var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    line -= 1
    while lines[line].trimmingPrefix(while: { $0 == " " }).hasPrefix("#|") { line += 1 }
    lines.insert("edited = \(index)", at: line)
    return lines.joined(separator: "\n")
  }

  /// How two runs of a page differ (timings aside); empty when they gave the same page.
  static func differences(_ resumed: ExecutedPage, _ full: ExecutedPage, _ note: String)
    -> [String]
  {
    var problems: [String] = []
    if resumed.cells != full.cells { problems.append("\(note): cells differ") }
    if resumed.diagnostics != full.diagnostics { problems.append("\(note): diagnostics differ") }
    if resumed.fixes != full.fixes { problems.append("\(note): fixes differ") }
    if resumed.failures != full.failures { problems.append("\(note): failures differ") }
    if resumed.timings.count != full.timings.count {
      problems.append("\(note): timings differ in number")
    }
    return problems
  }

  /// Edits the `{julia}` cells at `indices` (all when `nil`) of a page in turn; the run resumed
  /// from the last run's checkpoints must give what a run from the start gives, and run only
  /// the edited cell and those after it.
  /// - Returns: every difference found.
  static func checkEdits(of markdown: String, at indices: [Int]?) -> [String] {
    let original = parse(markdown)
    let first = PageExecutor.execute(original, file: "page.md", resumingFrom: nil)
    let count = first.checkpoints.directiveCount
    guard count > 3, first.checkpoints.count == count, first.checkpoints.directivesRun == count
    else { return ["the first run left \(first.checkpoints.count) checkpoints"] }
    var problems = differences(
      first.page, PageExecutor.execute(original, file: "page.md"), "the first run")
    let directives = PageExecutor.runnableDirectives(of: original)
    let edited = indices ?? directives.indices.filter { directives[$0].name == "julia" }
    for index in edited {
      guard let source = editing(markdown, directive: index) else {
        problems.append("directive \(index + 1) is not a cell")
        continue
      }
      let document = parse(source)
      let resumed = PageExecutor.execute(
        document, file: "page.md", resumingFrom: first.checkpoints)
      let full = PageExecutor.execute(document, file: "page.md")
      let note = "an edit of directive \(index + 1)"
      problems += differences(resumed.page, full, note)
      if resumed.checkpoints.directivesRun != count - index {
        problems.append("\(note): \(resumed.checkpoints.directivesRun) directives ran")
      }
      // The directives before the edit did not run again: their timings are those of the
      // first run, to the bit.
      let before = Set(directives[..<index].map(\.range.start.line))
      let timings = { (page: ExecutedPage) in page.timings.filter { before.contains($0.line) } }
      if timings(resumed.page) != timings(first.page) {
        problems.append("\(note): a directive before it ran again")
      }
    }
    return problems
  }

  @Test func editingAnyCellOfAChapterResumesThere() async throws {
    let markdown = try Self.chapter("02-")
    let problems = await onOwnThread { Self.checkEdits(of: markdown, at: nil) }
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test func editingAroundTrainingDirectivesResumesThere() async throws {
    let markdown = try Self.chapter("03-")
    let directives = PageExecutor.runnableDirectives(of: Self.parse(markdown))
    let firstTraining = try #require(directives.firstIndex { $0.name == "train" })
    let cellAfter = try #require(directives[firstTraining...].firstIndex { $0.name == "julia" })
    let lastCell = try #require(directives.lastIndex { $0.name == "julia" })
    let edits = [firstTraining - 1, cellAfter, lastCell]
    #expect(directives[edits[0]].name == "julia")
    let problems = await onOwnThread { Self.checkEdits(of: markdown, at: edits) }
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test func anUnchangedPageRunsNothing() {
    let document = Self.parse("```{julia}\nx = 1\n```\n\n```{julia}\nx + 1\n```\n")
    let first = PageExecutor.execute(document, file: "page.md", resumingFrom: nil)
    let again = PageExecutor.execute(document, file: "page.md", resumingFrom: first.checkpoints)
    #expect(again.checkpoints.directivesRun == 0)
    #expect(Self.differences(again.page, first.page, "the unchanged page").isEmpty)
    #expect(again.page.timings == first.page.timings)
  }

  @Test func aResumedRunKeepsTheFilesEarlierCellsSaved() {
    let cells = """
      ```{julia}
      using Plots
      p = plot(1:3);
      savefig(p, "line.svg")
      ```

      ```{julia}
      x = 1
      ```
      """
    let first = PageExecutor.execute(Self.parse(cells), file: "page.md", resumingFrom: nil)
    #expect(first.page.files.keys.sorted() == ["line.svg"])
    let edited = Self.parse(cells.replacingOccurrences(of: "x = 1", with: "x = 2"))
    let resumed = PageExecutor.execute(edited, file: "page.md", resumingFrom: first.checkpoints)
    #expect(resumed.checkpoints.directivesRun == 1)
    #expect(resumed.page.files == first.page.files)
  }

  @Test func aChangedOptionCountsAsAnEdit() {
    let cells = "```{julia}\nx = 1\n```\n\n```{julia}\nx + 1\n```\n"
    let first = PageExecutor.execute(Self.parse(cells), file: "page.md", resumingFrom: nil)
    let variant = "```{julia}\nx = 1\n```\n\n```{julia}\n#| echo: false\nx + 1\n```\n"
    let document = Self.parse(variant)
    let resumed = PageExecutor.execute(document, file: "page.md", resumingFrom: first.checkpoints)
    #expect(resumed.checkpoints.directivesRun == 1)
    let full = PageExecutor.execute(document, file: "page.md")
    #expect(Self.differences(resumed.page, full, variant).isEmpty)
  }

  /// Prose added or removed around cells moves them: nothing runs again, and every result
  /// (the cell's place, its diagnostics, timing and `check --fix` rewrite) moves with it.
  @Test func proseAroundCellsMovesTheirResultsWithoutRunningThem() {
    let cells = [
      "```{julia}\nx = 1\n```", "Some prose.",
      "```{julia}\nx + 1\n# output\n3\n```",
      "```{julia}\nundefined_name\n```",
      "```{julia}\n#| caption: [\nx\n```",
    ]
    let page = cells.joined(separator: "\n\n") + "\n"
    let first = PageExecutor.execute(Self.parse(page), file: "page.md", resumingFrom: nil)
    #expect(first.page.diagnostics.count >= 2, "\(first.page.diagnostics)")
    #expect(first.page.fixes.count == 1)
    let variants = [
      "# A title\n\nAn introduction\nof two lines.\n\n" + page,
      page.replacingOccurrences(of: "Some prose.", with: "Other\nprose\nhere."),
      page.replacingOccurrences(of: "Some prose.\n\n", with: ""),
    ]
    for variant in variants {
      let document = Self.parse(variant)
      let resumed = PageExecutor.execute(
        document, file: "page.md", resumingFrom: first.checkpoints)
      #expect(resumed.checkpoints.directivesRun == 0, "\(variant)")
      let full = PageExecutor.execute(document, file: "page.md")
      #expect(Self.differences(resumed.page, full, variant).isEmpty)
      #expect(resumed.page.timings.map(\.line) == full.timings.map(\.line))
      // A cell after the moved ones still resumes from the moved checkpoints.
      let edited = PageExecutor.execute(
        Self.parse(variant + "\n```{julia}\nx + 2\n```\n"), file: "page.md",
        resumingFrom: resumed.checkpoints)
      #expect(edited.checkpoints.directivesRun == 1)
    }
  }

  /// Prose added between a failing cell and a later mismatch moves the mismatch alone: its
  /// rewrite stays blocked by the failing cell, at that cell's own line.
  @Test func proseBetweenAFailureAndAMismatchKeepsTheRewriteBlocked() {
    let page =
      "```{julia}\nundefined_name\n```\n\nSome prose.\n\n```{julia}\n1 + 1\n# output\n3\n```\n"
    let first = PageExecutor.execute(Self.parse(page), file: "page.md", resumingFrom: nil)
    #expect(first.page.fixes.map(\.blockedBy) == [1])
    let variant = page.replacingOccurrences(of: "Some prose.", with: "Other\nprose\nhere.")
    let document = Self.parse(variant)
    let resumed = PageExecutor.execute(document, file: "page.md", resumingFrom: first.checkpoints)
    #expect(resumed.checkpoints.directivesRun == 0)
    let full = PageExecutor.execute(document, file: "page.md")
    #expect(Self.differences(resumed.page, full, variant).isEmpty)
    #expect(resumed.page.fixes.map(\.blockedBy) == [1])
    #expect(resumed.page.fixes.map(\.firstLine) == [12])
  }

  @Test func proseAddedToAChapterRunsNoCell() async throws {
    let markdown = try Self.chapter("03-")
    let problems: [String] = await onOwnThread {
      let first = PageExecutor.execute(Self.parse(markdown), file: "page.md", resumingFrom: nil)
      var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
      let middle = lines.count / 2
      // Between two blocks: after the first blank line from the middle on.
      let blank = lines[middle...].firstIndex(of: "") ?? middle
      lines.insert(contentsOf: ["", "A paragraph added", "over two lines."], at: blank)
      let edited = lines.joined(separator: "\n")
      let document = Self.parse(edited)
      let resumed = PageExecutor.execute(
        document, file: "page.md", resumingFrom: first.checkpoints)
      var problems = Self.differences(
        resumed.page, PageExecutor.execute(document, file: "page.md"), "the added prose")
      if resumed.checkpoints.directivesRun != 0 {
        problems.append("\(resumed.checkpoints.directivesRun) directives ran again")
      }
      return problems
    }
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test func checkpointsOfAnotherPageAreNotUsed() {
    let document = Self.parse("```{julia}\nx = 1\n```\n\n```{julia}\nx + 1\n```\n")
    let first = PageExecutor.execute(document, file: "page.md", resumingFrom: nil)
    let other = PageExecutor.execute(document, file: "other.md", resumingFrom: first.checkpoints)
    #expect(other.checkpoints.directivesRun == 2)
  }
}
