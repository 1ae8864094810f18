import Foundation
import SiteModel

@testable import SiteBuilder

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A content folder written by a test into a fresh temporary folder, built in memory.
struct ScratchSite {
  let root: URL
  var content: URL { root.appendingPathComponent("content") }
  var output: URL { root.appendingPathComponent("site") }

  /// Writes `site.yml` and `pages` (file name → text) into a new content folder.
  init(siteTitle: String = "Scratch site", pages: [String: String]) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sitegen-scratch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try write("site.yml", "title: \(siteTitle)\n")
    for (name, text) in pages {
      try write(name, text)
    }
  }

  /// Writes one file of the content folder.
  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: content.appendingPathComponent(name))
  }

  var builder: SiteBuilder {
    var options = BuildOptions(contentDirectory: content.path, outputDirectory: output.path)
    options.useCache = false
    return SiteBuilder(options: options)
  }

  /// The site built in memory, never written.
  func assemble() throws -> BuildResult {
    try builder.assemble()
  }

  func remove() {
    try? FileManager.default.removeItem(at: root)
  }

  /// The most memory a test process building scratch sites may ever hold, in bytes.
  static let memoryCeiling = 4 << 30

  /// The process's peak resident memory so far, in bytes.
  static func peakMemory() -> Int {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return usage.ru_maxrss * 1024
    #else
      getrusage(RUSAGE_SELF, &usage)
      return usage.ru_maxrss
    #endif
  }
}

/// A built page read as XML: the theme writes polyglot XHTML, with math and figures inline.
struct ParsedPage {
  let document: XMLDocument

  /// Parses `bytes`; throws when the page is not well-formed XML, including a character XML
  /// forbids even as a reference (C0 controls other than tab, line feed and carriage return),
  /// which the parser would only warn about.
  init(_ bytes: [UInt8]) throws {
    if let byte = bytes.first(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
      throw ForbiddenCharacter(byte: byte)
    }
    document = try XMLDocument(data: Data(bytes), options: [])
  }

  /// A character no XML document may hold.
  struct ForbiddenCharacter: Error, CustomStringConvertible {
    var byte: UInt8
    var description: String { "the page holds the control character \(byte), which XML forbids" }
  }

  /// Every element whose local name is `name`, in any namespace.
  func elements(named name: String) throws -> [XMLNode] {
    try document.nodes(forXPath: "//*[local-name()='\(name)']")
  }

  /// The names of every attribute in the page.
  func attributeNames() throws -> Set<String> {
    Set(try document.nodes(forXPath: "//@*").compactMap { $0.localName })
  }

  /// The text of every text node, joined.
  var text: String {
    document.rootElement()?.stringValue ?? ""
  }

  /// The value of every attribute, joined.
  func attributeText() throws -> String {
    try document.nodes(forXPath: "//@*").compactMap(\.stringValue).joined(separator: "\n")
  }
}
