/// A chart: one or more traces drawn on a pair of axes, with a layout.
///
/// A `Figure` is plain data. Render it with ``svg(_:)`` for a page or with
/// ``braille(width:height:color:)`` for a terminal; both are deterministic.
public struct Figure: Sendable, Equatable {
  /// The data series, drawn in order (later traces on top).
  public var traces: [Trace]
  /// Titles, axes, size and legend.
  public var layout: Layout
  /// Bars, heatmaps and contour lines, drawn under the traces on the same axes.
  public var layers: [Layer] = []
  /// When not empty, the figure is these figures side by side in rows of `gridColumns`, and
  /// its own traces and layers are not drawn (Plots' `layout`).
  public var subplots: [Figure] = []
  /// The number of subplots in a row.
  public var gridColumns = 1

  /// Creates a figure from traces and a layout.
  public init(traces: [Trace] = [], layout: Layout = Layout()) {
    self.traces = traces
    self.layout = layout
  }

  /// Creates a figure with a single trace.
  public init(_ trace: Trace, layout: Layout = Layout()) {
    self.init(traces: [trace], layout: layout)
  }

  /// Whether a legend is drawn: as asked, or when there are two or more traces or a named one.
  public var showsLegend: Bool {
    if let showLegend = layout.showLegend { return showLegend }
    return traces.count + layerLegendEntries.count >= 2 || traces.contains { $0.name != nil }
      || !layerLegendEntries.isEmpty
  }

  /// The color of the trace at `index`: its own, or the layout's colorway in turn.
  public func color(ofTraceAt index: Int) -> Color {
    if let color = traces[index].color { return color }
    let colorway = layout.colorway.isEmpty ? Color.plotlyColorway : layout.colorway
    return colorway[index % colorway.count]
  }
}
