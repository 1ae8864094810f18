import SiteBuilder

/// What the preview needs of the pipeline: a whole build in memory, and a cheap look at the
/// sources to know when to run it again.
struct PreviewPipeline: Sendable {
  /// The content folder as the user named it, for problems with the folder as a whole.
  var contentName: String
  var assemble: @Sendable () throws(EnvironmentError) -> BuildResult
  var lookAtSources: @Sendable () -> SourceSnapshot

  /// `SiteBuilder.assemble` and `SiteBuilder.sourceSnapshot` of one builder value, so that what
  /// it caches between runs stays warm; pages keep their checkpoints and bodies between builds
  /// (in the builder's own `BuildMemory` if it has one), so that an edit re-runs a page from its
  /// first changed cell and other pages are not rendered again.
  init(_ builder: SiteBuilder) {
    var remembering = builder
    if builder.options.memory == nil { remembering.options.memory = BuildMemory() }
    let builder = remembering
    contentName = builder.options.contentDirectory
    assemble = { () throws(EnvironmentError) in try builder.assemble() }
    lookAtSources = { builder.sourceSnapshot() }
  }

  init(
    contentName: String, assemble: @escaping @Sendable () throws(EnvironmentError) -> BuildResult,
    lookAtSources: @escaping @Sendable () -> SourceSnapshot
  ) {
    self.contentName = contentName
    self.assemble = assemble
    self.lookAtSources = lookAtSources
  }
}
