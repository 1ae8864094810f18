import Dispatch
import Foundation
import SiteBuilder
import Testing

@testable import PreviewServer

@Suite struct FirstBuildTests {
  /// The first build is held until the test lets it go, as a long run of cells would hold it.
  @Test func pagesAskedForDuringTheFirstBuildWaitForIt() async throws {
    let site = try TemporarySite()
    defer { site.remove() }
    let builder = SiteBuilder(options: BuildOptions(contentDirectory: site.content.path))
    let release = DispatchSemaphore(value: 0)
    let pipeline = PreviewPipeline(
      contentName: site.content.path,
      assemble: { () throws(EnvironmentError) in
        release.wait()
        release.signal()
        return try builder.assemble()
      },
      lookAtSources: { builder.sourceSnapshot() })
    let log = BuildLog()
    let server = PreviewServer(
      pipeline: pipeline, options: PreviewOptions(port: 0, pollInterval: .milliseconds(20)),
      report: { log.record($0) })
    let starting = Task { try await server.start() }
    do {
      var address: String?
      #expect(
        try await eventually {
          for case .listening(let url, _) in log.all { address = url }
          return address != nil
        })
      let url = try #require(address.flatMap(URL.init(string:)))
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
}
