import SiteModel
import SourcePositions
import Yams

/// A page's YAML front matter: the `---` block at the top of a Markdown file.
struct FrontMatter {
  var title: String?
  var description: String?

  /// Splits `source` into its front matter and its body, and reads the front matter.
  ///
  /// The body keeps the file's line numbers: the front matter's lines are blanked, not removed.
  /// - Returns: the front matter (empty when the file has none), the body, and any problems.
  static func split(_ source: String, file: String) -> (FrontMatter, body: String, [Diagnostic]) {
    var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, first.trimmingTrailingWhitespace() == "---" else {
      return (FrontMatter(), source, [])
    }
    guard
      let closing = lines.indices.dropFirst().first(where: {
        let line = lines[$0].trimmingTrailingWhitespace()
        return line == "---" || line == "..."
      })
    else {
      let diagnostic = Diagnostic.error(
        "front matter is not closed", file: file,
        at: SourceRange(SourceLocation(line: 1, column: 1)),
        notes: ["end the YAML block with a line '---'"])
      return (FrontMatter(), source, [diagnostic])
    }
    let yaml = lines[1..<closing].joined(separator: "\n")
    for index in 0...closing {
      lines[index] = ""
    }
    let body = lines.joined(separator: "\n")
    let (frontMatter, diagnostics) = parse(yaml, file: file, firstLine: 2)
    return (frontMatter, body, diagnostics)
  }

  /// Reads the YAML mapping of a front matter block whose first line is line `firstLine` of `file`.
  static func parse(_ yaml: String, file: String, firstLine: Int) -> (FrontMatter, [Diagnostic]) {
    let place = YAMLPlace(lines: LineIndex(yaml), firstLine: firstLine)
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      return (FrontMatter(), [diagnostic(for: error, file: file, place: place)])
    } catch {
      return (
        FrontMatter(),
        [
          .error(
            "front matter is not valid YAML: \(error)", file: file, at: lineRange(place.firstLine))
        ]
      )
    }
    guard let node else { return (FrontMatter(), []) }
    guard let mapping = node.mapping else {
      return (
        FrontMatter(),
        [
          .error(
            "front matter must be a YAML mapping (key: value lines)", file: file,
            at: place.range(of: node.mark))
        ]
      )
    }
    var frontMatter = FrontMatter()
    var diagnostics: [Diagnostic] = []
    for (key, value) in mapping {
      guard let name = key.string else { continue }
      switch name {
      case "title", "description":
        guard let text = value.scalar?.string, !text.isEmpty else {
          diagnostics.append(
            .error(
              "front matter '\(name)' must be a non-empty string", file: file,
              at: place.range(of: value.mark)))
          continue
        }
        if name == "title" { frontMatter.title = text } else { frontMatter.description = text }
      default:
        diagnostics.append(
          .warning(
            "unknown front matter key '\(name)'", file: file,
            at: place.range(of: key.mark),
            notes: ["known keys: title, description"]))
      }
    }
    return (frontMatter, diagnostics)
  }

  static func diagnostic(for error: YamlError, file: String, place: YAMLPlace) -> Diagnostic {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return .error(
        "front matter is not valid YAML: \(problem)", file: file, at: place.range(of: mark))
    case .duplicatedKeysInMapping(let duplicates, _):
      return .error(
        "front matter repeats the key \(duplicates.joined(separator: ", "))", file: file,
        at: lineRange(place.firstLine))
    default:
      return .error(
        "front matter is not valid YAML: \(error)", file: file, at: lineRange(place.firstLine))
    }
  }

  private static func lineRange(_ line: Int) -> SourceRange {
    SourceRange(SourceLocation(line: line, column: 1))
  }
}

/// Where a YAML block sits in its page: libyaml counts columns in Unicode scalars, and this is
/// where they become UTF-8 byte columns, before the block's ``SnippetOrigin`` places them.
struct YAMLPlace {
  let lines: LineIndex
  /// The page line of the YAML's first line.
  let firstLine: Int

  /// The page range of a libyaml mark (1-based line and scalar column in the YAML).
  func range(of mark: Mark?) -> SourceRange? {
    guard let mark else { return nil }
    let column = lines.column(ofScalar: mark.column, onLine: mark.line)
    let origin = SnippetOrigin(firstLine: firstLine, column: 1, lineCount: lines.lineCount)
    return SourceRange(origin.location(line: mark.line, column: column))
  }
}

extension Substring {
  func trimmingTrailingWhitespace() -> Substring {
    var result = self
    while let last = result.last, last == " " || last == "\t" || last == "\r" {
      result = result.dropLast()
    }
    return result
  }
}
