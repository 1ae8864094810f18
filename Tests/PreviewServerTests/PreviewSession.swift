import Foundation
import SiteBuilder

@testable import PreviewServer

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A preview server running on a free loopback port over a temporary site, for one test.
struct PreviewSession {
  let site: TemporarySite
  let server: PreviewServer
  let url: URL
  let log: BuildLog

  /// Starts a server over a fresh temporary site; `prepare` may change the site first, and
  /// `pipeline` make the pipeline of the site's builder (by default the preview's own).
  static func start(
    pollInterval: Duration = .milliseconds(20), prepare: (TemporarySite) throws -> Void = { _ in },
    pipeline: (SiteBuilder) -> PreviewPipeline = { PreviewPipeline($0) }
  ) async throws -> PreviewSession {
    let site = try TemporarySite()
    do {
      try prepare(site)
      let builds = BuildLog()
      let builder = SiteBuilder(options: BuildOptions(contentDirectory: site.content.path))
      let server = PreviewServer(
        pipeline: pipeline(builder),
        options: PreviewOptions(host: "127.0.0.1", port: 0, pollInterval: pollInterval),
        report: { event in builds.record(event) })
      let address = try await server.start()
      guard let url = URL(string: address) else { throw TestFailure("bad URL \(address)") }
      return PreviewSession(site: site, server: server, url: url, log: builds)
    } catch {
      site.remove()
      throw error
    }
  }

  func stop() async {
    await server.stop()
    site.remove()
  }

  /// A plain request through URLSession; redirects are followed.
  func get(
    _ path: String, method: String = "GET", headers: [String: String] = [:]
  ) async throws -> Reply {
    guard let target = URL(string: path, relativeTo: url) else { throw TestFailure("bad path") }
    var request = URLRequest(url: target)
    request.httpMethod = method
    request.cachePolicy = .reloadIgnoringLocalCacheData
    request.timeoutInterval = 60
    for (name, value) in headers {
      request.setValue(value, forHTTPHeaderField: name)
    }
    let (data, response) = try await Self.session.data(for: request)
    guard let http = response as? HTTPURLResponse else { throw TestFailure("not HTTP") }
    return Reply(status: http.statusCode, headers: http.allHeaderFields, body: data)
  }

  private static let session: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.urlCache = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    return URLSession(configuration: configuration)
  }()
}

/// What a request got back.
struct Reply {
  var status: Int
  var headers: [AnyHashable: Any]
  var body: Data

  var text: String { String(decoding: body, as: UTF8.self) }

  /// A header's value, its name matched without regard to case.
  func header(_ name: String) -> String? {
    for (key, value) in headers {
      if let key = key as? String, key.lowercased() == name.lowercased() {
        return value as? String
      }
    }
    return nil
  }
}

/// Every event the server reported, kept for the test to look at.
final class BuildLog: @unchecked Sendable {
  private let lock = NSLock()
  private var events: [PreviewEvent] = []

  func record(_ event: PreviewEvent) {
    lock.withLock { events.append(event) }
  }

  var builds: [BuildReport] {
    lock.withLock {
      events.compactMap {
        switch $0 {
        case .built(let report): report
        case .listening, .stopped: nil
        }
      }
    }
  }

  var all: [PreviewEvent] { lock.withLock { events } }
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// Polls `condition` every few milliseconds until it holds or `timeout` passes.
func eventually(
  within timeout: Duration = .seconds(60), _ condition: () async throws -> Bool
) async throws -> Bool {
  let deadline = ContinuousClock.now + timeout
  while ContinuousClock.now < deadline {
    if try await condition() { return true }
    try await Task.sleep(for: .milliseconds(5))
  }
  return try await condition()
}

/// Runs `body` against a preview started on a fresh temporary site, then stops the server and
/// removes the site, whether `body` threw or not.
func withPreview(
  pollInterval: Duration = .milliseconds(20), prepare: (TemporarySite) throws -> Void = { _ in },
  pipeline: (SiteBuilder) -> PreviewPipeline = { PreviewPipeline($0) },
  _ body: (PreviewSession) async throws -> Void
) async throws {
  let preview = try await PreviewSession.start(
    pollInterval: pollInterval, prepare: prepare, pipeline: pipeline)
  do {
    try await body(preview)
  } catch {
    await preview.stop()
    throw error
  }
  await preview.stop()
}
