import Dispatch
import Foundation
import SiteBuilder
import Testing

@testable import PreviewServer

@Suite struct FirstBuildTests {
  /// A server over `site` whose first build waits for `release`, as a long run of cells would
  /// hold it.
  private func heldServer(
    _ site: TemporarySite, release: DispatchSemaphore, log: BuildLog
  ) -> PreviewServer {
    let builder = SiteBuilder(options: BuildOptions(contentDirectory: site.content.path))
    let pipeline = PreviewPipeline(
      contentName: site.content.path,
      assemble: { () throws(EnvironmentError) in
        release.wait()
        release.signal()
        return try builder.assemble()
      },
      lookAtSources: { builder.sourceSnapshot() })
    return PreviewServer(
      pipeline: pipeline, options: PreviewOptions(port: 0, pollInterval: .milliseconds(20)),
      report: { log.record($0) })
  }

  /// The URL the server reported once it listens.
  private func listeningURL(_ log: BuildLog) async throws -> URL {
    var address: String?
    #expect(
      try await eventually {
        for case .listening(let url, _) in log.all { address = url }
        return address != nil
      })
    return try #require(address.flatMap(URL.init(string:)))
  }

  @Test func pagesAskedForDuringTheFirstBuildWaitForIt() async throws {
    let site = try TemporarySite()
    defer { site.remove() }
    let release = DispatchSemaphore(value: 0)
    let log = BuildLog()
    let server = heldServer(site, release: release, log: log)
    let starting = Task { try await server.start() }
    do {
      let url = try await listeningURL(log)
      let port = try #require(url.port)
      #expect(try await rawStatus(port: port, target: "/first/") == 503)
      let events = EventStreamReader(url: url.appendingPathComponent("__sitegen/events"))
      defer { events.close() }
      _ = try await events.next("hello")

      #expect(log.builds.isEmpty)
      release.signal()
      #expect(try await starting.value == url.absoluteString)
      let reload = try await events.next("reload")
      #expect(reload.data.hasPrefix("[\"*\""))
      #expect(try await rawStatus(port: port, target: "/first/") == 200)
    } catch {
      release.signal()
      await server.stop()
      throw error
    }
    await server.stop()
  }

  @Test func stoppingDuringTheFirstBuildDoesNotWaitForIt() async throws {
    let site = try TemporarySite()
    defer { site.remove() }
    let release = DispatchSemaphore(value: 0)
    defer { release.signal() }
    let log = BuildLog()
    let server = heldServer(site, release: release, log: log)
    let starting = Task { try await server.start() }
    let url = try await listeningURL(log)
    let port = try #require(url.port)

    // The build is held until after the stop: a stop that waited for it would never end.
    let stopping = Task { await server.stop() }
    let stopped = try await eventually {
      log.all.contains {
        switch $0 {
        case .stopped: true
        case .listening, .built: false
        }
      }
    }
    #expect(stopped)
    await #expect(throws: TestFailure.self) { _ = try await rawStatus(port: port, target: "/") }
    release.signal()
    await stopping.value
    #expect(try await starting.value == url.absoluteString)
    #expect(log.builds.isEmpty, "a build finished after the stop is not served")
  }
}
