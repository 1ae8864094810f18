import Foundation
import Mustache

/// The page template and static assets: the built-in theme, overridden file by file by a
/// `theme/` folder.
struct Theme {
  /// The page template, compiled.
  var page: MustacheTemplate
  /// The template of one sidebar entry (`nav-item.mustache`), rendered once per page of the
  /// site rather than once per page and entry.
  var navItem: MustacheTemplate
  /// Whether the page template iterates `{{#nav}}` itself (themes written before `navList`).
  var iteratesNav: Bool
  /// Static files copied into the site, by path relative to the site root (`assets/style.css`).
  var assets: [String: Data]

  /// The built-in theme with the files of `overrides` (if given and present) put in its place.
  /// - Throws: `EnvironmentError` when the built-in theme is missing or a template does not parse.
  static func load(overrides: URL?) throws(EnvironmentError) -> Theme {
    guard let builtIn = Bundle.module.url(forResource: "Theme", withExtension: nil) else {
      throw EnvironmentError("the built-in theme is missing from sitegen's resources")
    }
    var files = readTree(builtIn)
    if let overrides, FileManager.default.fileExists(atPath: overrides.path) {
      for (path, data) in readTree(overrides) {
        files[path] = data
      }
    }
    guard let templateData = files["page.mustache"],
      let templateText = String(validating: templateData, as: UTF8.self)
    else {
      throw EnvironmentError("the theme has no readable page.mustache")
    }
    guard let itemData = files["nav-item.mustache"],
      let itemText = String(validating: itemData, as: UTF8.self)
    else {
      throw EnvironmentError("the theme has no readable nav-item.mustache")
    }
    let page: MustacheTemplate
    let navItem: MustacheTemplate
    do {
      page = try MustacheTemplate(string: templateText)
    } catch {
      throw EnvironmentError("the theme's page.mustache does not parse: \(error)")
    }
    do {
      navItem = try MustacheTemplate(string: itemText)
    } catch {
      throw EnvironmentError("the theme's nav-item.mustache does not parse: \(error)")
    }
    let assets = files.filter { $0.key.hasPrefix("assets/") }
    return Theme(
      page: page, navItem: navItem, iteratesNav: templateText.contains("{{#nav}}"),
      assets: assets)
  }

  /// Every file below `root`, by relative path.
  private static func readTree(_ root: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    guard
      let enumerator = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey])
    else { return result }
    let rootPath = root.standardizedFileURL.path
    for case let url as URL in enumerator {
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(rootPath),
        (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
        let data = FileManager.default.contents(atPath: path)
      else { continue }
      let relative = String(path.dropFirst(rootPath.count)).trimmingPrefix("/")
      if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
      result[String(relative)] = data
    }
    return result
  }
}
