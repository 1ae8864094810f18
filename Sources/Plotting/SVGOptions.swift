/// Choices for rendering a figure as SVG that are not part of the figure itself.
public struct SVGOptions: Sendable, Equatable {
  /// A prefix for the ids inside the SVG; give each figure on a page its own.
  public var id: String
  /// A caption drawn under the plot and added to the description.
  public var caption: String?
  /// The figure's accessible name (its `<title>`), when the author wrote one; otherwise the
  /// layout's title, or a generic name.
  public var alt: String?
  /// Whether the `<style>` element with the figure's colors and fonts is included.
  ///
  /// A page that includes ``SVGStyle/stylesheet`` once may leave it out of each figure.
  public var includesStyle: Bool
  /// Whether the plot area carries hover bands: a few vertical strips whose `<title>` gives
  /// each trace's nearest point, shown on hover without script.
  public var pointTooltips: Bool
  /// The largest distance in pixels a point may lie from the drawn line and be left out.
  public var tolerance: Double

  /// Creates options; by default the figure is standalone, with hover bands.
  public init(
    id: String = "plot", caption: String? = nil, alt: String? = nil, includesStyle: Bool = true,
    pointTooltips: Bool = true, tolerance: Double = 0.2
  ) {
    self.id = id
    self.caption = caption
    self.alt = alt
    self.includesStyle = includesStyle
    self.pointTooltips = pointTooltips
    self.tolerance = tolerance
  }
}
