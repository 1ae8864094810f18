/// One part of a page as the search index holds it: the text from one heading to the next.
struct SearchSection: Equatable, Sendable {
  /// The heading's `id`, the link target of a result; empty for the text above the first
  /// heading (a result then links to the page itself).
  var anchor: String
  /// The heading's text; empty for the text above the first heading.
  var heading: String
  /// Everything a reader sees under the heading (prose, code, outputs, captions), each run of
  /// white space made one space.
  var text: String
}
