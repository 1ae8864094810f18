import Testing

@testable import PreviewServer

@Suite struct ServedSiteTests {
  private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test func publishingTellsWhichFilesChanged() {
    var site = ServedSite()
    let script = bytes("<s/>")
    let first = site.publish(
      ["index.html": bytes("<body></body>"), "a.css": bytes("p{}")], injection: script,
      hidden: [], now: 100)
    #expect(first == ["*", "a.css", "index.html"])
    #expect(site.file("index.html")?.body == bytes("<body><s/></body>"))
    #expect(site.file("a.css")?.body == bytes("p{}"))
    let tag = site.file("a.css")?.entityTag

    let second = site.publish(
      ["index.html": bytes("<body>new</body>"), "a.css": bytes("p{}")], injection: script,
      hidden: [], now: 200)
    #expect(second == ["index.html"])
    #expect(site.file("a.css")?.entityTag == tag)
    #expect(site.file("a.css")?.lastModified == 100)
    #expect(site.file("index.html")?.lastModified == 200)

    let third = site.publish(["a.css": bytes("p{}")], injection: script, hidden: [], now: 300)
    #expect(third == ["index.html"])
    #expect(site.file("index.html") == nil)
  }

  @Test func aNewInjectionChangesEveryPageButNoOtherFile() {
    var site = ServedSite()
    let files = [
      "index.html": bytes("<body></body>"), "x/index.html": bytes("x"), "a.css": bytes("p{}"),
    ]
    _ = site.publish(files, injection: bytes("<s/>"), hidden: [], now: 1)
    let changed = site.publish(files, injection: bytes("<s/><overlay/>"), hidden: [], now: 2)
    #expect(changed == ["*", "index.html", "x/index.html"])
    #expect(site.file("x/index.html")?.body == bytes("x<s/><overlay/>"))
    #expect(site.file("a.css")?.lastModified == 1)
  }

  @Test func hiddenPathsAreNeverServed() {
    var site = ServedSite()
    _ = site.publish(
      ["secret.txt": bytes("s"), "linked/a.txt": bytes("a"), "linked-not/b.txt": bytes("b")],
      injection: [], hidden: ["secret.txt", "linked/"], now: 1)
    #expect(site.file("secret.txt") == nil)
    #expect(site.file("linked/a.txt") == nil)
    #expect(site.file("linked-not/b.txt")?.body == bytes("b"))
  }
}
