import Foundation
import Testing

@Suite struct ServingTests {
  @Test func pagesAndFilesComeWithTheirContentTypes() async throws {
    try await withPreview { preview in

      let home = try await preview.get("/")
      #expect(home.status == 200)
      #expect(home.header("Content-Type") == "text/html; charset=utf-8")
      #expect(home.text.contains("<title>Preview test</title>"))

      let chapter = try await preview.get("/first/")
      #expect(chapter.status == 200)
      #expect(chapter.text.contains("A first paragraph about gradients."))

      let expected = [
        "/assets/style.css": "text/css; charset=utf-8",
        "/figures/dot.svg": "image/svg+xml",
        "/data/points.json": "application/json",
        "/notes.txt": "text/plain; charset=utf-8",
        "/first/index.html": "text/html; charset=utf-8",
      ]
      for (path, type) in expected {
        let reply = try await preview.get(path)
        #expect(reply.status == 200, "\(path)")
        #expect(reply.header("Content-Type") == type, "\(path)")
      }
      #expect(try await preview.get("/figures/dot.svg").text.contains("<circle r=\"1\"/>"))
    }
  }

  @Test func aFolderWithoutItsSlashRedirectsToIt() async throws {
    try await withPreview { preview in
      let port = try #require(preview.url.port)
      let reply = try await rawReply(port: port, target: "/first")
      #expect(reply.status == 301)
      #expect(reply.head.contains("Location: /first/"))
      #expect(try await rawStatus(port: port, target: "/first/") == 200)
    }
  }

  @Test func onlyServedPagesGetTheLiveReloadScript() async throws {
    try await withPreview { preview in
      let page = try await preview.get("/first/")
      #expect(page.text.contains("new EventSource(\"/__sitegen/events\")"))
      let scriptEnd = try #require(page.text.range(of: "</script>"))
      let bodyEnd = try #require(page.text.range(of: "</body>", options: .backwards))
      #expect(scriptEnd.upperBound <= bodyEnd.lowerBound)
      #expect(!(try await preview.get("/assets/style.css").text.contains("EventSource")))
      #expect(!(try await preview.get("/figures/dot.svg").text.contains("EventSource")))
      // Serving writes nothing: no site/ beside the content.
      let output = preview.site.root.appendingPathComponent("site")
      #expect(!FileManager.default.fileExists(atPath: output.path))
    }
  }

  @Test func headAnswersWithTheHeadersOfGetAndNoBody() async throws {
    try await withPreview { preview in
      let get = try await preview.get("/first/")
      let head = try await preview.get("/first/", method: "HEAD")
      #expect(head.status == 200)
      #expect(head.body.isEmpty)
      #expect(head.header("Content-Length") == String(get.body.count))
      #expect(head.header("ETag") == get.header("ETag"))
      #expect(head.header("Content-Type") == get.header("Content-Type"))
    }
  }

  @Test func anUnchangedFileAnswersNotModified() async throws {
    try await withPreview { preview in
      let first = try await preview.get("/assets/style.css")
      let tag = try #require(first.header("ETag"))
      let modified = try #require(first.header("Last-Modified"))
      #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""))

      let sameTag = try await preview.get("/assets/style.css", headers: ["If-None-Match": tag])
      #expect(sameTag.status == 304)
      #expect(sameTag.body.isEmpty)
      let listed = try await preview.get(
        "/assets/style.css", headers: ["If-None-Match": "\"other\", W/\(tag)"])
      #expect(listed.status == 304)
      let otherTag = try await preview.get(
        "/assets/style.css", headers: ["If-None-Match": "\"0-0\""])
      #expect(otherTag.status == 200)
      #expect(otherTag.body == first.body)

      let sameDate = try await preview.get(
        "/assets/style.css", headers: ["If-Modified-Since": modified])
      #expect(sameDate.status == 304)
      let earlier = try await preview.get(
        "/assets/style.css", headers: ["If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"])
      #expect(earlier.status == 200)
    }
  }

  @Test func otherMethodsAreNotAllowed() async throws {
    try await withPreview { preview in
      let reply = try await preview.get("/", method: "POST")
      #expect(reply.status == 405)
      #expect(reply.header("Allow") == "GET, HEAD")
    }
  }

  @Test func aMissingFileIsNotFoundWithAPageThatReloads() async throws {
    try await withPreview { preview in
      let reply = try await preview.get("/second/")
      #expect(reply.status == 404)
      #expect(reply.text.contains("EventSource"))
    }
  }
}
