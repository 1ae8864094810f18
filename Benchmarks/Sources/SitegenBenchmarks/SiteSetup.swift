import Foundation

/// Where the site benchmarks find sitegen and the content, and where they keep scratch files.
struct SiteSetup {
  /// The release `sitegen` executable.
  var sitegen: String
  /// The committed site's content folder.
  var content: URL
  /// A fresh temporary folder, removed when the suite ends.
  var scratch: URL

  /// Copies `folder` to `scratch/name`, replacing an earlier copy.
  func copy(_ folder: URL, as name: String) -> URL {
    let target = scratch.appendingPathComponent(name)
    try? FileManager.default.removeItem(at: target)
    try? FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? FileManager.default.copyItem(at: folder, to: target)
    return target
  }

  /// A new empty folder `scratch/name`.
  func folder(_ name: String) -> URL {
    let target = scratch.appendingPathComponent(name)
    try? FileManager.default.removeItem(at: target)
    try? FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    return target
  }

  /// `sitegen build`'s arguments for a content and an output folder.
  func buildArguments(content: URL, output: URL, cache: Bool) -> [String] {
    ["build", "--content", content.path, "--output", output.path] + (cache ? [] : ["--no-cache"])
  }

  /// The report's lines about a benchmark's sitegen children: peak memory, cores kept busy,
  /// and any failed build.
  func childLines(_ record: ChildRecord, memoryTarget: Int? = nil) -> [(String, String)] {
    var peak = formatBytes(record.peakBytes)
    if let memoryTarget {
      let ok = record.peakBytes <= memoryTarget ? "ok" : "MISSED"
      peak += " (target ≤ \(formatBytes(memoryTarget))) \(ok)"
    }
    var lines = [
      ("peak resident memory of sitegen", peak),
      ("CPU time / wall time of sitegen", String(format: "%.2f (of 2 cores)", record.parallelism)),
    ]
    if !record.failures.isEmpty {
      let statuses = record.failures.map(String.init).joined(separator: ", ")
      lines.append(("WARNING", "sitegen exited with status \(statuses); see `sitegen build`"))
    }
    return lines
  }
}
