/// A request's path, percent-decoded and checked, as the key of a file in the built site.
///
/// Only keys of the site's file dictionary are ever served, so a path is refused (`nil`) as soon
/// as it could mean anything else: a segment `.` or `..` (also encoded, `%2e%2e`), an encoded `/`
/// or `\`, an empty segment (`//etc/passwd`), a target that is not an absolute path, a bad
/// percent-escape, a control character or bytes that are not UTF-8.
struct SitePath: Equatable {
  /// The decoded segments, none empty.
  var segments: [String]
  /// Whether the path ended in `/` (or was `/`): a folder, served by its `index.html`.
  var isFolder: Bool

  /// Decodes the raw (still percent-encoded) path of a request target.
  init?(rawPath: String) {
    guard rawPath.hasPrefix("/") else { return nil }
    var raw = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
    isFolder = raw.last?.isEmpty ?? true
    if isFolder { raw.removeLast() }
    var segments: [String] = []
    for part in raw {
      guard let segment = Self.decode(part), Self.isAllowed(segment) else { return nil }
      segments.append(segment)
    }
    self.segments = segments
  }

  /// The key of the file this path names: `a/b.css`, or `a/index.html` for the folder `a/`.
  var fileKey: String {
    let joined = segments.joined(separator: "/")
    guard isFolder else { return joined }
    return joined.isEmpty ? "index.html" : joined + "/index.html"
  }

  private static func isAllowed(_ segment: String) -> Bool {
    guard !segment.isEmpty, segment != ".", segment != ".." else { return false }
    return !segment.unicodeScalars.contains {
      $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F
    }
  }

  /// Strict percent-decoding (RFC 3986 §2.1): `%` must be followed by two hex digits, and the
  /// result must be UTF-8.
  private static func decode(_ part: Substring) -> String? {
    var bytes: [UInt8] = []
    var iterator = part.utf8.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(hexValue),
        let low = iterator.next().flatMap(hexValue)
      else { return nil }
      bytes.append(high << 4 | low)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
