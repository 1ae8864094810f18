import Foundation
import SiteModel
import Testing

@testable import SiteBuilder

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The executable fixture: every cell option, figures, math, a {train} directive.
@Suite struct ExecutablePageTests {
  let files: [String: [UInt8]]
  let diagnostics: [String]

  init() throws {
    let site = try FixtureSite("executable")
    defer { site.remove() }
    var builder = site.builder
    builder.options.useCache = false
    let result = try builder.assemble()
    files = result.files
    diagnostics = site.lines(result.diagnostics)
  }

  func page(_ path: String) throws -> XMLDocument {
    try XMLDocument(data: Data(try #require(files[path])), options: [])
  }

  func strings(_ xpath: String, in path: String) throws -> [String] {
    try page(path).nodes(forXPath: xpath).compactMap(\.stringValue)
  }

  @Test func everyCellRunsWithoutProblems() {
    #expect(diagnostics.isEmpty, "\(diagnostics)")
  }

  @Test func cellsAreLabelledInOrderAndEvalFalseCellsHaveNoNumber() throws {
    let labels = try strings(
      "//div[@class='cell-input']/span[@class='cell-label']", in: "cells/index.html")
    #expect(
      labels == [
        "In [1]:", "In [3]:", "In [ ]:", "In [4]:", "In [6]:", "In [7]:", "In [8]:", "In [9]:",
      ])
  }

  @Test func echoFalseHidesTheCodeAndOutputFalseTheOutputs() throws {
    let codes = try strings("//div[@class='cell-input']//code", in: "cells/index.html")
    #expect(!codes.contains { $0.contains("the code of this cell is hidden") })
    let outputs = try strings("//pre[@class='cell-value']", in: "cells/index.html")
    #expect(outputs.contains("\"the code of this cell is hidden\""))
    #expect(!outputs.contains("2.5"))
  }

  @Test func thePageShowsActualOutputsNotTheExpectationText() throws {
    let printed = try strings("//pre[@class='cell-stdout']", in: "cells/index.html")
    #expect(printed.first == "x ^ 2 = 2.25\n")
    let values = try strings("//pre[@class='cell-value']", in: "cells/index.html")
    #expect(values.contains("3.1415929203539825"))
    let codes = try strings("//div[@class='cell-input']//code", in: "cells/index.html")
    #expect(!codes.contains { $0.contains("# output") })
  }

  @Test func anExpectedErrorIsShown() throws {
    let errors = try strings("//pre[@class='cell-error']", in: "cells/index.html")
    #expect(errors.count == 1)
    #expect(errors.first?.hasPrefix("DomainError") == true)
  }

  @Test func figuresAreInlineSVGOrBrailleWithCaptionsAndAltText() throws {
    let document = try page("cells/index.html")
    let svgs = try document.nodes(
      forXPath: "//figure[@class='cell-figure']/*[local-name()='svg'][contains(@class,'sgp-plot')]")
    #expect(svgs.count == 1)
    let captions = try strings("//figure/figcaption", in: "cells/index.html")
    #expect(captions == ["A rising line", "The same line in braille"])
    let braille = try strings(
      "//figure[contains(@class,'cell-text-figure')]/*[local-name()='svg']/@aria-label",
      in: "cells/index.html")
    #expect(braille == ["Three points rising from 1 to 3, drawn with braille characters"])
    let title = try strings(
      "//*[local-name()='svg']/*[local-name()='title']", in: "cells/index.html")
    #expect(title.first == "Three points rising from 1 to 3")
  }

  @Test func mathBecomesMathMLAndPlainJuliaIsHighlightedNotRun() throws {
    let document = try page("cells/index.html")
    #expect(try document.nodes(forXPath: "//*[local-name()='math']").count == 2)
    let functions = try strings(
      "//pre/code[@class='language-julia']/span[@class='hl-function']", in: "cells/index.html")
    #expect(functions.contains("never_run"))
  }

  @Test func trainingShowsTwoFiguresAndTheCoefficientTable() throws {
    let document = try page("training/index.html")
    let svgs = try document.nodes(forXPath: "//*[local-name()='svg'][contains(@class,'sgp-plot')]")
    #expect(svgs.count == 2)
    let rows = try strings(
      "//table[@class='train-table']/tbody/tr/td[1]", in: "training/index.html")
    #expect(rows == ["w[1]", "w[2]", "w[3]"])
  }

  @Test func parallelAndSerialBuildsAreByteIdentical() throws {
    let site = try FixtureSite("executable")
    defer { site.remove() }
    var serial = site.builder
    serial.options.useCache = false
    serial.options.workers = 1
    var parallel = serial
    parallel.options.workers = 4
    #expect(try serial.assemble().files == parallel.assemble().files)
  }

  @Test func theCacheGivesTheSameSiteAndIsIgnoredByCheck() throws {
    let site = try FixtureSite("executable")
    defer { site.remove() }
    let first = try site.builder.build()
    #expect(first.wrote)
    let cache = site.root.appendingPathComponent(".sitegen-cache")
    let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path)
    #expect(entries.filter { $0.hasSuffix(".json") }.count == 2, "\(entries)")
    let cached = try site.builder.assemble()
    #expect(cached.files == first.files)
    // A cached run takes its cells' timings from the cache: the same numbers, to the bit,
    // marked as the cache's; the pages say their cells were not run.
    #expect(first.cellTimings.allSatisfy { !$0.fromCache })
    #expect(cached.cellTimings == first.cellTimings.map { CellTiming(fromCacheCopyOf: $0) })
    #expect(first.timings.allSatisfy { !$0.cellsFromCache })
    #expect(
      cached.timings.filter(\.cellsFromCache).map(\.outputPath).sorted()
        == ["cells/index.html", "training/index.html"])
    #expect(try site.builder.check().diagnostics.isEmpty)
  }

  @Test func aChangedPageRunsAgainAndTheOthersComeFromTheCache() throws {
    let site = try FixtureSite("executable")
    defer { site.remove() }
    let first = try site.builder.assemble()
    let page = site.content.appendingPathComponent("02-training.md")
    let text = try String(contentsOf: page, encoding: .utf8)
    try Data((text + "\nOne more line.\n").utf8).write(to: page)
    let second = try site.builder.assemble()
    let unchanged = { (timings: [SiteModel.CellTiming]) in
      timings.filter { $0.file.hasSuffix("01-cells.md") }
    }
    let changed = { (timings: [SiteModel.CellTiming]) in
      timings.filter { $0.file.hasSuffix("02-training.md") }
    }
    #expect(
      unchanged(second.cellTimings)
        == unchanged(first.cellTimings).map { CellTiming(fromCacheCopyOf: $0) })
    #expect(changed(second.cellTimings) != changed(first.cellTimings))
    #expect(changed(second.cellTimings).allSatisfy { !$0.fromCache })
    #expect(
      second.files["training/index.html"].map { String(decoding: $0, as: UTF8.self) }?.contains(
        "One more line.") == true)
  }
}

extension CellTiming {
  /// The same timing, as a build that took it from the cache reports it.
  init(fromCacheCopyOf timing: CellTiming) {
    self.init(file: timing.file, line: timing.line, seconds: timing.seconds, fromCache: true)
  }
}
