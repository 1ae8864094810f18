extension DirectiveKind {
  /// ` ```{note} Optional title `: Markdown set apart as a note.
  package static let note = admonition("note", title: "Note")
  /// ` ```{tip} `: a helpful hint.
  package static let tip = admonition("tip", title: "Tip")
  /// ` ```{important} `: something the reader must not miss.
  package static let important = admonition("important", title: "Important")
  /// ` ```{warning} `: a pitfall.
  package static let warning = admonition("warning", title: "Warning")

  /// An admonition (MyST's name for a call-out box): a Markdown body, not run, rendered as an
  /// `<aside class="admonition NAME">` titled `title` unless the info string gives one.
  private static func admonition(_ name: String, title: String) -> DirectiveKind {
    DirectiveKind(
      name: name, body: .markdown, execution: .none, rendering: .admonition(defaultTitle: title))
  }
}
