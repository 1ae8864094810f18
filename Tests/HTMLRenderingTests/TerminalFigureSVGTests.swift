import Foundation
import SiteModel
import Testing

@testable import HTMLRendering

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A braille plot on the page: SVG text on a fixed grid, colored as in the terminal.
@Suite struct TerminalFigureSVGTests {
  /// A small plot as UnicodePlots draws it, with ANSI colors: a gray frame, a green and a blue
  /// series and their names.
  static let plot = [
    "   \u{1B}[90m┌────┐\u{1B}[39m",
    " 1 \u{1B}[90m│\u{1B}[39m\u{1B}[32m⠁⠂\u{1B}[39m\u{1B}[34m⠄⡀\u{1B}[39m\u{1B}[90m│\u{1B}[39m \u{1B}[32mrelu\u{1B}[39m",
    " 0 \u{1B}[90m│\u{1B}[39m⠀⠀⠀⠀\u{1B}[90m│\u{1B}[39m \u{1B}[34mfit\u{1B}[39m",
    "   \u{1B}[90m└────┘\u{1B}[39m",
    "   0     1",
  ].joined(separator: "\n")

  static func texts(_ svg: String) throws -> [XMLElement] {
    let document = try XMLDocument(xmlString: svg, options: [])
    return try document.nodes(forXPath: "//*[local-name()='text']").compactMap { $0 as? XMLElement }
  }

  static func attribute(_ name: String, _ element: XMLElement) -> String {
    element.attributes?.first { ($0.localName ?? $0.name) == name }?.stringValue ?? ""
  }

  @Test func everyRunFillsExactlyItsCells() throws {
    let svg = TerminalFigureSVG.render(Self.plot, label: "A plot")
    let texts = try Self.texts(svg)
    #expect(!texts.isEmpty)
    let cell = TerminalFigureSVG.cellWidth
    for text in texts {
      let count = Double((text.stringValue ?? "").count)
      let length = Double(Self.attribute("textLength", text)) ?? 0
      #expect(abs(length - count * cell) < 0.06)
      #expect(Self.attribute("lengthAdjust", text) == "spacingAndGlyphs")
    }
    // The rules end where the right border does (the common indentation of 1 is dropped).
    let right = { (text: XMLElement) in
      (Double(Self.attribute("x", text)) ?? 0) + (Double(Self.attribute("textLength", text)) ?? 0)
    }
    let rules = texts.filter {
      ($0.stringValue ?? "").hasPrefix("┌") || ($0.stringValue ?? "").hasPrefix("└")
    }
    let borders = texts.filter { $0.stringValue == "│" }
    #expect(rules.count == 2 && borders.count == 4)
    let borderRight = borders.map(right).max() ?? 0
    for rule in rules { #expect(abs(right(rule) - borderRight) < 0.06) }
    #expect(Self.attribute("x", rules[0]) == "15.4")
  }

  @Test func colorsBecomeClassesAndEscapesAreGone() throws {
    let svg = TerminalFigureSVG.render(Self.plot, label: nil)
    #expect(!svg.contains("\u{1B}"))
    let texts = try Self.texts(svg)
    let classOf = { (content: String) in
      texts.first { $0.stringValue == content }.map { Self.attribute("class", $0) }
    }
    #expect(classOf("⠁⠂") == "sgp-a32")
    #expect(classOf("⠄⡀") == "sgp-a34")
    #expect(classOf("relu") == "sgp-a32")
    #expect(classOf("fit") == "sgp-a34")
    #expect(classOf("│") == "sgp-a90")
    // Blank braille cells are still drawn (they are not spaces), uncolored.
    #expect(classOf("⠀⠀⠀⠀") == "")
  }

  @Test func theFigureScalesToFitAndIsLabelled() throws {
    let svg = TerminalFigureSVG.render(Self.plot, label: "A plot")
    let document = try XMLDocument(xmlString: svg, options: [])
    let root = try #require(document.rootElement())
    #expect(Self.attribute("class", root) == "sgp sgp-braille")
    #expect(Self.attribute("role", root) == "img")
    #expect(Self.attribute("aria-label", root) == "A plot")
    #expect(Self.attribute("viewBox", root).hasPrefix("0 0 "))
  }

  @Test func plainTextDropsTheColors() {
    #expect(ANSIText.plain(Self.plot).contains("┌────┐"))
    #expect(!ANSIText.plain(Self.plot).contains("\u{1B}"))
    #expect(ANSIText.plain("a\u{1B}[1;31mb\u{1B}[0mc") == "abc")
    #expect(ANSIText.runs("a\u{1B}[1;31mb\u{1B}[0mc").map(\.color) == [nil, 31, nil])
  }
}

extension TerminalFigureSVGTests {
  @Test func namesOfAWideFigureMoveUnderIt() throws {
    let wide = String(repeating: "⠁", count: 50)
    let text = [
      "┌" + String(repeating: "─", count: 50) + "┐",
      "│\u{1B}[32m" + wide + "\u{1B}[39m│ \u{1B}[32ma rather long name\u{1B}[39m",
      "└" + String(repeating: "─", count: 50) + "┘",
    ].joined(separator: "\n")
    let svg = TerminalFigureSVG.render(text, label: nil)
    let texts = try Self.texts(svg)
    let name = try #require(texts.first { $0.stringValue == "a rather long name" })
    #expect(Self.attribute("x", name) == "0")
    #expect(Self.attribute("class", name) == "sgp-a32")
    // It is on a fourth line, under the frame, and the figure is as wide as the frame.
    #expect(Self.attribute("y", name) == "64")
    let document = try XMLDocument(xmlString: svg, options: [])
    let root = try #require(document.rootElement())
    #expect(Self.attribute("width", root) == "400.4")
  }
}
