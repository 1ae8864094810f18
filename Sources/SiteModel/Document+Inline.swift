import SourcePositions

/// An inline element of a paragraph or heading, with the source range it came from.
///
/// Ranges of math are exact; other inlines carry cmark's position when it has one and the
/// containing block's range otherwise.
package indirect enum Inline: Hashable, Sendable {
  /// Literal text (entities and backslash escapes already resolved).
  case text(String, range: SourceRange)
  /// A line ending inside a paragraph.
  case softBreak(range: SourceRange)
  /// A hard line break (two trailing spaces or a backslash before the line ending).
  case lineBreak(range: SourceRange)
  /// A code span's content.
  case code(String, range: SourceRange)
  /// Raw inline HTML, kept as written.
  case html(String, range: SourceRange)
  case emphasis([Inline], range: SourceRange)
  case strong([Inline], range: SourceRange)
  /// A link; `destination` as written (after unescaping), `title` empty when absent.
  case link(destination: String, title: String, [Inline], range: SourceRange)
  /// An image; its inlines are the alt text.
  case image(source: String, title: String, [Inline], range: SourceRange)
  /// TeX math: `$…$` (`display == false`) or `$$…$$` inside a paragraph (`display == true`).
  case math(tex: String, display: Bool, range: SourceRange)
  /// A footnote reference `[^label]`; `label` as written between `[^` and `]`.
  case footnoteReference(label: String, range: SourceRange)
}
