import SourcePositions

/// Something a page numbers and lets its prose refer to (Quarto's cross-references): a figure
/// (`#| label: fig-…` on a cell), an equation (`$$…$$ {#eq-…}`) or a section (`## Title {#sec-…}`).
package struct CrossReferenceTarget: Hashable, Sendable {
  /// What kind of thing is labelled; the label's prefix says it.
  package enum Kind: String, Hashable, Sendable, CaseIterable {
    case figure = "fig"
    case equation = "eq"
    case section = "sec"

    /// The kind a label names by its prefix (`fig-`, `eq-`, `sec-`), if any.
    package init?(label: String) {
      guard let dash = label.firstIndex(of: "-"), label.index(after: dash) < label.endIndex,
        let kind = Kind(rawValue: String(label[..<dash]))
      else { return nil }
      self = kind
    }
  }

  /// The label as written, e.g. `fig-abs`; it is also the target's HTML id.
  package var label: String
  package var kind: Kind
  /// The target's number among the page's targets of its kind, from 1 in order of appearance.
  package var number: Int
  /// A section's title as plain text (empty for figures and equations).
  package var title: String
  /// Where the label is written.
  package var range: SourceRange

  package init(label: String, kind: Kind, number: Int, title: String = "", range: SourceRange) {
    self.label = label
    self.kind = kind
    self.number = number
    self.title = title
    self.range = range
  }

  /// What a reference to the target reads: "Figure 1", "Equation (1)" or the section's title.
  package var referenceText: String {
    switch kind {
    case .figure: "Figure \(number)"
    case .equation: "Equation (\(number))"
    case .section: title
    }
  }
}
