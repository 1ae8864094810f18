import Foundation

/// The examples of the CommonMark 0.30 specification, read from `shared/reference/`.
enum CommonMarkSpec {
  /// One example: its number and its Markdown (with `→` turned back into tabs).
  struct Example {
    var number: Int
    var markdown: String
  }

  /// Where the specification is looked for: `$COMMONMARK_SPEC`, else `shared/reference/` in a
  /// folder above this file.
  static func locate(from file: String = #filePath) -> String? {
    if let path = ProcessInfo.processInfo.environment["COMMONMARK_SPEC"] { return path }
    var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("shared/reference/commonmark-spec-0.30.txt")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
      folder = folder.deletingLastPathComponent()
    }
    return nil
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
