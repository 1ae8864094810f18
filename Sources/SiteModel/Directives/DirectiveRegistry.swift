/// The directive kinds a build knows, by name: handed to the parser (how to read a body), to
/// stage 2 (what runs) and to the renderer (how to show it). A `{name}` block of a name not
/// registered is a warning and is shown as code.
package struct DirectiveRegistry: Hashable, Sendable {
  /// The kinds, in the order they are listed (e.g. in the unknown-directive warning).
  package private(set) var kinds: [DirectiveKind]
  private var byName: [String: DirectiveKind]

  package init(_ kinds: [DirectiveKind]) {
    self.kinds = kinds
    byName = Dictionary(kinds.map { ($0.name, $0) }) { first, _ in first }
  }

  /// Every directive sitegen provides. A new directive is a file declaring its kind, listed here.
  package static let standard = DirectiveRegistry([
    .julia, .train, .note, .tip, .important, .warning,
  ])

  /// No directives: every `{name}` block is shown as code.
  package static let none = DirectiveRegistry([])

  /// The kind registered as `name`, if any.
  package subscript(name: String) -> DirectiveKind? {
    byName[name]
  }

  /// The registered names.
  package var names: Set<String> {
    Set(byName.keys)
  }

  /// This registry without the kinds not named in `names`.
  package func restricted(to names: Set<String>) -> DirectiveRegistry {
    DirectiveRegistry(kinds.filter { names.contains($0.name) })
  }

  /// The kind whose code plain fenced blocks of `language` are highlighted as, if any.
  package func highlighting(language: String) -> DirectiveKind? {
    kinds.first { $0.highlightedLanguages.contains(language) }
  }
}
