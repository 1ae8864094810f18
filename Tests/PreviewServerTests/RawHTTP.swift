import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Sends one request exactly as written, bypassing a client's path normalisation (`/../`), and
/// returns the status code of the reply.
func rawStatus(port: Int, target: String) async throws -> Int {
  try await rawReply(port: port, target: target).status
}

/// Sends one request exactly as written and returns the reply's status and header lines. The
/// blocking socket calls run on a thread of their own, never on one the server's tasks need.
func rawReply(port: Int, target: String) async throws -> (status: Int, head: [String]) {
  try await withCheckedThrowingContinuation { continuation in
    DispatchQueue.global().async {
      continuation.resume(with: Result { try blockingReply(port: port, target: target) })
    }
  }
}

private func blockingReply(port: Int, target: String) throws -> (status: Int, head: [String]) {
  let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  guard handle >= 0 else { throw TestFailure("socket failed") }
  defer { close(handle) }
  // Only a guard against a server that never answers: a busy machine running the other
  // suites' CPU-bound tests beside this one can hold a reply back for many seconds.
  var timeout = timeval(tv_sec: 120, tv_usec: 0)
  setsockopt(handle, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  var address = sockaddr_in()
  address.sin_family = sa_family_t(AF_INET)
  address.sin_port = in_port_t(UInt16(port).bigEndian)
  address.sin_addr.s_addr = inet_addr("127.0.0.1")
  let connected = withUnsafePointer(to: &address) {
    $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
      connect(handle, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
    }
  }
  guard connected == 0 else { throw TestFailure("connect failed") }
  let request = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
  guard send(handle, request, request.count, 0) == request.count else {
    throw TestFailure("send failed")
  }
  var reply: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 4096)
  let headEnd = Array("\r\n\r\n".utf8)
  while reply.firstRange(of: headEnd) == nil {
    let count = recv(handle, &buffer, buffer.count, 0)
    guard count > 0 else { break }
    reply += buffer[..<count]
  }
  let head = String(decoding: reply, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
  let lines = head.components(separatedBy: "\r\n")
  let parts = lines[0].split(separator: " ")
  guard parts.count >= 2, let status = Int(parts[1]) else {
    throw TestFailure("no status line in '\(lines[0])'")
  }
  return (status, Array(lines.dropFirst()))
}
