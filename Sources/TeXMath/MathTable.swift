/// The cells of an environment and how its columns are laid out.
struct MathTable: Hashable, Sendable {
  /// The kind of environment, which decides alignment and style.
  enum Layout: Hashable, Sendable {
    /// `matrix` and its bracketed forms: centred columns in text style.
    case matrix
    /// `cases`: left-aligned columns.
    case cases
    /// `aligned`: columns alternately right- and left-aligned, in display style.
    case aligned
  }

  var layout: Layout
  /// Rows of cells; each cell is a row of nodes.
  var rows: [[[MathNode]]]
}
