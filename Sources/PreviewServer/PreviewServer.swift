import FlyingFox
import FlyingSocks
import Foundation
import SiteBuilder
import SiteModel

/// `sitegen serve`: the site built in memory and served on loopback, rebuilt when a source
/// changes, with open pages told to reload and the problems of a failed build shown over the
/// last good one.
///
/// The pipeline is `SiteBuilder.assemble` (the one `build` and `check` run); the last stage,
/// instead of writing `site/`, hands the files to the HTTP server. Nothing is written to disk.
package actor PreviewServer {
  let pipeline: PreviewPipeline
  let options: PreviewOptions
  let report: @Sendable (PreviewEvent) -> Void
  let store = SiteStore()
  let events = EventBroadcaster()
  private var server: HTTPServer?
  private var serverTask: Task<Void, any Error>?
  private var watcher: Task<Void, Never>?
  /// The files of the last build without errors, once there has been one.
  var lastGood: [String: [UInt8]]?
  /// Why the HTTP server's run ended, if it ended on its own.
  private var runFailure: String?
  /// Set by `stop()`, which may come while `start()` waits for the first build.
  private var stopped = false

  /// - Parameters:
  ///   - builder: the pipeline, with the content and theme folders; the same value is used for
  ///     every rebuild, so what it caches between runs stays warm.
  ///   - options: address, port and polling interval.
  ///   - report: told of each build, of the address, of problems; called from one task at a time.
  package init(
    builder: SiteBuilder, options: PreviewOptions,
    report: @escaping @Sendable (PreviewEvent) -> Void
  ) {
    self.init(pipeline: PreviewPipeline(builder), options: options, report: report)
  }

  init(
    pipeline: PreviewPipeline, options: PreviewOptions,
    report: @escaping @Sendable (PreviewEvent) -> Void
  ) {
    self.pipeline = pipeline
    self.options = options
    self.report = report
  }

  /// Starts listening, builds the site, starts watching.
  ///
  /// The address is bound before the first build, so that a port in use is told at once, not
  /// after every cell has run; until the build is served, pages answer 503 with a page that
  /// reloads by itself.
  /// - Returns: the URL of the home page, with the port actually bound.
  /// - Throws: `PreviewError` when the address cannot be bound or the first build cannot read
  ///   the content.
  package func start() async throws(PreviewError) -> String {
    guard server == nil, !stopped else {
      throw PreviewError("the preview is already running or has stopped")
    }
    let address = try ListenAddress(host: options.host, port: options.port)

    // Phase 1: listen.
    let server = makeServer(address)
    self.server = server
    serverTask = Task {
      do {
        try await server.run()
      } catch {
        self.recordFailure(error)
        throw error
      }
    }
    let url: String
    do {
      url = try await waitUntilListening(server)
    } catch {
      await shutDown()
      throw error
    }
    report(.listening(url: url, loopback: address.isLoopback))

    // Phase 2: the first build. Sources are looked at before it, so that an edit made while it
    // runs is seen by the first poll.
    let snapshot = pipeline.lookAtSources()
    let started = ContinuousClock.now
    switch await build() {
    case .success(let result):
      guard !stopped else { return url }
      await publish(result, snapshot: snapshot, started: started, initial: true)
    case .failure(let error):
      guard !stopped else { return url }
      await shutDown()
      throw PreviewError(error.description)
    }

    // Phase 3: watch.
    watcher = Task { await self.watch(from: snapshot) }
    return url
  }

  /// Stops watching, ends the live-reload streams and closes every connection.
  package func stop() async {
    let wasRunning = server != nil
    await shutDown()
    if wasRunning { report(.stopped) }
  }

  private func shutDown() async {
    stopped = true
    watcher?.cancel()
    watcher = nil
    await events.close()
    if let server {
      await server.stop(timeout: 0)
    }
    _ = await serverTask?.result
    server = nil
    serverTask = nil
  }

  /// The number of pages listening for reloads now.
  package var liveClients: Int {
    get async { await events.clientCount }
  }

  private func makeServer(_ address: ListenAddress) -> HTTPServer {
    let handler = SiteHandler(store: store, events: events)
    switch address {
    case .ip4(let socket): return HTTPServer(address: socket, logger: .disabled, handler: handler)
    case .ip6(let socket): return HTTPServer(address: socket, logger: .disabled, handler: handler)
    }
  }

  private func recordFailure(_ error: any Error) {
    runFailure = "\(error)"
  }

  /// Waits until `server` listens, or its run fails.
  private func waitUntilListening(_ server: HTTPServer) async throws(PreviewError) -> String {
    // Generous: under load the cooperative threads may be busy for a while before it binds.
    let deadline = ContinuousClock.now + .seconds(60)
    while ContinuousClock.now < deadline {
      if let address = await server.listeningAddress {
        switch address {
        case .ip4(let host, let port): return "http://\(host):\(port)/"
        case .ip6(let host, let port): return "http://[\(host)]:\(port)/"
        case .unix(let path): return "unix:\(path)"
        }
      }
      if let error = runFailure {
        throw PreviewError("cannot listen on \(options.host) port \(options.port): \(error)")
      }
      try? await Task.sleep(for: .milliseconds(2))
    }
    throw PreviewError("the server did not start listening on \(options.host) port \(options.port)")
  }
}
