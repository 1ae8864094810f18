import SiteModel

extension Highlighter {
  /// `code` highlighted as the language a fenced block names (its info string's first word),
  /// for the languages tutorials show beside Julia; `nil` for any other language, which is
  /// shown plain.
  package static func highlight(_ code: String, language: String) -> HighlightedCode? {
    switch language.lowercased() {
    case "bash", "sh", "shell", "zsh": ShellHighlighter.highlight(code)
    case "console", "shell-session": ShellHighlighter.highlightConsole(code)
    case "python", "py", "python3": PythonHighlighter.highlight(code)
    case "swift": SwiftHighlighter.highlight(code)
    case "yaml", "yml": YAMLHighlighter.highlight(code)
    case "toml": TOMLHighlighter.highlight(code)
    case "json", "jsonc", "ipynb": JSONHighlighter.highlight(code)
    default: nil
    }
  }
}
