import Foundation

/// Creates files that must not exist yet (`sitegen init`, `sitegen import`): all of them or
/// none. Nothing existing is ever replaced: each file is written under a temporary name and
/// given its own with `link`, which fails rather than replace, so a file appears whole or not
/// at all; on any failure the files and folders made so far are removed.
struct NewFiles {
  /// One file: where it goes, how messages name it, and its bytes.
  struct File {
    var url: URL
    var displayPath: String
    var bytes: [UInt8]
  }

  var files: [File]

  /// Writes every file.
  /// - Throws: `EnvironmentError` naming every file that already exists (nothing is written
  ///   then), or the first file that could not be written (what was written is removed).
  func create() throws(EnvironmentError) {
    let existing = files.filter { Self.exists($0.url) }.map(\.displayPath)
    if !existing.isEmpty {
      throw EnvironmentError(
        "refusing to overwrite \(existing.joined(separator: ", ")): "
          + (existing.count == 1 ? "it exists" : "they exist") + " already")
    }
    var createdFolders: [URL] = []
    var createdFiles: [URL] = []
    do {
      for file in files {
        try makeFolders(for: file.url, recording: &createdFolders)
        try Self.createExclusively(file.url, bytes: file.bytes, displayPath: file.displayPath)
        createdFiles.append(file.url)
      }
    } catch {
      for url in createdFiles { unlink(url.path) }
      for url in createdFolders.reversed() { rmdir(url.path) }
      throw error
    }
  }

  /// Whether anything (a file, a folder, even a dangling link) has this name.
  static func exists(_ url: URL) -> Bool {
    var status = stat()
    return lstat(url.path, &status) == 0
  }

  /// Creates the folders above `url` that are missing, outermost first.
  private func makeFolders(for url: URL, recording created: inout [URL])
    throws(EnvironmentError)
  {
    var missing: [URL] = []
    var folder = url.deletingLastPathComponent().standardizedFileURL
    while !Self.exists(folder), folder.path != "/" {
      missing.append(folder)
      folder = folder.deletingLastPathComponent()
    }
    for folder in missing.reversed() {
      guard mkdir(folder.path, 0o755) == 0 else {
        throw EnvironmentError(
          "cannot create the folder \(folder.path): \(String(cString: strerror(errno)))")
      }
      created.append(folder)
    }
  }

  /// Writes `bytes` under a temporary name beside `url`, then links it to `url`, which fails if
  /// `url` exists; where the file system has no hard links, creates `url` with `O_EXCL`.
  private static func createExclusively(_ url: URL, bytes: [UInt8], displayPath: String)
    throws(EnvironmentError)
  {
    func failure(_ code: Int32) -> EnvironmentError {
      if code == EEXIST { return EnvironmentError("refusing to overwrite \(displayPath)") }
      return EnvironmentError("cannot write \(displayPath): \(String(cString: strerror(code)))")
    }
    let pid = ProcessInfo.processInfo.processIdentifier
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).sitegen-new-\(pid)")
    try writeNew(bytes, to: temporary.path, failure: failure)
    defer { unlink(temporary.path) }
    if link(temporary.path, url.path) == 0 { return }
    let code = errno
    guard code == EPERM || code == ENOTSUP || code == EXDEV || code == EMLINK else {
      throw failure(code)
    }
    try writeNew(bytes, to: url.path, failure: failure)
  }

  /// Creates `path` (never replacing it) and writes `bytes` into it; removes it on failure.
  private static func writeNew(
    _ bytes: [UInt8], to path: String, failure: (Int32) -> EnvironmentError
  ) throws(EnvironmentError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { throw failure(errno) }
    var written = 0
    while written < bytes.count {
      let count = bytes[written...].withUnsafeBytes {
        write(descriptor, $0.baseAddress, $0.count)
      }
      guard count > 0 else {
        let code = errno
        close(descriptor)
        unlink(path)
        throw failure(code)
      }
      written += count
    }
    guard close(descriptor) == 0 else {
      let code = errno
      unlink(path)
      throw failure(code)
    }
  }
}
