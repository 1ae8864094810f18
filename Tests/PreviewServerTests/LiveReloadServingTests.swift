import Foundation
import Testing

@Suite struct LiveReloadServingTests {
  @Test func anEditSendsAReloadEventAndServesTheNewPage() async throws {
    try await withPreview { preview in
      let events = EventStreamReader(url: preview.url.appendingPathComponent("__sitegen/events"))
      defer { events.close() }
      _ = try await events.next("hello")
      let homeBefore = try await preview.get("/")

      try preview.site.write(
        "01-first.md", TemporarySite.chapter + "\nA second paragraph, just saved.\n")
      let reload = try await events.next("reload")
      // The page, its downloads (whose prose changed with it) and the search index, which
      // holds its text (no page reloads for it).
      #expect(
        reload.data
          == #"["first/first.ipynb","first/first.jl","first/index.html","search-index.js"]"#)
      let page = try await preview.get("/first/")
      #expect(page.text.contains("A second paragraph, just saved."))
      // The home page did not change: same tag, same date, and no reload for it.
      let homeAfter = try await preview.get("/")
      #expect(homeAfter.header("ETag") == homeBefore.header("ETag"))
      #expect(homeAfter.header("Last-Modified") == homeBefore.header("Last-Modified"))
      #expect(try await eventually { preview.log.builds.count == 2 })
      #expect(
        preview.log.builds.last?.changedPaths
          == ["first/first.ipynb", "first/first.jl", "first/index.html", "search-index.js"])
      #expect(preview.log.builds.last?.served == true)
    }
  }

  @Test func aBrokenPageShowsItsProblemsOverTheLastGoodBuildUntilFixed() async throws {
    try await withPreview { preview in
      let events = EventStreamReader(url: preview.url.appendingPathComponent("__sitegen/events"))
      defer { events.close() }
      _ = try await events.next("hello")

      // Front matter without a title, and a link to a page that does not exist.
      try preview.site.write(
        "01-first.md",
        """
        ---
        description: no title here
        ---

        See [the <missing> page](missing.md).

        """)
      let broken = try await events.next("reload")
      #expect(broken.data.hasPrefix("[\"*\""))
      let page = try await preview.get("/first/")
      #expect(page.status == 200)
      #expect(page.text.contains("A first paragraph about gradients."), "the last good page stays")
      #expect(page.text.contains("id=\"sitegen-overlay\""))
      #expect(page.text.contains("content/01-first.md:1:1: error: the page has no title"))
      let home = try await preview.get("/")
      #expect(home.status == 200)
      #expect(home.text.contains("id=\"sitegen-overlay\""))
      #expect(!(try await preview.get("/assets/style.css").text.contains("sitegen-overlay")))
      #expect(try await eventually { preview.log.builds.last?.served == false })

      // A broken link on a page that loads: its line and column, the text escaped.
      try preview.site.write(
        "01-first.md",
        """
        ---
        title: First steps
        ---

        See [the <missing> page](missing.md).

        """)
      let stillBroken = try await events.next("reload")
      #expect(stillBroken.data.hasPrefix("[\"*\""))
      let linked = try await preview.get("/first/")
      #expect(
        linked.text.contains("content/01-first.md:5:5: error: broken link &#39;missing.md&#39;"))
      #expect(linked.text.contains("See [the &lt;missing&gt; page](missing.md)."))
      #expect(!linked.text.contains("See [the <missing>"))

      try preview.site.write("01-first.md", TemporarySite.chapter + "\nFixed.\n")
      let fixed = try await events.next("reload")
      #expect(fixed.data.hasPrefix("[\"*\""))
      let repaired = try await preview.get("/first/")
      #expect(!repaired.text.contains("sitegen-overlay"))
      #expect(repaired.text.contains("Fixed."))
      #expect(try await eventually { preview.log.builds.last?.served == true })
    }
  }

  @Test func aReconnectingPageThatMissedAnEventIsToldToReload() async throws {
    try await withPreview { preview in
      let stale = EventStreamReader(
        url: preview.url.appendingPathComponent("__sitegen/events"), lastEventID: "older-run-3")
      defer { stale.close() }
      let hello = try await stale.next("hello")
      let reload = try await stale.next("reload")
      #expect(reload.data == "[\"*\"]")
      #expect(reload.id == hello.id)

      let current = EventStreamReader(
        url: preview.url.appendingPathComponent("__sitegen/events"), lastEventID: hello.id)
      defer { current.close() }
      _ = try await current.next("hello")
      await #expect(throws: TestFailure.self) {
        _ = try await current.next("reload", within: .milliseconds(200))
      }
    }
  }

  @Test func stoppingEndsTheEventStreamsAndClosesThePort() async throws {
    let preview = try await PreviewSession.start()
    let events = EventStreamReader(url: preview.url.appendingPathComponent("__sitegen/events"))
    defer { events.close() }
    _ = try await events.next("hello")
    #expect(await preview.server.liveClients == 1)
    let started = ContinuousClock.now
    await preview.stop()
    #expect(started.duration(to: .now) < .seconds(60))
    #expect(try await eventually { events.hasFinished })
    let port = try #require(preview.url.port)
    await #expect(throws: TestFailure.self) { _ = try await rawStatus(port: port, target: "/") }
  }
}
