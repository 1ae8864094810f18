import Foundation

/// The live-reload stream's clients, and what is sent to them (Server-Sent Events, as the
/// HTML Living Standard's "Server-sent events" section defines the format).
actor EventBroadcaster {
  /// Names this run of the server in event ids, so that a page reconnecting after a restart
  /// reloads.
  private let runID = String(UInt64.random(in: 1...UInt64.max), radix: 36)
  /// Counts the reload events sent.
  private(set) var generation = 0
  private var clients: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]
  private var closed = false

  private var eventID: String { "\(runID)-\(generation)" }

  /// Opens a stream for one client. It starts with a `hello` event; when the client says it last
  /// saw another event (`Last-Event-ID`, sent by a reconnecting `EventSource`), with a reload of
  /// everything.
  func subscribe(lastEventID: String?) -> AsyncStream<[UInt8]> {
    let (stream, continuation) = AsyncStream.makeStream(
      of: [UInt8].self, bufferingPolicy: .unbounded)
    guard !closed else {
      continuation.finish()
      return stream
    }
    let id = UUID()
    clients[id] = continuation
    continuation.onTermination = { _ in
      Task { await self.remove(id) }
    }
    continuation.yield(Self.event(id: eventID, name: "hello", data: String(generation), retry: 500))
    if let lastEventID, lastEventID != eventID {
      continuation.yield(Self.event(id: eventID, name: "reload", data: "[\"*\"]"))
    }
    return stream
  }

  /// Tells every client that `paths` changed (`*`: everything).
  func reload(_ paths: [String]) {
    generation += 1
    let encoder = JSONEncoder()
    encoder.outputFormatting = .withoutEscapingSlashes
    let data = (try? encoder.encode(paths)).flatMap { String(bytes: $0, encoding: .utf8) }
    send(Self.event(id: eventID, name: "reload", data: data ?? "[\"*\"]"))
  }

  /// A comment line, so that a connection whose client went away is noticed and closed.
  func keepAlive() {
    send(Array(": keep-alive\n\n".utf8))
  }

  /// The number of open streams.
  var clientCount: Int { clients.count }

  /// Ends every stream and refuses new ones.
  func close() {
    closed = true
    for continuation in clients.values {
      continuation.finish()
    }
    clients = [:]
  }

  private func send(_ bytes: [UInt8]) {
    for (id, continuation) in clients {
      if case .terminated = continuation.yield(bytes) {
        clients[id] = nil
      }
    }
  }

  private func remove(_ id: UUID) {
    clients[id] = nil
  }

  private static func event(id: String, name: String, data: String, retry: Int? = nil) -> [UInt8] {
    var text = retry.map { "retry: \($0)\n" } ?? ""
    text += "id: \(id)\nevent: \(name)\ndata: \(data)\n\n"
    return Array(text.utf8)
  }
}
