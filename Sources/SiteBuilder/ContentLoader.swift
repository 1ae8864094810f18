import Foundation
import SiteModel
import SourcePositions
import Yams

/// A problem with the environment rather than the content: a missing folder, an unwritable
/// output. The CLI exits with status 2 for these.
package struct EnvironmentError: Error, CustomStringConvertible, Equatable {
  package var description: String

  package init(_ description: String) {
    self.description = description
  }
}

/// What the load stage found: the site's settings, its pages in order, its static files.
struct LoadedContent {
  var config: SiteConfig
  var pages: [Page]
  /// Files of the content folder that are neither pages nor `site.yml`, by relative path; copied
  /// into the site as they are.
  var staticFiles: [String: Data]
  var diagnostics: [Diagnostic]
  /// The text of `site.yml` and of every page, loaded or not, by the name diagnostics use: what
  /// a diagnostic quotes.
  var sources: [String: String] = [:]
}

/// Stage 0: reads `site.yml` and every `*.md` of the content folder.
struct ContentLoader {
  var contentDirectory: URL
  /// How files are named in diagnostics: the content folder as the user gave it.
  var displayDirectory: String

  /// Reads the content folder.
  /// - Throws: `EnvironmentError` when the folder is missing or unreadable.
  func load() throws(EnvironmentError) -> LoadedContent {
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: contentDirectory.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw EnvironmentError("content folder not found: \(displayDirectory)")
    }
    let relativePaths: [String]
    do {
      relativePaths = try listFiles(in: contentDirectory)
    } catch {
      throw EnvironmentError("cannot read the content folder \(displayDirectory): \(error)")
    }

    var diagnostics: [Diagnostic] = []
    let config = loadConfig(&diagnostics)
    var pages: [Page] = []
    var staticFiles: [String: Data] = [:]
    var sources: [String: String] = [:]
    let root = contentDirectory.standardizedFileURL.resolvingSymlinksInPath().path
    for path in relativePaths {
      let url = contentDirectory.appendingPathComponent(path)
      let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
      guard resolved == root || resolved.hasPrefix(root + "/") else {
        diagnostics.append(
          .error(
            "the file links to a place outside the content folder", file: display(path),
            notes: ["sitegen never reads or publishes files from outside content/"]))
        continue
      }
      var isDirectory: ObjCBool = false
      if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
      {
        diagnostics.append(
          .warning(
            "a link to a folder is not followed", file: display(path),
            notes: ["copy the folder into content/ instead of linking it"]))
        continue
      }
      guard let data = fileManager.contents(atPath: url.path) else {
        diagnostics.append(.error("cannot read the file", file: display(path)))
        continue
      }
      let isPage = path.hasSuffix(".md") && !path.contains("/")
      if path == "site.yml" || isPage, let text = String(validating: data, as: UTF8.self) {
        sources[display(path)] = text
      }
      if path == "site.yml" { continue }
      if isPage {
        if let page = loadPage(path, data: data, diagnostics: &diagnostics) {
          pages.append(page)
        }
      } else if !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
        staticFiles[path] = data
      }
    }
    // Cells may `include` the folder's `.jl` files (the session itself reads no file).
    let includable = staticFiles.filter { $0.key.hasSuffix(".jl") }.compactMapValues {
      String(validating: $0, as: UTF8.self)
    }
    for index in pages.indices { pages[index].includableFiles = includable }
    pages.sort(by: Self.precedes)
    checkSlugs(pages, &diagnostics)
    if !pages.contains(where: \.isHome) {
      diagnostics.append(
        .error(
          "the content folder has no index.md (the home page)", file: display("index.md")))
    }
    return LoadedContent(
      config: config, pages: pages, staticFiles: staticFiles, diagnostics: diagnostics,
      sources: sources)
  }

  /// The name of a content file in diagnostics.
  func display(_ relativePath: String) -> String {
    displayDirectory.hasSuffix("/")
      ? displayDirectory + relativePath : displayDirectory + "/" + relativePath
  }

  /// Every regular file below `directory`, as sorted relative paths.
  private func listFiles(in directory: URL) throws -> [String] {
    let fileManager = FileManager.default
    var result: [String] = []
    func walk(_ relative: String) throws {
      let url = relative.isEmpty ? directory : directory.appendingPathComponent(relative)
      for name in try fileManager.contentsOfDirectory(atPath: url.path) {
        let path = relative.isEmpty ? name : relative + "/" + name
        var isDirectory: ObjCBool = false
        _ = fileManager.fileExists(
          atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory)
        let attributes = try? fileManager.attributesOfItem(
          atPath: directory.appendingPathComponent(path).path)
        let isLink = attributes?[.type] as? FileAttributeType == .typeSymbolicLink
        if isDirectory.boolValue && !isLink {
          if !name.hasPrefix(".") { try walk(path) }
        } else {
          // A linked folder is listed as one entry, never followed (no loops, nothing from
          // outside); the loader reports it.
          result.append(path)
        }
      }
    }
    try walk("")
    return result.sorted()
  }

  private func loadConfig(_ diagnostics: inout [Diagnostic]) -> SiteConfig {
    let url = contentDirectory.appendingPathComponent("site.yml")
    var config = SiteConfig(title: "Untitled site")
    guard let data = FileManager.default.contents(atPath: url.path) else {
      diagnostics.append(
        .error(
          "site.yml is missing", file: display("site.yml"),
          notes: ["it names the site: 'title: My site' on one line is enough"]))
      return config
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      diagnostics.append(.error("the file is not UTF-8 text", file: display("site.yml")))
      return config
    }
    let file = display("site.yml")
    let place = YAMLPlace(lines: LineIndex(text), firstLine: 1)
    do {
      guard let mapping = try Yams.compose(yaml: text)?.mapping else {
        diagnostics.append(.error("site.yml must be a YAML mapping", file: file))
        return config
      }
      for (key, value) in mapping {
        let name = key.string ?? ""
        let string = value.scalar?.string
        let range = place.range(of: key.mark)
        switch name {
        case "title": config.title = string ?? config.title
        case "description": config.description = string
        case "language", "lang": config.language = string ?? config.language
        case "base_url", "baseURL", "base-url", "repository", "edit_branch", "edit_path":
          // Checked here, so a mistyped URL is an error at its place, not a broken link.
          let checked: Result<String, URLProblem>
          switch name {
          case "repository": checked = SiteURLs.repository(string ?? "")
          case "edit_branch": checked = SiteURLs.branch(string ?? "")
          case "edit_path": checked = SiteURLs.editPath(string ?? "")
          default: checked = SiteURLs.baseURL(string ?? "")
          }
          switch checked {
          case .success(let url) where name == "repository": config.repository = url
          case .success(let branch) where name == "edit_branch": config.editBranch = branch
          case .success(let path) where name == "edit_path": config.editPath = path
          case .success(let url): config.baseURL = url
          case .failure(let problem):
            diagnostics.append(
              .error(problem.message, file: file, at: place.range(of: value.mark) ?? range))
          }
        default:
          diagnostics.append(
            .warning(
              "unknown key '\(name)' in site.yml", file: file, at: range,
              notes: [
                "known keys: title, description, base_url, language, repository, edit_branch, "
                  + "edit_path"
              ]))
        }
      }
      if mapping["title"] == nil {
        diagnostics.append(.error("site.yml has no 'title'", file: file))
      }
    } catch let error as YamlError {
      diagnostics.append(FrontMatter.diagnostic(for: error, file: file, place: place))
    } catch {
      diagnostics.append(.error("site.yml is not valid YAML: \(error)", file: file))
    }
    return config
  }

  private func loadPage(_ fileName: String, data: Data, diagnostics: inout [Diagnostic]) -> Page? {
    let file = display(fileName)
    guard let source = String(validating: data, as: UTF8.self) else {
      let location = Self.firstInvalidUTF8(in: data)
      diagnostics.append(
        .error(
          "the file is not UTF-8 text", file: file,
          at: SourceRange(location), notes: ["save it as UTF-8"]))
      return nil
    }
    let (frontMatter, body, problems) = FrontMatter.split(source, file: file)
    diagnostics += problems
    let (order, slug) = Self.orderAndSlug(of: fileName)
    guard let title = frontMatter.title else {
      if !problems.contains(where: { $0.severity == .error }) {
        diagnostics.append(
          .error(
            "the page has no title", file: file,
            at: SourceRange(SourceLocation(line: 1, column: 1)),
            notes: ["start the file with front matter: ---, title: …, ---"]))
      }
      return nil
    }
    if fileName != "index.md" && slug.isEmpty {
      diagnostics.append(.error("the file name gives an empty slug", file: file))
      return nil
    }
    return Page(
      file: file, fileName: fileName, slug: fileName == "index.md" ? "" : slug, order: order,
      title: title, description: frontMatter.description, source: source, body: body)
  }

  /// `01-differentiable-programming.md` → (1, "differentiable-programming"); `index.md` → (nil, "").
  static func orderAndSlug(of fileName: String) -> (Int?, String) {
    let stem = String(fileName.dropLast(3))
    if stem == "index" { return (nil, "") }
    let digits = stem.prefix(while: \.isASCIIDigit)
    if !digits.isEmpty, stem.dropFirst(digits.count).first == "-", let order = Int(digits) {
      return (order, String(stem.dropFirst(digits.count + 1)))
    }
    return (nil, stem)
  }

  /// Home first, then pages by order prefix, then by name.
  static func precedes(_ a: Page, _ b: Page) -> Bool {
    if a.isHome != b.isHome { return a.isHome }
    switch (a.order, b.order) {
    case (let x?, let y?) where x != y: return x < y
    case (.some, nil): return true
    case (nil, .some): return false
    default: return a.fileName < b.fileName
    }
  }

  private func checkSlugs(_ pages: [Page], _ diagnostics: inout [Diagnostic]) {
    var seen: [String: Page] = [:]
    for page in pages {
      if let first = seen[page.slug] {
        diagnostics.append(
          .error(
            "two pages have the slug '\(page.slug)'", file: page.file,
            at: SourceRange(SourceLocation(line: 1, column: 1)),
            notes: ["\(first.file) has it too; rename one of the files"]))
      } else {
        seen[page.slug] = page
      }
    }
  }

  /// The location of the first byte that is not valid UTF-8.
  static func firstInvalidUTF8(in data: Data) -> SourceLocation {
    let bytes = [UInt8](data)
    var index = 0
    scan: while index < bytes.count {
      let length: Int
      switch bytes[index] {
      case 0..<0x80: length = 1
      case 0xC2..<0xE0: length = 2
      case 0xE0..<0xF0: length = 3
      case 0xF0..<0xF5: length = 4
      default: break scan
      }
      if length > 1 {
        guard index + length <= bytes.count,
          String(validating: bytes[index..<index + length], as: UTF8.self) != nil
        else { break scan }
      }
      index += length
    }
    return LineIndex(bytes).location(of: index)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
