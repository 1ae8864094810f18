/// The MathML for one formula and the problems found while converting it.
package struct MathMLResult: Hashable, Sendable {
  /// A complete `<math>` element, with the TeX source as an `application/x-tex` annotation.
  package var mathML: String
  /// The problems found, in source order; empty when the formula converted cleanly.
  package var diagnostics: [TeXDiagnostic]

  package init(mathML: String, diagnostics: [TeXDiagnostic]) {
    self.mathML = mathML
    self.diagnostics = diagnostics
  }
}
