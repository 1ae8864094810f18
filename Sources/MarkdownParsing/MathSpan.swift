import SiteModel
import SourcePositions

/// A `$…$` or `$$…$$` span found in the source before cmark parses it.
struct MathSpan {
  /// The span's bytes in the original source, dollars included.
  var bytes: Range<Int>
  /// The TeX between the dollars (display math trimmed; block-quote markers of continuation
  /// lines removed).
  var tex: String
  var display: Bool
  /// From the opening dollar to the last closing dollar, inclusive.
  var range: SourceRange
  /// Where each line of `tex` starts in the source.
  var origin: SnippetOrigin
}
