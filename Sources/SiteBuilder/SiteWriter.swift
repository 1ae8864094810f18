import Foundation

/// Stage 5: writes the built site into a temporary folder beside the output folder, then swaps it
/// in, so the output folder is always a whole build, old or new.
struct SiteWriter {
  var outputDirectory: URL

  /// Writes `files` (relative path → bytes) as the new contents of the output folder.
  /// - Throws: `EnvironmentError` when the parent folder cannot be written; the old output is then
  ///   left as it was.
  func write(_ files: [String: [UInt8]]) throws(EnvironmentError) {
    let fileManager = FileManager.default
    let output = outputDirectory.standardizedFileURL
    let parent = output.deletingLastPathComponent()
    let name = output.lastPathComponent
    let pid = ProcessInfo.processInfo.processIdentifier
    let staging = parent.appendingPathComponent(".\(name).new-\(pid)")
    let retired = parent.appendingPathComponent(".\(name).old-\(pid)")

    do {
      try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
      if fileManager.fileExists(atPath: staging.path) {
        try fileManager.removeItem(at: staging)
      }
      try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
      for path in files.keys.sorted() {
        guard let bytes = files[path] else { continue }
        let url = staging.appendingPathComponent(path)
        try fileManager.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
      }
    } catch {
      try? fileManager.removeItem(at: staging)
      throw EnvironmentError("cannot write the site beside \(outputDirectory.path): \(error)")
    }

    // Phase 2: swap. The old folder is renamed away, the new one renamed in; if the second rename
    // fails, the old one is put back.
    let hadOutput = fileManager.fileExists(atPath: output.path)
    do {
      if hadOutput {
        try fileManager.moveItem(at: output, to: retired)
      }
      do {
        try fileManager.moveItem(at: staging, to: output)
      } catch {
        if hadOutput { try? fileManager.moveItem(at: retired, to: output) }
        throw error
      }
      if hadOutput { try? fileManager.removeItem(at: retired) }
    } catch {
      try? fileManager.removeItem(at: staging)
      throw EnvironmentError("cannot replace \(outputDirectory.path): \(error)")
    }
  }

  /// The files now in the output folder, by relative path; empty when it does not exist.
  func readExisting() -> [String: [UInt8]] {
    let fileManager = FileManager.default
    let root = outputDirectory.standardizedFileURL
    var result: [String: [UInt8]] = [:]
    guard let enumerator = fileManager.enumerator(at: root, includingPropertiesForKeys: nil) else {
      return result
    }
    let rootPath = root.path
    for case let url as URL in enumerator {
      let path = url.standardizedFileURL.path
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
        let data = fileManager.contents(atPath: path)
      else { continue }
      let relative = String(path.dropFirst(rootPath.count)).trimmingPrefix("/")
      result[String(relative)] = [UInt8](data)
    }
    return result
  }
}
