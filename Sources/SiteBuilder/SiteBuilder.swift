import Foundation
import SiteModel

/// Where the pipeline reads and writes.
package struct BuildOptions: Sendable {
  /// The content folder, as the user named it (diagnostics use this spelling).
  package var contentDirectory: String
  /// The output folder, as the user named it.
  package var outputDirectory: String
  /// The theme folder whose files override the built-in theme; by default `theme/` beside the
  /// content folder.
  package var themeDirectory: String?
  /// Whether pages whose source has not changed reuse their last execution.
  package var useCache: Bool = true
  /// Where executions are cached; by default `.sitegen-cache/` beside the content folder.
  package var cacheDirectory: String?
  /// What the preview keeps between builds (each page's checkpoints and rendered body), so that
  /// an edit re-runs a page from its first changed cell and leaves other pages alone; `nil`
  /// (every page runs from its start) for `build`.
  package var memory: BuildMemory?
  /// Replace a non-empty output folder even if sitegen did not write it.
  package var force: Bool = false
  /// How many pages run at once; by default one per core.
  package var workers: Int = ProcessInfo.processInfo.activeProcessorCount

  package init(
    contentDirectory: String = "content", outputDirectory: String = "site",
    themeDirectory: String? = nil
  ) {
    self.contentDirectory = contentDirectory
    self.outputDirectory = outputDirectory
    self.themeDirectory = themeDirectory
  }
}

/// The pipeline: load → parse → execute → render → write. `build`, `check` and `render` share it
/// and differ in the last stage.
package struct SiteBuilder: Sendable {
  package var options: BuildOptions

  package init(options: BuildOptions) {
    self.options = options
  }

  private var contentURL: URL { URL(fileURLWithPath: options.contentDirectory) }
  private var outputURL: URL { URL(fileURLWithPath: options.outputDirectory) }
  private var cacheURL: URL {
    if let cache = options.cacheDirectory { return URL(fileURLWithPath: cache) }
    return contentURL.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(
      ".sitegen-cache")
  }
  private var themeURL: URL {
    if let theme = options.themeDirectory { return URL(fileURLWithPath: theme) }
    return contentURL.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(
      "theme")
  }

  /// Builds the site in memory, then writes it to the output folder if no error was found.
  /// - Parameter progress: called after each page with its timing.
  /// - Throws: `EnvironmentError` when the content cannot be read or the site cannot be written.
  package func build(progress: (PageTiming) -> Void = { _ in }) throws(EnvironmentError)
    -> BuildResult
  {
    let writer = SiteWriter(outputDirectory: outputURL)
    try writer.checkSafe(contentDirectory: contentURL, force: options.force)
    var result = try assemble(progress: progress)
    if !result.hasErrors {
      try writer.write(result.files)
      result.wrote = true
    }
    return result
  }

  /// Builds the site in memory and proves the output folder equal to it, byte for byte; checks
  /// every internal link of the built HTML.
  /// - Throws: `EnvironmentError` when the content cannot be read.
  package func check(progress: (PageTiming) -> Void = { _ in }) throws(EnvironmentError)
    -> BuildResult
  {
    var fresh = self
    fresh.options.useCache = false
    fresh.options.memory = nil
    var result = try fresh.assemble(progress: progress)
    result.diagnostics += OutputLinkChecker.check(result.files)
    if !result.hasErrors {
      result.diagnostics += freshness(of: result.files)
    }
    return result
  }

  /// Runs the pipeline without writing: every page parsed, rendered and checked.
  package func assemble(progress: (PageTiming) -> Void = { _ in }) throws(EnvironmentError)
    -> BuildResult
  {
    let loader = ContentLoader(
      contentDirectory: contentURL, displayDirectory: options.contentDirectory)
    let content = try loader.load()
    let theme = try Theme.load(overrides: themeURL)
    var result = BuildResult()
    result.diagnostics = content.diagnostics
    result.sources = content.sources
    let resolver = LinkResolver(pages: content.pages, staticFiles: content.staticFiles.keys)

    // Phase 1: each page's body, with the links it makes; pages run in parallel.
    let cache = options.useCache ? ExecutionCache(directory: cacheURL) : nil
    let memory = options.memory
    memory?.startBuild(of: Set(content.pages.map(\.file)))
    // What a body depends on besides its page: the pages and files its links may lead to.
    let site =
      content.pages.map { "\($0.file)|\($0.fileName)|\($0.slug)|\($0.isHome)" }
      + content.staticFiles.keys.sorted()
    let rendered = ParallelMap.map(content.pages, workers: options.workers) { page in
      let started = Date()
      if let body = memory?.renderedBody(of: page, site: site) {
        return (body, Date().timeIntervalSince(started))
      }
      let body = PageBody.render(page, resolver: resolver, cache: cache, memory: memory)
      memory?.keep(body, of: page, site: site)
      return (body, Date().timeIntervalSince(started))
    }
    let bodies = rendered.map(\.0)
    let elapsed = rendered.map(\.1)

    // Phase 2: links to pages and anchors, now that every page's anchors are known.
    var anchors: [String: Set<String>] = [:]
    for (page, body) in zip(content.pages, bodies) {
      anchors[page.slug] = body.anchors
    }
    for (page, body) in zip(content.pages, bodies) {
      let links = checkLinks(body.links, of: page, resolver: resolver, anchors: anchors)
      result.diagnostics += DiagnosticLimits.limited(body.diagnostics + links)
      result.cellTimings += body.cellTimings
      result.fixes += body.fixes
    }

    // Phase 3: the pages in the theme's template (in parallel too), with the text each gives
    // the search index, and the static files.
    let navigation = Navigation(pages: content.pages, theme: theme)
    let config = content.config
    let pages = ParallelMap.map(Array(zip(content.pages, bodies)), workers: options.workers) {
      page, body in
      let started = Date()
      let html = PageTemplate.render(
        page: page, body: body, config: config, navigation: navigation, theme: theme)
      let sections = SearchText.sections(ofBody: body.html)
      return (Array(html.utf8), Date().timeIntervalSince(started), sections)
    }
    for (index, (page, (bytes, seconds, _))) in zip(content.pages, pages).enumerated() {
      result.files[page.outputPath] = bytes
      if let downloads = bodies[index].downloads?.linkingToSite(
        bodies[index].links, from: page, resolver: resolver, base: config.baseURL)
      {
        let folder = page.isHome ? "" : page.slug + "/"
        for file in [downloads.notebook, downloads.script] {
          result.files[folder + file.name] = file.bytes
        }
      }
      let folder = page.isHome ? "" : page.slug + "/"
      for (name, text) in bodies[index].savedFiles.sorted(by: { $0.key < $1.key }) {
        guard result.files[folder + name] == nil, name != "index.html" else {
          result.diagnostics.append(
            .error(
              "savefig(\"\(name)\") would overwrite a file sitegen writes for the page",
              file: page.file))
          continue
        }
        result.files[folder + name] = Array(text.utf8)
      }
      let timing = PageTiming(
        file: page.file, outputPath: page.outputPath, seconds: elapsed[index] + seconds,
        cellsFromCache: bodies[index].cellsFromCache)
      result.timings.append(timing)
      progress(timing)
    }
    // Phase 4: the files a server wants beside the pages.
    result.files["404.html"] = Array(
      PageTemplate.renderNotFound(config: config, navigation: navigation, theme: theme).utf8)
    result.files[SearchIndex.path] = Array(
      SearchIndex(pages: content.pages, sections: pages.map(\.2)).javaScript.utf8)
    if let base = config.baseURL {
      result.files["sitemap.xml"] = Array(Sitemap.xml(pages: content.pages, base: base).utf8)
    }
    for (path, data) in theme.assets {
      result.files[path] = [UInt8](data)
    }
    for (path, data) in content.staticFiles {
      if result.files[path] != nil {
        result.diagnostics.append(
          .error(
            "the content file '\(path)' would overwrite a file sitegen writes",
            file: loader.display(path)))
      }
      result.files[path] = [UInt8](data)
    }
    return result
  }

  /// Renders one Markdown file on its own, as the body of a page or a whole page.
  /// - Returns: the HTML and the problems found.
  /// - Throws: `EnvironmentError` when the file cannot be read.
  package static func render(file: String, fragment: Bool) throws(EnvironmentError) -> (
    html: String, diagnostics: [Diagnostic], source: String
  ) {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw EnvironmentError("cannot read \(file)")
    }
    guard let source = String(validating: data, as: UTF8.self) else {
      throw EnvironmentError("\(file) is not UTF-8 text")
    }
    let (frontMatter, body, problems) = FrontMatter.split(source, file: file)
    let name = URL(fileURLWithPath: file).lastPathComponent
    let page = Page(
      file: file, fileName: name, slug: "", order: nil,
      title: frontMatter.title ?? name, description: frontMatter.description, source: source,
      body: body)
    let resolver = LinkResolver(pages: [page], staticFiles: [])
    var rendered = PageBody.render(page, resolver: resolver, cache: nil)
    // Nothing is written beside a page rendered on its own, so it offers no downloads.
    rendered.downloads = nil
    let diagnostics = DiagnosticLimits.limited(problems + rendered.diagnostics)
    if fragment {
      return (rendered.html, diagnostics, source)
    }
    let theme = try Theme.load(overrides: nil)
    let html = PageTemplate.render(
      page: page, body: rendered, config: SiteConfig(title: page.title),
      navigation: Navigation(pages: [page], theme: theme), theme: theme)
    return (html, diagnostics, source)
  }

  private func checkLinks(
    _ links: [LinkUse], of page: Page, resolver: LinkResolver, anchors: [String: Set<String>]
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for link in links {
      switch resolver.resolve(link.destination, from: page) {
      case .unchanged:
        if link.destination.hasPrefix("#") {
          let id = String(link.destination.dropFirst())
          if !id.isEmpty && !(anchors[page.slug]?.contains(id) ?? false) {
            diagnostics.append(
              .error(
                "no heading with the anchor '#\(id)' on this page", file: page.file,
                at: link.range))
          }
        }
      case .page(_, let slug, let fragment?):
        if !(anchors[slug]?.contains(fragment) ?? false) {
          diagnostics.append(
            .error(
              "the link leads to a missing anchor: \(link.destination)", file: page.file,
              at: link.range, notes: ["the page has no heading with the id '\(fragment)'"]))
        }
      case .page, .file:
        break
      case .missing(let reason):
        diagnostics.append(
          .error(
            "broken link '\(link.destination)'", file: page.file, at: link.range, notes: [reason]))
      }
    }
    return diagnostics
  }

  /// Compares the output folder on disk with `files`.
  private func freshness(of files: [String: [UInt8]]) -> [Diagnostic] {
    let existing = SiteWriter(outputDirectory: outputURL).readExisting()
    var differing: [String] = []
    for path in Set(files.keys).union(existing.keys).sorted() where files[path] != existing[path] {
      let state =
        existing[path] == nil ? "missing" : files[path] == nil ? "not built any more" : "differs"
      differing.append("\(path) (\(state))")
    }
    guard !differing.isEmpty else { return [] }
    let shown = differing.prefix(20).map { "  " + $0 }
    let more = differing.count > 20 ? ["  … and \(differing.count - 20) more"] : []
    return [
      .error(
        "\(options.outputDirectory)/ is stale: \(differing.count) file(s) differ from a fresh build",
        file: options.outputDirectory,
        notes: shown + more + ["run `swift run sitegen build` and commit the result"])
    ]
  }
}
