import Testing

@testable import PreviewServer

@Suite struct SitePathTests {
  @Test func foldersNameTheirIndexPage() {
    #expect(SitePath(rawPath: "/")?.fileKey == "index.html")
    #expect(SitePath(rawPath: "/first/")?.fileKey == "first/index.html")
    #expect(SitePath(rawPath: "/assets/style.css")?.fileKey == "assets/style.css")
    #expect(SitePath(rawPath: "/first")?.isFolder == false)
  }

  @Test func escapesAreDecodedWithinOneSegment() {
    #expect(SitePath(rawPath: "/figures/two%20words.svg")?.fileKey == "figures/two words.svg")
    #expect(SitePath(rawPath: "/caf%C3%A9/")?.fileKey == "café/index.html")
    #expect(SitePath(rawPath: "/a%2Eb.txt")?.fileKey == "a.b.txt")
  }

  @Test(arguments: [
    "/..", "/../x", "/a/../b", "/.", "/./x", "/%2e%2e/x", "/%2E%2e/x", "/a/%2e/b",
    "/%2e%2e%2fx", "/a%2fb", "/a%5cb", "/..%5cx", "//etc/passwd", "/a//b", "relative",
    "", "*", "http://host/x", "/%", "/%2", "/%zz", "/%00", "/a%0Ab", "/%FF", "/%C3",
  ])
  func pathsThatCouldLeaveTheSiteAreRefused(_ raw: String) {
    #expect(SitePath(rawPath: raw) == nil)
  }
}
