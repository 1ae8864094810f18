import Dispatch
import Foundation
import SiteBuilder

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension PreviewServer {
  /// Serves until the process receives SIGINT (Ctrl-C) or SIGTERM, then stops cleanly: streams
  /// ended, connections closed. Blocks the calling thread. A second Ctrl-C while stopping ends
  /// the process at once.
  /// - Throws: `PreviewError` when the preview cannot start.
  package static func serveUntilInterrupted(
    builder: SiteBuilder, options: PreviewOptions,
    report: @escaping @Sendable (PreviewEvent) -> Void
  ) throws(PreviewError) {
    let (interrupts, interrupted) = AsyncStream.makeStream(of: Void.self)
    let queue = DispatchQueue(label: "sitegen.preview.signals")
    var sources: [any DispatchSourceSignal] = []
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler {
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        interrupted.yield()
      }
      source.resume()
      sources.append(source)
    }
    defer {
      for source in sources { source.cancel() }
      signal(SIGINT, SIG_DFL)
      signal(SIGTERM, SIG_DFL)
    }

    let outcome = Outcome()
    let server = PreviewServer(builder: builder, options: options, report: report)
    // Ctrl-C is heard from the start, during a long first build too.
    Task {
      for await _ in interrupts { break }
      await server.stop()
      outcome.finish(nil)
    }
    Task {
      do throws(PreviewError) {
        _ = try await server.start()
      } catch {
        outcome.finish(error)
      }
    }
    if let error = outcome.wait() {
      throw error
    }
  }
}

/// How the serving tasks ended, handed to the blocked thread: the first to finish tells.
private final class Outcome: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var finished = false
  private var error: PreviewError?

  func finish(_ error: PreviewError?) {
    let first = lock.withLock {
      defer { finished = true }
      if !finished { self.error = error }
      return !finished
    }
    if first { done.signal() }
  }

  func wait() -> PreviewError? {
    done.wait()
    return lock.withLock { error }
  }
}
