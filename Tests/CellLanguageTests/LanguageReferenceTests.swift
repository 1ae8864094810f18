import Foundation
import Testing

@testable import CellLanguage

/// `LANGUAGE.md` is generated from the interpreter's own tables and must be current.
@Suite struct LanguageReferenceTests {
  /// The repository's `LANGUAGE.md`.
  static let file = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("LANGUAGE.md")

  @Test func theCommittedReferenceIsTheGeneratedOne() throws {
    let generated = LanguageReference.markdown()
    if ProcessInfo.processInfo.environment["SITEGEN_WRITE_REFERENCE"] == "1" {
      try generated.write(to: Self.file, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: Self.file, encoding: .utf8)
    #expect(
      committed == generated,
      "LANGUAGE.md is out of date: run Scripts/language-reference")
  }

  @Test func everyRegisteredFunctionIsListedWithItsSignature() {
    let text = LanguageReference.markdown()
    for module in LibraryModule.all {
      for function in module.functions {
        for method in function.methods {
          #expect(text.contains("`" + method.signature(of: function.name) + "`"))
        }
      }
    }
  }

  @Test func aModuleMemberIsListedUnderItsModule() throws {
    let text = LanguageReference.markdown()
    let statistics = try #require(text.range(of: "## Statistics"))
    let next = text.range(of: "\n## ", range: statistics.upperBound..<text.endIndex)
    let section = text[statistics.upperBound..<(next?.lowerBound ?? text.endIndex)]
    #expect(section.contains("| `mean` |"))
    #expect(!section.contains("| `sqrt` |"))
  }
}
