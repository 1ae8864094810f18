import Foundation

/// The examples of the CommonMark 0.30 specification, vendored in `Fixtures/` (see its licence
/// note there) and copied into the test bundle.
enum CommonMarkSpec {
  /// One example: its number and its Markdown (with `→` turned back into tabs).
  struct Example {
    var number: Int
    var markdown: String
  }

  /// The specification inside the test bundle; `nil` only when the bundle was built without it.
  static func locate() -> String? {
    Bundle.module.url(
      forResource: "commonmark-spec-0.30", withExtension: "txt", subdirectory: "Fixtures")?.path
  }

  /// The examples of the specification at `path`, in order.
  static func examples(at path: String) throws -> [Example] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let fence = String(repeating: "`", count: 32)
    var examples: [Example] = []
    var markdown: [Substring]?
    var inMarkdown = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line == fence + " example" {
        markdown = []
        inMarkdown = true
      } else if markdown != nil, inMarkdown, line == "." {
        inMarkdown = false
      } else if let lines = markdown, line == fence {
        let joined = lines.map { $0 + "\n" }.joined()
        examples.append(
          Example(
            number: examples.count + 1, markdown: joined.replacingOccurrences(of: "→", with: "\t")))
        markdown = nil
      } else if inMarkdown {
        markdown?.append(line)
      }
    }
    return examples
  }
}
