import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One Server-Sent Event as received, with the time it arrived.
struct ReceivedEvent {
  var name: String
  var data: String
  var id: String?
  var receivedAt: ContinuousClock.Instant
}

/// Reads an event stream through URLSession as its bytes arrive.
final class EventStreamReader: NSObject, URLSessionDataDelegate, @unchecked Sendable {
  private let lock = NSLock()
  private var pending = ""
  private var received: [ReceivedEvent] = []
  private var consumed = 0
  private var finished = false
  private var session: URLSession?

  /// Connects to `url`, sending `Last-Event-ID` when given.
  init(url: URL, lastEventID: String? = nil) {
    super.init()
    let session = URLSession(configuration: .ephemeral, delegate: self, delegateQueue: nil)
    var request = URLRequest(url: url)
    request.timeoutInterval = 60
    if let lastEventID { request.setValue(lastEventID, forHTTPHeaderField: "Last-Event-ID") }
    session.dataTask(with: request).resume()
    self.session = session
  }

  func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
    let now = ContinuousClock.now
    lock.withLock {
      pending += String(decoding: data, as: UTF8.self)
      while let end = pending.range(of: "\n\n") {
        let block = pending[..<end.lowerBound]
        pending = String(pending[end.upperBound...])
        var event = ReceivedEvent(name: "message", data: "", id: nil, receivedAt: now)
        var isComment = true
        for line in block.split(separator: "\n") {
          if line.hasPrefix(":") { continue }
          isComment = false
          let parts = line.split(separator: ":", maxSplits: 1)
          let field = String(parts[0])
          var value = parts.count > 1 ? String(parts[1]) : ""
          if value.hasPrefix(" ") { value.removeFirst() }
          switch field {
          case "event": event.name = value
          case "data": event.data += value
          case "id": event.id = value
          default: break
          }
        }
        if !isComment { received.append(event) }
      }
    }
  }

  func urlSession(
    _ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?
  ) {
    lock.withLock { finished = true }
  }

  /// The next event not yet returned that is named `name` and satisfies `predicate`; earlier
  /// events are passed over.
  func next(
    _ name: String, within timeout: Duration = .seconds(60),
    where predicate: (ReceivedEvent) -> Bool = { _ in true }
  ) async throws -> ReceivedEvent {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      let found: ReceivedEvent? = lock.withLock {
        while consumed < received.count {
          let event = received[consumed]
          consumed += 1
          if event.name == name && predicate(event) { return event }
        }
        return nil
      }
      if let found { return found }
      try await Task.sleep(for: .milliseconds(2))
    }
    throw TestFailure("no '\(name)' event within \(timeout)")
  }

  /// Whether the server ended the stream.
  var hasFinished: Bool { lock.withLock { finished } }

  func close() {
    session?.invalidateAndCancel()
  }
}
