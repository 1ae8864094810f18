import Testing

@testable import TeXMath

#if canImport(FoundationXML)
  import FoundationXML
#else
  import Foundation
#endif

/// Formulas assembled from fragments, well-formed or not, must still convert to well-formed
/// MathML with every problem located inside the source.
@Suite struct RobustnessTests {
  /// Fragments chosen to open and close things in every wrong order.
  static let fragments = [
    "x", "2", "+", "{", "}", "^", "_", "'", "&", #"\\"#, #"\frac"#, #"\sqrt"#, "[", "]",
    #"\left("#, #"\right)"#, #"\left"#, #"\right"#, #"\middle|"#, #"\begin{matrix}"#,
    #"\end{matrix}"#, #"\begin{cases}"#, #"\end{pmatrix}"#, #"\begin{"#, #"\end"#, #"\text{a"#,
    #"\foo"#, #"\"#, "|", #"\|"#, #"\big"#, #"\sum"#, #"\limits"#, #"\mathbf"#, #"\hat"#, "η",
    " ", "\n", "%", #"\operatorname"#, "*", #"\displaystyle"#, #"\binom"#, #"\underset"#,
    "<", "&amp;",
  ]

  /// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator, so every run builds
  /// the same formulas.
  struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test func arbitraryFragmentsGiveWellFormedMathAndLocatedProblems() throws {
    var generator = SplitMix64(state: 7)
    for _ in 0..<2000 {
      let count = Int(generator.next() % 12) + 1
      let tex = (0..<count).map { _ in
        RobustnessTests.fragments[
          Int(generator.next() % UInt64(RobustnessTests.fragments.count))]
      }.joined()
      let result = TeXMath.mathML(for: tex, display: generator.next() % 2 == 0)
      _ = try XMLDocument(xmlString: result.mathML, options: [])
      let lines = tex.split(separator: "\n", omittingEmptySubsequences: false).count
      for diagnostic in result.diagnostics {
        #expect(diagnostic.location.column >= 1, "\(tex)")
        #expect(diagnostic.range.end.column <= max(tex.utf8.count, 1), "\(tex)")
        #expect(diagnostic.location <= diagnostic.range.end, "\(tex)")
        #expect(diagnostic.range.end.line <= lines, "\(tex)")
      }
      // A problem is both reported and shown; nothing else is.
      #expect(
        result.mathML.contains("<merror>") == !result.diagnostics.isEmpty,
        "\(tex): \(result.diagnostics)")
    }
  }
}
