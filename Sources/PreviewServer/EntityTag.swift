import Foundation

/// Strong entity tags for served bytes, and the `If-None-Match` comparison (RFC 9110 §8.8.3,
/// §13.1.2).
enum EntityTag {
  /// `"<FNV-1a 64 of the bytes>-<length>"`, both in hex. FNV-1a's offset basis and prime are
  /// those of the FNV specification (draft-eastlake-fnv).
  static func of(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    bytes.withUnsafeBufferPointer { buffer in
      for byte in buffer {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
      }
    }
    return "\"\(String(hash, radix: 16))-\(String(bytes.count, radix: 16))\""
  }

  /// Whether an `If-None-Match` field value names `tag` (weak comparison: `W/` is ignored) or is
  /// `*`.
  static func matches(_ field: String, _ tag: String) -> Bool {
    let opaque = tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
    for candidate in field.split(separator: ",") {
      var value = candidate.trimmingCharacters(in: .whitespaces)
      if value == "*" { return true }
      if value.hasPrefix("W/") { value = String(value.dropFirst(2)) }
      if value == opaque { return true }
    }
    return false
  }
}
