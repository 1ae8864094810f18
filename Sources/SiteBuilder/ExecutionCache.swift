import CellExecution
import Foundation

/// Remembers each page's execution, keyed by a hash of the page's source and of the sitegen
/// build that ran it, so an unchanged page is not run again. Kept outside the site, in a folder
/// the project ignores; never consulted by `check`.
struct ExecutionCache: Sendable {
  var directory: URL

  /// What identifies this build of sitegen: its executable's size and modification time.
  static let buildIdentity: String = {
    guard let path = Bundle.main.executablePath,
      let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    else { return "unknown" }
    let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(path)|\(size)|\(modified)"
  }()

  /// The cache key of a page's execution.
  static func key(
    file: String, body: String, textFigures: Bool, includes: [String: String] = [:]
  ) -> String {
    var hash = FNV1a()
    hash.add(buildIdentity)
    hash.add(file)
    hash.add(textFigures ? "text" : "svg")
    hash.add(body)
    // The files a cell may `include`: a change to one runs the pages again.
    for (path, text) in includes.sorted(by: { $0.key < $1.key }) {
      hash.add(path)
      hash.add(text)
    }
    return hash.hex
  }

  func load(_ key: String) -> ExecutedPage? {
    let url = directory.appendingPathComponent(key + ".json")
    guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
    return try? JSONDecoder().decode(ExecutedPage.self, from: data)
  }

  func store(_ page: ExecutedPage, key: String) {
    guard let data = try? JSONEncoder().encode(page) else { return }
    let url = directory.appendingPathComponent(key + ".json")
    let temporary = directory.appendingPathComponent(".\(key).\(UUID().uuidString).tmp")
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try data.write(to: temporary)
      // rename(2) replaces an earlier entry atomically, and creates the first one.
      if rename(temporary.path, url.path) != 0 {
        try? FileManager.default.removeItem(at: temporary)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
    }
  }
}

/// The 64-bit FNV-1a hash (Fowler–Noll–Vo; offset basis 0xcbf29ce484222325, prime 0x100000001b3),
/// with each field's length mixed in so fields cannot run into each other.
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ text: String) {
    for byte in text.utf8 { mix(byte) }
    var length = UInt64(text.utf8.count)
    for _ in 0..<8 {
      mix(UInt8(truncatingIfNeeded: length))
      length >>= 8
    }
  }

  private mutating func mix(_ byte: UInt8) {
    value ^= UInt64(byte)
    value = value &* 0x100_0000_01b3
  }

  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
