import SiteModel
import TeXMath

extension HTMLRenderer {
  /// Math as MathML, converted at build time: `<math>` inline, `<math display="block">` for
  /// display math. A TeX problem becomes a diagnostic at its `file:line:col` on the page and an
  /// `<merror>` in the formula, so one typo never hides the rest of the page.
  package static func mathML(file: String) -> (Math) -> HTMLFragment {
    { math in
      let display = math.placement != .inline
      let result = TeXMath.mathML(for: math.tex, display: display)
      let diagnostics = result.diagnostics.map { problem in
        let range = math.origin?.range(of: problem.range) ?? math.range
        return Diagnostic.error(problem.message, file: file, at: range).inSnippet(math.range)
      }
      switch math.placement {
      case .inline, .displayInline:
        return HTMLFragment(html: result.mathML, diagnostics: diagnostics)
      case .block:
        return HTMLFragment(
          html: "<div class=\"math-display\">\(result.mathML)</div>\n", diagnostics: diagnostics)
      }
    }
  }
}
