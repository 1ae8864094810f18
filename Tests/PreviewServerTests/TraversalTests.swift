import Foundation
import Testing

@Suite struct TraversalTests {
  /// Targets that try to leave the site; the temporary site's `content/site.yml` lies one level
  /// above the served root if the content folder were served as it is.
  static let escapes = [
    "/../content/site.yml",
    "/../../../../../../etc/passwd",
    "/%2e%2e/content/site.yml",
    "/%2E%2E/%2e%2e/etc/passwd",
    "/first/..%2f..%2fcontent/site.yml",
    "/%2e%2e%2fcontent%2fsite.yml",
    "/assets/..%5c..%5csite.yml",
    "//etc/passwd",
    "/first//index.html",
    "/./index.html",
    "/%00",
    "/index.html%00.txt",
    "/%zz",
    "http://127.0.0.1/etc/passwd",
    "*",
  ]

  @Test func pathsOutOfTheSiteAreNotFound() async throws {
    try await withPreview { preview in
      let port = try #require(preview.url.port)
      #expect(try await rawStatus(port: port, target: "/notes.txt") == 200)
      for target in Self.escapes {
        #expect(try await rawStatus(port: port, target: target) == 404, "\(target)")
      }
    }
  }

  @Test func filesLinkedFromOutsideTheContentAreNotFound() async throws {
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sitegen-outside-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outside) }
    try Data("the password is swordfish\n".utf8).write(
      to: outside.appendingPathComponent("secret.txt"))

    let linkOut: (TemporarySite) throws -> Void = { site in
      let fileManager = FileManager.default
      try fileManager.createSymbolicLink(
        at: site.content.appendingPathComponent("secret.txt"),
        withDestinationURL: outside.appendingPathComponent("secret.txt"))
      try fileManager.createSymbolicLink(
        at: site.content.appendingPathComponent("linked"), withDestinationURL: outside)
      // A link that stays inside the content folder is served like the file it names.
      try fileManager.createSymbolicLink(
        at: site.content.appendingPathComponent("alias.txt"),
        withDestinationURL: site.content.appendingPathComponent("notes.txt"))
    }
    try await withPreview(prepare: linkOut) { preview in
      // The pipeline never reads through a link out of the content folder, and the preview
      // refuses to serve one too.
      let built = try #require(preview.log.builds.first?.result.files)
      #expect(built["secret.txt"] == nil)
      #expect(!built.values.contains(Array("the password is swordfish\n".utf8)))
      let port = try #require(preview.url.port)
      #expect(try await rawStatus(port: port, target: "/secret.txt") == 404)
      #expect(try await rawStatus(port: port, target: "/linked/secret.txt") == 404)
      let alias = try await preview.get("/alias.txt")
      #expect(alias.status == 200)
      #expect(alias.text == "plain notes\n")
      #expect(!(try await preview.get("/secret.txt").text.contains("swordfish")))
    }
  }
}
