/// One file as the preview sends it.
struct ServedFile: Sendable {
  /// The bytes the build produced.
  var source: [UInt8]
  /// The bytes sent: `source`, with the live-reload script (and overlay) in pages.
  var body: [UInt8]
  var entityTag: String
  /// When `body` last changed, in seconds since 1970.
  var lastModified: Int
  var contentType: String
}

/// What the preview serves at one moment: the files of a build, with the injection pages get.
struct ServedSite: Sendable {
  private(set) var files: [String: ServedFile] = [:]
  /// What pages get before `</body>`: the script, and the overlay when the last build failed.
  private(set) var injection: [UInt8] = []
  /// The body of the 404 page, which reloads like any page once the file exists.
  private(set) var notFoundPage: [UInt8] = []
  /// Whether a build has been published; before, every page is the building page.
  private(set) var isPublished = false

  /// The page served (with status 503) while the first build runs: it reloads when the build is
  /// served, and every second in case it missed the event.
  static let buildingPage = LiveReload.inject(
    Array(LiveReload.script.utf8),
    into: Array(
      """
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8" /><meta http-equiv="refresh" content="1" />
      <title>Building · sitegen preview</title></head>
      <body>
      <p>sitegen is building the site; this page reloads when it is ready.</p>
      </body>
      </html>

      """.utf8))

  /// The file at the site path `key`.
  func file(_ key: String) -> ServedFile? {
    files[key]
  }

  /// Makes `files` the served ones, keeping the tags and dates of unchanged files.
  /// - Parameters:
  ///   - files: the built site, path → bytes.
  ///   - injection: what pages get before `</body>`.
  ///   - hidden: site paths never to serve (sources linked from outside their folder); one ending
  ///     in `/` covers a folder.
  ///   - now: seconds since 1970, the date of changed files.
  /// - Returns: the paths whose served bytes changed (added and removed ones too), sorted, with
  ///   `*` first when the injection changed.
  mutating func publish(
    _ files: [String: [UInt8]], injection: [UInt8], hidden: Set<String>, now: Int
  ) -> [String] {
    let injectionChanged = injection != self.injection
    let previous = self.files
    self.injection = injection
    var next: [String: ServedFile] = [:]
    var changed: [String] = []
    for (key, bytes) in files where !Self.isHidden(key, by: hidden) {
      let isPage = ContentType.isHTML(key)
      let old = previous[key]
      if let old, old.source == bytes, !(isPage && injectionChanged) {
        next[key] = old
        continue
      }
      let body = isPage ? LiveReload.inject(injection, into: bytes) : bytes
      if let old, old.body == body {
        next[key] = ServedFile(
          source: bytes, body: body, entityTag: old.entityTag, lastModified: old.lastModified,
          contentType: old.contentType)
        continue
      }
      next[key] = ServedFile(
        source: bytes, body: body, entityTag: EntityTag.of(body), lastModified: now,
        contentType: ContentType.of(key))
      changed.append(key)
    }
    for key in previous.keys where next[key] == nil {
      changed.append(key)
    }
    self.files = next
    isPublished = true
    notFoundPage = LiveReload.inject(
      injection,
      into: Array(
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8" /><title>Not found · sitegen preview</title></head>
        <body>
        <h1>Not found</h1>
        <p>The preview has no file at this address. <a href="/">Home</a></p>
        </body>
        </html>

        """.utf8))
    changed.sort()
    return injectionChanged ? ["*"] + changed : changed
  }

  private static func isHidden(_ key: String, by hidden: Set<String>) -> Bool {
    hidden.contains(key) || hidden.contains { $0.hasSuffix("/") && key.hasPrefix($0) }
  }
}

/// The served site, shared by the request handler and the rebuilds.
actor SiteStore {
  private(set) var site = ServedSite()

  /// Publishes a new build; see `ServedSite.publish`.
  func publish(
    _ files: [String: [UInt8]], injection: [UInt8], hidden: Set<String>, now: Int
  ) -> [String] {
    site.publish(files, injection: injection, hidden: hidden, now: now)
  }
}
