import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a file looked like when the sources were last looked at: enough to notice an edit.
package struct FileStamp: Hashable, Sendable {
  /// Size in bytes.
  package var size: Int64
  /// Modification time in nanoseconds since 1970.
  package var modified: Int64
  /// The file's inode number, which changes when an editor saves by renaming a new file in place.
  package var inode: UInt64
}

/// The state of the files a build reads (`content/` and the theme folder), cheap to take and to
/// compare; two equal snapshots mean a rebuild would read the same files.
package struct SourceSnapshot: Equatable, Sendable {
  /// Every file below the content and theme folders, by path, with its stamp.
  package var files: [String: FileStamp] = [:]
  /// Paths inside the built site whose source is reached through a symbolic link leading out of
  /// its folder (static files and pages of the content folder, assets of the theme); a path
  /// ending in `/` stands for everything below it.
  package var linkedFromOutside: Set<String> = []

  package init() {}
}

extension SiteBuilder {
  /// Looks at every file below the content and theme folders without reading them: sizes,
  /// modification times, and links that lead outside.
  package func sourceSnapshot() -> SourceSnapshot {
    var snapshot = SourceSnapshot()
    let content = URL(fileURLWithPath: options.contentDirectory).standardizedFileURL
    scan(root: content, into: &snapshot) { relative in
      if relative.hasSuffix(".md") && !relative.contains("/") {
        let (_, slug) = ContentLoader.orderAndSlug(of: relative)
        return relative == "index.md" ? "index.html" : "\(slug)/index.html"
      }
      return relative
    }
    let theme =
      options.themeDirectory.map { URL(fileURLWithPath: $0) }
      ?? content.deletingLastPathComponent().appendingPathComponent("theme")
    scan(root: theme.standardizedFileURL, into: &snapshot) { relative in
      relative.hasPrefix("assets/") ? relative : nil
    }
    return snapshot
  }

  /// Walks `root`, following links inside it, stamping each file; a file or folder whose real
  /// location is outside `root` has its site path (given by `sitePath`; folders end in `/`)
  /// recorded instead of being walked.
  private func scan(
    root: URL, into snapshot: inout SourceSnapshot, sitePath: (String) -> String?
  ) {
    guard let realRoot = Self.realPath(root.path) else { return }
    let prefix = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
    var visited: Set<String> = [realRoot]
    var pending: [String] = [""]
    while let relative = pending.popLast() {
      let directory = relative.isEmpty ? root.path : root.path + "/" + relative
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
        continue
      }
      for name in names where !name.hasPrefix(".") {
        let path = relative.isEmpty ? name : relative + "/" + name
        let full = root.path + "/" + path
        guard let real = Self.realPath(full) else { continue }
        let outside = !real.hasPrefix(prefix)
        var info = stat()
        guard stat(full, &info) == 0 else { continue }
        if (info.st_mode & S_IFMT) == S_IFDIR {
          if outside {
            // Not served, so not watched: a link may lead anywhere, even to the whole disk.
            if let site = sitePath(path + "/") { snapshot.linkedFromOutside.insert(site) }
          } else if visited.insert(real).inserted {
            pending.append(path)
          }
          continue
        }
        snapshot.files[full] = FileStamp(
          size: Int64(info.st_size), modified: Self.modificationNanoseconds(info),
          inode: UInt64(info.st_ino))
        if outside, let site = sitePath(path) {
          snapshot.linkedFromOutside.insert(site)
        }
      }
    }
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  private static func modificationNanoseconds(_ info: stat) -> Int64 {
    #if canImport(Darwin)
      Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
    #else
      Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    #endif
  }
}
