import Testing

@testable import PreviewServer

@Suite struct ContentTypeTests {
  @Test(arguments: [
    ("index.html", "text/html; charset=utf-8"),
    ("assets/style.css", "text/css; charset=utf-8"),
    ("assets/app.js", "text/javascript; charset=utf-8"),
    ("data/points.json", "application/json"),
    ("figures/plot.svg", "image/svg+xml"),
    ("figures/PLOT.PNG", "image/png"),
    ("fonts/body.woff2", "font/woff2"),
    ("photo.jpeg", "image/jpeg"),
    ("favicon.ico", "image/vnd.microsoft.icon"),
    ("LICENSE", "application/octet-stream"),
    (".hidden", "application/octet-stream"),
    ("archive.tar.gz", "application/octet-stream"),
  ])
  func typesFollowTheExtension(_ path: String, _ type: String) {
    #expect(ContentType.of(path) == type)
  }
}
