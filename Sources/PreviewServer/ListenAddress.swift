import FlyingSocks

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The socket address the preview binds, read from `--host` and `--port`.
enum ListenAddress {
  case ip4(sockaddr_in)
  case ip6(sockaddr_in6)

  /// Reads an IPv4 or IPv6 literal (brackets allowed); `localhost` is 127.0.0.1.
  /// - Throws: `PreviewError` for anything else (host names are not looked up).
  init(host: String, port: UInt16) throws(PreviewError) {
    let literal =
      host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    if let address = try? sockaddr_in.inet(
      ip4: literal == "localhost" ? "127.0.0.1" : literal, port: port)
    {
      self = .ip4(address)
    } else if let address = try? sockaddr_in6.inet6(ip6: literal, port: port) {
      self = .ip6(address)
    } else {
      throw PreviewError(
        "--host wants an IP address such as 127.0.0.1 or ::1, or localhost; got '\(host)'")
    }
  }

  /// Whether only this machine can connect: 127.0.0.0/8 or ::1.
  var isLoopback: Bool {
    switch self {
    case .ip4(let address):
      withUnsafeBytes(of: address.sin_addr) { $0.first == 127 }
    case .ip6(let address):
      withUnsafeBytes(of: address.sin6_addr) { bytes in
        bytes.count == 16 && bytes.prefix(15).allSatisfy { $0 == 0 } && bytes[15] == 1
      }
    }
  }
}
