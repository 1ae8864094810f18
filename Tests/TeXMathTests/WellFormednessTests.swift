import Testing

@testable import TeXMath

#if canImport(FoundationXML)
  import FoundationXML
#else
  import Foundation
#endif

/// Every golden's MathML, and that of every error case, read back with an XML parser.
@Suite struct WellFormednessTests {
  static let sources: [(tex: String, display: Bool)] =
    NotebookFormula.all.map { ($0.tex, $0.display) }
    + ConstructGolden.all.map { ($0.tex, $0.display) }
    + DiagnosticCase.all.map { ($0.tex, false) }

  @Test func everyOutputIsWellFormedMathWithItsSourceAnnotated() throws {
    for source in WellFormednessTests.sources {
      let mathML = TeXMath.mathML(for: source.tex, display: source.display).mathML
      let document = try XMLDocument(xmlString: mathML, options: [])
      let root = try #require(document.rootElement())
      #expect(root.name == "math")
      #expect(root.uri == "http://www.w3.org/1998/Math/MathML")
      #expect(attribute("display", of: root) == (source.display ? "block" : nil))
      let semantics = try #require(root.elements(forName: "semantics").first)
      #expect(root.childCount == 1)
      // <semantics> holds exactly one presentation element and the annotation.
      #expect(semantics.childCount == 2)
      let annotation = try #require(semantics.elements(forName: "annotation").first)
      #expect(attribute("encoding", of: annotation) == "application/x-tex")
      #expect(
        annotation.stringValue == source.tex.trimmingCharacters(in: .whitespacesAndNewlines),
        "annotation of \(source.tex)")
    }
  }

  /// An attribute's value by local name (the elements are in the MathML namespace).
  private func attribute(_ name: String, of element: XMLElement) -> String? {
    element.attributes?.first { $0.localName == name || $0.name == name }?.stringValue
  }

  @Test func escapedTextReadsBackAsWritten() throws {
    let tex = #"\text{a < b & c > d} < 1"#
    let mathML = TeXMath.mathML(for: tex, display: false).mathML
    let document = try XMLDocument(xmlString: mathML, options: [])
    let texts = try document.nodes(forXPath: "//*[local-name()='mtext']").map(\.stringValue)
    #expect(texts == ["a < b & c > d"])
    let operators = try document.nodes(forXPath: "//*[local-name()='mo']").map(\.stringValue)
    #expect(operators == ["<"])
  }
}
