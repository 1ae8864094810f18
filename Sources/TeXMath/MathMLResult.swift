import SourcePositions

/// The MathML for one formula and the problems found while converting it.
package struct MathMLResult: Hashable, Sendable {
  /// A complete `<math>` element, with the TeX source as an `application/x-tex` annotation.
  package var mathML: String
  /// The problems found, located in the TeX, in source order; empty when the formula converted
  /// cleanly.
  package var diagnostics: [LocatedError]

  package init(mathML: String, diagnostics: [LocatedError]) {
    self.mathML = mathML
    self.diagnostics = diagnostics
  }
}
