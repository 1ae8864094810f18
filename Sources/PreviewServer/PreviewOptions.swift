/// How the preview listens and how often it looks for edits.
package struct PreviewOptions: Sendable {
  /// The address to bind: an IPv4 or IPv6 literal, or `localhost`.
  package var host: String
  /// The port; 0 lets the system choose a free one (the `listening` event tells which).
  package var port: UInt16
  /// How long to wait between two looks at the sources' modification times. A look costs one
  /// `stat` and one `realpath` per source file, so 50 ms keeps an edit's wait short for little.
  package var pollInterval: Duration

  package init(
    host: String = "127.0.0.1", port: UInt16 = 8000, pollInterval: Duration = .milliseconds(50)
  ) {
    self.host = host
    self.port = port
    self.pollInterval = pollInterval
  }
}

/// What the preview tells its caller, who words it; the preview itself never prints.
package enum PreviewEvent: Sendable {
  /// The server accepts connections at `url`; `loopback` is false when other machines may reach
  /// it.
  case listening(url: String, loopback: Bool)
  /// A build finished: its problems, and whether its files are served now.
  case built(BuildReport)
  /// The server closed its connections and stopped.
  case stopped
}

/// A problem that keeps the preview from starting: the first build cannot read the content, or
/// the address cannot be bound.
package struct PreviewError: Error, CustomStringConvertible, Equatable {
  package var description: String

  package init(_ description: String) {
    self.description = description
  }
}
