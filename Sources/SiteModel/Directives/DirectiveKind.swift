/// What sitegen knows about one kind of directive (a fenced block whose info string starts with
/// `{name}`): how the parser reads its body, whether and how stage 2 runs it, and how the
/// renderer shows it. Each kind is declared in its own file of `Directives/` and listed in
/// `DirectiveRegistry.standard`; the stages read these values instead of matching names.
package struct DirectiveKind: Hashable, Sendable {
  /// How the parser reads the block's body.
  package enum Body: Hashable, Sendable {
    /// `#| key: value` option lines at the top, then code (`{julia}`).
    case code
    /// Every line is a `key: value` option (`{train}`).
    case options
    /// The body is Markdown, parsed into blocks (admonitions); `{name} Title` gives the title.
    case markdown
  }

  /// What stage 2 does with the block.
  package enum Execution: Hashable, Sendable {
    /// Nothing: the block is not run.
    case none
    /// Runs the code in the page's language session and shows its outputs.
    case cell
    /// Runs a declarative training loop natively and binds its result in the session.
    case training
  }

  /// How the renderer shows the block.
  package enum Rendering: Hashable, Sendable {
    /// What stage 2 produced for the block (code, outputs, figures); as code when it did not run.
    case executed
    /// `<aside class="admonition NAME">` with a title paragraph, then the Markdown body.
    case admonition(defaultTitle: String)
  }

  /// The name between the braces.
  package var name: String
  package var body: Body
  package var execution: Execution
  package var rendering: Rendering
  /// Plain fenced blocks in these languages (e.g. ` ```julia `) are highlighted as this
  /// directive's code is, but never run.
  package var highlightedLanguages: Set<String>

  package init(
    name: String, body: Body, execution: Execution, rendering: Rendering,
    highlightedLanguages: Set<String> = []
  ) {
    self.name = name
    self.body = body
    self.execution = execution
    self.rendering = rendering
    self.highlightedLanguages = highlightedLanguages
  }
}
