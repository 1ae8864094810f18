import Testing

@testable import TeXMath

/// However deeply a formula nests, it converts with one diagnostic instead of exhausting the
/// stack; formulas within the limit convert as before.
@Suite struct NestingLimitTests {
  /// `open` repeated `depth` times, then `x`, then `close` repeated `depth` times.
  static func nested(_ open: String, _ close: String, depth: Int) -> String {
    String(repeating: open, count: depth) + "x" + String(repeating: close, count: depth)
  }

  static let deepCases: [(String, String)] = [
    ("{", "}"), ("x^{", "}"), ("\\sqrt", ""), ("\\frac{1}{", "}"), ("\\left(", "\\right)"),
    ("\\displaystyle{", "}"), ("\\begin{matrix}", "\\end{matrix}"), ("\\text{", "}"),
  ]

  @Test(arguments: deepCases)
  func nestingFarPastTheLimitGivesOneDiagnostic(_ open: String, _ close: String) {
    let tex = Self.nested(open, close, depth: 20_000)
    let result = TeXMath.mathML(for: tex, display: true)
    #expect(result.mathML.hasPrefix("<math"))
    #expect(result.mathML.hasSuffix("</math>"))
    let messages = result.diagnostics.map(\.message)
    #expect(messages == ["the formula nests deeper than 256 levels"], "\(messages.prefix(3))")
  }

  @Test func groupsPastTheLimitNameIt() {
    let result = TeXMath.mathML(for: Self.nested("{", "}", depth: 10_000), display: false)
    #expect(result.diagnostics.map(\.message) == ["the formula nests deeper than 256 levels"])
  }

  @Test func deepButReasonableNestingConvertsCleanly() {
    for (open, close) in [("{", "}"), ("\\sqrt{", "}"), ("x^{", "}"), ("\\left(", "\\right)")] {
      let result = TeXMath.mathML(for: Self.nested(open, close, depth: 40), display: false)
      #expect(result.diagnostics.isEmpty, "\(open): \(result.diagnostics.map(\.message))")
    }
  }
}
