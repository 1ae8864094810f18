import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

/// `sitegen init` writes a site that builds and checks clean; `sitegen import` writes a page
/// whose expectations are the notebook's outputs. Neither ever replaces a file.
@Suite struct AuthoringTests {
  /// A fresh, empty temporary folder.
  struct Folder {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sitegen-authoring-\(UUID().uuidString)")

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func write(_ relative: String, _ text: String) throws {
      let url = root.appendingPathComponent(relative)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) -> String? {
      FileManager.default.contents(atPath: path(relative)).map {
        String(decoding: $0, as: UTF8.self)
      }
    }

    func builder() -> SiteBuilder {
      var options = BuildOptions(contentDirectory: path("content"), outputDirectory: path("site"))
      options.useCache = false
      return SiteBuilder(options: options)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  /// Each diagnostic's first line, the folder taken off its file name.
  func lines(_ diagnostics: [Diagnostic], in folder: Folder) -> [String] {
    diagnostics.map {
      String(
        DiagnosticFormatter.format($0, source: nil).replacing(folder.root.path + "/", with: "")
          .prefix { $0 != "\n" })
    }
  }

  @Test func initWritesASiteThatBuildsAndChecksClean() throws {
    let folder = Folder()
    defer { folder.remove() }
    let project = folder.path("my_first-site")
    let written = try SiteBuilder.createSite(in: project)
    #expect(
      written
        == ["content/site.yml", "content/index.md", "content/01-first-steps.md"].map {
          project + "/" + $0
        })
    #expect(
      folder.read("my_first-site/content/site.yml")?.hasPrefix("title: My first site\n") == true)

    var options = BuildOptions(
      contentDirectory: project + "/content", outputDirectory: project + "/site")
    options.useCache = false
    let built = try SiteBuilder(options: options).build()
    #expect(built.diagnostics.isEmpty, "\(lines(built.diagnostics, in: folder))")
    #expect(built.wrote)
    #expect(built.timings.map(\.outputPath) == ["index.html", "first-steps/index.html"])
    let checked = try SiteBuilder(options: options).check()
    #expect(checked.diagnostics.isEmpty, "\(lines(checked.diagnostics, in: folder))")

    // The chapter shows what it promises: a value, a figure, display math.
    let chapter = folder.read("my_first-site/site/first-steps/index.html") ?? ""
    #expect(chapter.contains("f(2) = 17"))
    #expect(chapter.contains("(14.0 (tracked),)"))
    #expect(chapter.contains("<svg"))
    #expect(chapter.contains("display=\"block\""))
  }

  @Test func initWritesNothingWhereAFileWouldBeReplaced() throws {
    let folder = Folder()
    defer { folder.remove() }
    try folder.write("content/index.md", "---\ntitle: Mine\n---\n")
    #expect(throws: EnvironmentError.self) { try SiteBuilder.createSite(in: folder.root.path) }
    do {
      _ = try SiteBuilder.createSite(in: folder.root.path)
    } catch {
      #expect(error.description.contains("content already holds files (index.md)"))
    }
    #expect(folder.read("content/index.md") == "---\ntitle: Mine\n---\n")
    #expect(folder.read("content/site.yml") == nil)
  }

  @Test func newFilesRefuseEveryExistingFileAndWriteNone() throws {
    let folder = Folder()
    defer { folder.remove() }
    try folder.write("b.md", "mine")
    try folder.write("c.md", "mine too")
    let files = ["a.md", "b.md", "c.md"].map {
      NewFiles.File(url: folder.root.appendingPathComponent($0), displayPath: $0, bytes: [65])
    }
    #expect(throws: EnvironmentError("refusing to overwrite b.md, c.md: they exist already")) {
      try NewFiles(files: files).create()
    }
    #expect(folder.read("a.md") == nil)
    #expect(folder.read("b.md") == "mine")
  }

  @Test func newFilesRemoveWhatTheyWroteWhenALaterFileFails() throws {
    let folder = Folder()
    defer { folder.remove() }
    try folder.write("blocker", "a file where a folder should be")
    let files = [
      NewFiles.File(
        url: folder.root.appendingPathComponent("new/first.md"), displayPath: "new/first.md",
        bytes: [65]),
      NewFiles.File(
        url: folder.root.appendingPathComponent("blocker/second.md"),
        displayPath: "blocker/second.md", bytes: [66]),
    ]
    #expect(throws: EnvironmentError.self) { try NewFiles(files: files).create() }
    #expect(!FileManager.default.fileExists(atPath: folder.path("new/first.md")))
    #expect(!FileManager.default.fileExists(atPath: folder.path("new")))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.root.path) == ["blocker"])
  }

  /// A notebook whose first two cells ran in Julia as sitegen runs them, and whose third
  /// recorded an output sitegen does not print.
  static let notebook = #"""
    {
     "cells": [
      {"cell_type": "markdown", "metadata": {}, "source": ["# Sums\n", "\n", "Adding $1$ and $2$."]},
      {"cell_type": "code", "execution_count": 1, "metadata": {},
       "source": ["xs = [1.5, 2.5]\n", "println(\"total: \", sum(xs))\n", "xs"],
       "outputs": [
        {"output_type": "stream", "name": "stdout", "text": ["total: 4.0\n"]},
        {"output_type": "execute_result", "execution_count": 1, "metadata": {},
         "data": {"text/plain": ["2-element Array{Float64,1}:\n", " 1.5\n", " 2.5"]}}]},
      {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": "sqrt(-1.0)",
       "outputs": [{"output_type": "error", "ename": "DomainError",
        "evalue": "DomainError with -1.0:\nsqrt will only return a complex result if called with a complex argument. Try sqrt(Complex(x)).",
        "traceback": []}]},
      {"cell_type": "code", "execution_count": 3, "metadata": {}, "source": "length(xs) + 1",
       "outputs": [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
        "data": {"text/plain": "4"}}]}
     ],
     "metadata": {"language_info": {"name": "julia"}},
     "nbformat": 4,
     "nbformat_minor": 2
    }
    """#

  @Test func anImportedPageChecksEachCellAgainstTheNotebooksOutput() throws {
    let folder = Folder()
    defer { folder.remove() }
    try folder.write("content/site.yml", "title: Imports\n")
    try folder.write("content/index.md", "---\ntitle: Home\n---\n\n[Sums](02-sums.md)\n")
    try folder.write("notebooks/sums.ipynb", Self.notebook)
    let result = try SiteBuilder.importNotebook(
      file: folder.path("notebooks/sums.ipynb"), output: folder.path("content/02-sums.md"))
    #expect(result.wrote)
    #expect(result.diagnostics.isEmpty)
    let page = try #require(folder.read("content/02-sums.md"))
    #expect(page.hasPrefix("---\ntitle: Sums\n---\n\nAdding $1$ and $2$.\n"))

    let built = try folder.builder().assemble()
    // The first two cells print what the notebook recorded; the third does not.
    #expect(
      lines(built.diagnostics, in: folder) == [
        "content/02-sums.md:33:1: error: the cell's output differs from its expectation: "
          + "line 1: expected 4, got 3 (difference -1.0, relative 0.25)"
      ])
    #expect(page.split(separator: "\n", omittingEmptySubsequences: false)[32] == "# output")
  }

  @Test func aMalformedNotebookIsAnErrorAtItsPlaceAndWritesNothing() throws {
    let folder = Folder()
    defer { folder.remove() }
    try folder.write("bad.ipynb", "{\n \"cells\": [\n  {\"cell_type\": \"code\",}\n ]\n}\n")
    let result = try SiteBuilder.importNotebook(file: folder.path("bad.ipynb"), output: nil)
    #expect(!result.wrote)
    #expect(
      lines(result.diagnostics, in: folder) == [
        "bad.ipynb:3:23: error: a comma before '}' is not JSON (no trailing commas)"
      ])
    #expect(folder.read("bad.md") == nil)
  }

  @Test func importNeverReplacesAPage() throws {
    let folder = Folder()
    defer { folder.remove() }
    try folder.write("sums.ipynb", Self.notebook)
    try folder.write("sums.md", "my own page")
    #expect(
      throws: EnvironmentError("refusing to overwrite \(folder.path("sums.md")): it exists already")
    ) {
      try SiteBuilder.importNotebook(file: folder.path("sums.ipynb"), output: nil)
    }
    #expect(folder.read("sums.md") == "my own page")
  }
}
