import Foundation
import Testing

@Suite struct ProblemTests {
  @Test func aSiteBrokenFromTheStartIsServedUnderItsProblems() async throws {
    let breakChapter: (TemporarySite) throws -> Void = { site in
      try site.write("01-first.md", TemporarySite.chapter + "\nSee [nowhere](nowhere.md).\n")
    }
    try await withPreview(prepare: breakChapter) { preview in
      let page = try await preview.get("/first/")
      #expect(page.status == 200)
      #expect(page.text.contains("A first paragraph about gradients."))
      #expect(page.text.contains("<strong>sitegen: 1 error</strong>"))
      #expect(
        page.text.contains("content/01-first.md:9:5: error: broken link &#39;nowhere.md&#39;"))
      #expect(preview.log.builds.first?.served == false)
    }
  }

  @Test func aContentFolderThatDisappearsIsAProblemNotAStop() async throws {
    try await withPreview { preview in
      let events = EventStreamReader(url: preview.url.appendingPathComponent("__sitegen/events"))
      defer { events.close() }
      _ = try await events.next("hello")
      let aside = preview.site.root.appendingPathComponent("content-aside")
      try FileManager.default.moveItem(at: preview.site.content, to: aside)
      let gone = try await events.next("reload")
      #expect(gone.data == "[\"*\",\"404.html\",\"first/index.html\",\"index.html\"]")
      let page = try await preview.get("/first/")
      #expect(page.status == 200)
      #expect(page.text.contains("A first paragraph about gradients."))
      #expect(page.text.contains("error: content folder not found"))

      try FileManager.default.moveItem(at: aside, to: preview.site.content)
      _ = try await events.next("reload")
      #expect(!(try await preview.get("/first/").text.contains("sitegen-overlay")))
    }
  }
}
