/// Converts TeX math (the subset tutorials use) to MathML Core when the site builds.
///
/// The output needs no script in the browser: Chromium, Firefox and Safari render MathML Core
/// natively, and the TeX source rides along as an `application/x-tex` annotation for copying and
/// for assistive technology.
package enum TeXMath {
  /// The MathML namespace every `<math>` element declares.
  package static let namespace = "http://www.w3.org/1998/Math/MathML"

  /// Converts one formula to a `<math>` element.
  ///
  /// A problem in the formula never stops the conversion: the offending source renders as
  /// `<merror>` and the rest of the formula renders normally.
  /// - Parameters:
  ///   - tex: The formula's source, without the `$` or `$$` delimiters.
  ///   - display: `true` for a display formula (`$$…$$`, `<math display="block">`), `false` for
  ///     an inline one.
  /// - Returns: The MathML and the problems found, located inside `tex`.
  package static func mathML(for tex: String, display: Bool) -> MathMLResult {
    var parser = TeXParser(source: tex)
    let nodes = parser.parseFormula()
    var writer = MathMLWriter()
    writer.writeMath(nodes, source: tex, display: display)
    let locator = SourceLocator(source: tex)
    // Stable sort: problems at the same place keep the order they were found in.
    let diagnostics = parser.problems.enumerated()
      .sorted {
        ($0.element.scalars.lowerBound, $0.offset) < ($1.element.scalars.lowerBound, $1.offset)
      }
      .map { locator.error(for: $0.element) }
    return MathMLResult(mathML: writer.output, diagnostics: diagnostics)
  }
}
