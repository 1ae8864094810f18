import SourcePositions

/// A fenced block whose info string starts with `{name}`: an executable cell or a declarative
/// directive such as `{train}`.
package struct Directive: Hashable, Sendable {
  /// The name between the braces, e.g. `julia` or `train`.
  package var name: String
  /// The rest of the info string after `{name}`, trimmed (usually empty).
  package var arguments: String
  /// Options in source order: `#| key: value` lines at the top of the body, or for YAML-bodied
  /// directives such as `{train}` every `key: value` line of the body.
  package var options: [DirectiveOption]
  /// The body without its leading `#|` option lines (for YAML-bodied directives: the whole body).
  package var body: String
  /// Where `body` starts and ends; `nil` when it is empty.
  package var bodyRange: SourceRange?
  /// The block's whole content between the fences, exactly as cmark read it.
  package var rawBody: String
  /// The whole block, fences included.
  package var range: SourceRange
  /// For a directive whose body is Markdown (an admonition): the body's blocks; otherwise empty.
  package var content: [Block]
  /// For a directive whose body is Markdown: `arguments` read as inline Markdown (its title).
  package var title: [Inline]

  package init(
    name: String, arguments: String = "", options: [DirectiveOption], body: String,
    bodyRange: SourceRange?, rawBody: String, range: SourceRange, content: [Block] = [],
    title: [Inline] = []
  ) {
    self.name = name
    self.arguments = arguments
    self.options = options
    self.body = body
    self.bodyRange = bodyRange
    self.rawBody = rawBody
    self.range = range
    self.content = content
    self.title = title
  }

  /// The value of the last option named `key`, if any.
  package func option(_ key: String) -> String? {
    options.last { $0.key == key }?.value
  }
}

/// One `key: value` option of a directive, with the range of its line's `key: value` text.
package struct DirectiveOption: Hashable, Sendable {
  package var key: String
  /// The value, trimmed, with a trailing ` # comment` removed and surrounding quotes kept.
  package var value: String
  package var range: SourceRange

  package init(key: String, value: String, range: SourceRange) {
    self.key = key
    self.value = value
    self.range = range
  }
}
