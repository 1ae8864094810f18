import CFileSwap
import Foundation

/// Stage 5: writes the built site into a temporary folder beside the output folder, then swaps
/// it in with one atomic exchange, so the output folder is always a whole build, old or new,
/// even if the process is killed at any moment.
struct SiteWriter {
  var outputDirectory: URL

  /// The file that marks a folder as written by sitegen; a non-empty folder without it is
  /// never replaced unless the user insists (`--force`).
  static let marker = ".sitegen-site"
  static let markerText =
    "This folder is written by sitegen; it is replaced whole on every build.\n"

  private var output: URL { outputDirectory.standardizedFileURL }
  private var parent: URL { output.deletingLastPathComponent() }
  private var stagingPrefix: String { ".\(output.lastPathComponent).new-" }
  private var retiredPrefix: String { ".\(output.lastPathComponent).old-" }

  /// Refuses output folders whose replacement would destroy something that is not a site:
  /// the root, the content folder or a folder holding it, and non-empty folders sitegen did
  /// not write.
  func checkSafe(contentDirectory: URL, force: Bool) throws(EnvironmentError) {
    let fileManager = FileManager.default
    let outputPath = output.resolvingSymlinksInPath().path
    let contentPath = contentDirectory.standardizedFileURL.resolvingSymlinksInPath().path
    if outputPath == "/" || outputPath == NSHomeDirectory() {
      throw EnvironmentError("refusing to replace \(outputPath) with the site")
    }
    if contentPath == outputPath || contentPath.hasPrefix(outputPath + "/")
      || outputPath.hasPrefix(contentPath + "/")
    {
      throw EnvironmentError(
        "the output folder \(outputDirectory.path) overlaps the content folder; choose another")
    }
    guard !force, let names = try? fileManager.contentsOfDirectory(atPath: output.path),
      !names.isEmpty, !names.contains(Self.marker)
    else { return }
    throw EnvironmentError(
      "\(outputDirectory.path) is not empty and was not written by sitegen; "
        + "refusing to replace it (use --force to replace it anyway)")
  }

  /// Writes `files` (relative path → bytes) as the new contents of the output folder.
  /// - Throws: `EnvironmentError` when the site cannot be written; the old output is then left
  ///   as it was.
  func write(_ files: [String: [UInt8]]) throws(EnvironmentError) {
    let fileManager = FileManager.default
    removeLeftovers()
    let pid = ProcessInfo.processInfo.processIdentifier
    let staging = parent.appendingPathComponent(stagingPrefix + "\(pid)")
    do {
      try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
      if fileManager.fileExists(atPath: staging.path) {
        try fileManager.removeItem(at: staging)
      }
      try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
      try Data(Self.markerText.utf8).write(to: staging.appendingPathComponent(Self.marker))
      let sorted = files.sorted { $0.key < $1.key }
      let urls = sorted.map { staging.appendingPathComponent($0.key) }
      let folders = Set(urls.map { $0.deletingLastPathComponent().path })
      for folder in folders.sorted() {
        try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      try Self.writeConcurrently(zip(urls, sorted).map { ($0.path, $1.value) })
    } catch {
      try? fileManager.removeItem(at: staging)
      throw EnvironmentError("cannot write the site beside \(outputDirectory.path): \(error)")
    }
    try swapIn(staging, pid: pid)
  }

  /// Writes each file with `open`/`write`/`close`, on all cores. Nothing is synced here: the
  /// folder becomes the site only by the rename that follows, so a killed build leaves no
  /// half-written site, and syncing every file was a sixth of a large site's build.
  private static func writeConcurrently(_ files: [(path: String, bytes: [UInt8])]) throws {
    let failures = ParallelMap.map(files) { file in
      writeFile(file.path, file.bytes).map { "\(file.path): \($0)" }
    }
    // The first failure in path order, so the message does not depend on timing.
    if let first = failures.lazy.compactMap({ $0 }).first { throw EnvironmentError(first) }
  }

  /// Writes `bytes` as the new file `path`; the reason it could not, or nil.
  private static func writeFile(_ path: String, _ bytes: [UInt8]) -> String? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    defer { close(descriptor) }
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.write(descriptor, base + written, buffer.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return String(cString: strerror(errno))
      }
      written += count
    }
    return nil
  }

  /// Phase 2: the new folder takes the output's name. Where the kernel can exchange two names
  /// atomically it does; elsewhere the old folder is renamed away first.
  private func swapIn(_ staging: URL, pid: Int32) throws(EnvironmentError) {
    let fileManager = FileManager.default
    guard fileManager.fileExists(atPath: output.path) else {
      guard rename(staging.path, output.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? fileManager.removeItem(at: staging)
        throw EnvironmentError("cannot create \(outputDirectory.path): \(reason)")
      }
      return
    }
    if sitegen_exchange_paths(staging.path, output.path) == 0 {
      try? fileManager.removeItem(at: staging)
      return
    }
    let retired = parent.appendingPathComponent(retiredPrefix + "\(pid)")
    guard rename(output.path, retired.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? fileManager.removeItem(at: staging)
      throw EnvironmentError("cannot replace \(outputDirectory.path): \(reason)")
    }
    guard rename(staging.path, output.path) == 0 else {
      let reason = String(cString: strerror(errno))
      _ = rename(retired.path, output.path)
      try? fileManager.removeItem(at: staging)
      throw EnvironmentError("cannot replace \(outputDirectory.path): \(reason)")
    }
    try? fileManager.removeItem(at: retired)
  }

  /// Staging and retired folders of builds that were killed before they finished. An old
  /// output renamed away by a killed fallback swap is put back if the output is missing.
  private func removeLeftovers() {
    let fileManager = FileManager.default
    guard let names = try? fileManager.contentsOfDirectory(atPath: parent.path) else { return }
    for name in names.sorted() where name.hasPrefix(stagingPrefix) || name.hasPrefix(retiredPrefix)
    {
      let url = parent.appendingPathComponent(name)
      let marked = fileManager.fileExists(atPath: url.appendingPathComponent(Self.marker).path)
      // A staging folder killed before its marker was written is ours too, if the build that
      // named it is gone.
      let pid = Int32(name.dropFirst(stagingPrefix.count)) ?? 0
      let orphaned =
        name.hasPrefix(stagingPrefix) && pid > 0 && pid != getpid() && kill(pid, 0) != 0
        && errno == ESRCH
      guard marked || orphaned else { continue }
      if name.hasPrefix(retiredPrefix) && !fileManager.fileExists(atPath: output.path) {
        _ = rename(url.path, output.path)
      } else {
        try? fileManager.removeItem(at: url)
      }
    }
  }

  /// The files now in the output folder, by relative path; empty when it does not exist.
  func readExisting() -> [String: [UInt8]] {
    let fileManager = FileManager.default
    var result: [String: [UInt8]] = [:]
    guard let enumerator = fileManager.enumerator(at: output, includingPropertiesForKeys: nil)
    else {
      return result
    }
    let rootPath = output.path
    for case let url as URL in enumerator {
      let path = url.standardizedFileURL.path
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
        let data = fileManager.contents(atPath: path)
      else { continue }
      let relative = String(String(path.dropFirst(rootPath.count)).trimmingPrefix("/"))
      if relative == Self.marker { continue }
      result[relative] = [UInt8](data)
    }
    return result
  }
}
