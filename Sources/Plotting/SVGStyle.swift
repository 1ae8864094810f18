/// The stylesheet shared by every SVG figure: colors and fonts as CSS custom properties.
///
/// A standalone figure carries it in a `<style>` element; a site includes the same rules once,
/// in its theme's stylesheet (`assets/style.css`), and leaves them out of each figure
/// (``SVGOptions/includesStyle``). A page sets `--plot-text`, `--plot-grid`, `--plot-zero`,
/// `--plot-node`, `--plot-edge`, `--plot-font` (or leaves them) to match its theme; without
/// them the figure follows the reader's light or dark preference, and prints dark on white.
/// Presentation attributes cannot take `var()`, so the figure's parts carry classes and these
/// rules color them; each rule first gives the plain color for renderers without custom
/// properties. Light colors are plotly.js's defaults (text `#444`, grid `#eee`, zero line
/// `#444`, font "Open Sans", verdana, arial).
///
/// The classes, for every kind of figure:
/// - `sgp` on the root `<svg>`, with `sgp-plot` (fills its container's width, text unscaled),
///   `sgp-graph` (a computation graph in a `viewBox`) or `sgp-braille` (terminal text on a grid);
/// - `sgp-area`: the plot area, a nested `<svg>` stretched horizontally; paths in it keep their
///   stroke width (`vector-effect`), except the hover bands'; nested `<svg>`s (the area, the
///   legend, the tick labels) let their content overflow them;
/// - `sgp-grid`, `sgp-zero`: grid and zero lines; `sgp-trace` (one group per data series) with
///   `sgp-line`, `sgp-marker`, `sgp-fill` (an area or bar, filled with the series' color);
/// - layers under the traces: `sgp-bar` (bars, and their legend swatches), `sgp-heatmap` (one
///   path per color), `sgp-contour` (lines, in `sgp-line` paths), `sgp-contour-fill` (bands);
///   `sgp-colorbar`: a nested `<svg>` at the plot's right edge with the gradient and its labels;
///   `sgp-subplot`: one cell of a grid of subplots, a nested `<svg>` holding a whole plot;
/// - `sgp-hover`: the group of invisible bands whose `<title>`s give values on hover;
/// - `sgp-xticks`, `sgp-yticks`, `sgp-title`, `sgp-axis-title`, `sgp-caption`, `sgp-legend`
///   (a nested `<svg>` with one `<g>` per series, in series order);
/// - `sgp-wide`, `sgp-narrow`: shown only when the figure is at least (less than) 600 px wide;
/// - `sgp-node`, `sgp-edge`, `sgp-arrow`, `sgp-op`: a graph's boxes, curves, heads, operators;
/// - `sgp-a31` … `sgp-a37`, `sgp-a90`: terminal colors (ANSI red … white, gray).
public enum SVGStyle {
  /// The rules, prefixed with the figure class `sgp` so they touch nothing else on a page.
  public static let stylesheet = """
    .sgp{font:12px "Open Sans",verdana,arial,sans-serif;\
    font-family:var(--plot-font,"Open Sans",verdana,arial,sans-serif);overflow:visible}\
    .sgp svg{overflow:visible}\
    .sgp text{fill:#444;fill:var(--plot-text,#444)}\
    .sgp .sgp-grid{fill:none;stroke:#eee;stroke:var(--plot-grid,#eee)}\
    .sgp .sgp-zero{fill:none;stroke:#444;stroke:var(--plot-zero,#444)}\
    .sgp-area path{vector-effect:non-scaling-stroke}\
    .sgp .sgp-hover{fill:none;stroke:transparent;pointer-events:stroke}\
    .sgp .sgp-hover path{vector-effect:none}\
    .sgp .sgp-node{fill:#f5f7fa;fill:var(--plot-node,#f5f7fa);stroke:#888;\
    stroke:var(--plot-edge,#888)}\
    .sgp .sgp-edge{fill:none;stroke:#888;stroke:var(--plot-edge,#888)}\
    .sgp .sgp-arrow{fill:#888;fill:var(--plot-edge,#888)}\
    .sgp .sgp-line,.sgp .sgp-marker{fill:none;stroke-linecap:round;stroke-linejoin:round}\
    .sgp .sgp-title{font-size:17px}.sgp .sgp-axis-title{font-size:14px}\
    .sgp .sgp-op{font-weight:bold}\
    .sgp .sgp-narrow{display:none}\
    @media (max-width:599.98px){.sgp .sgp-wide{display:none}.sgp .sgp-narrow{display:inline}}\
    .sgp-braille text{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;\
    white-space:pre}\
    .sgp .sgp-a31{fill:#c9302c}.sgp .sgp-a32{fill:#2e8b3a}.sgp .sgp-a33{fill:#a37800}\
    .sgp .sgp-a34{fill:#1f5fbf}.sgp .sgp-a35{fill:#a83ba8}.sgp .sgp-a36{fill:#0f7f8c}\
    .sgp .sgp-a90{fill:#777}\
    @media (prefers-color-scheme:dark){.sgp text{fill:#ccc;fill:var(--plot-text,#ccc)}\
    .sgp .sgp-grid{stroke:#3a3a3a;stroke:var(--plot-grid,#3a3a3a)}\
    .sgp .sgp-zero{stroke:#999;stroke:var(--plot-zero,#999)}\
    .sgp .sgp-node{fill:#23272e;fill:var(--plot-node,#23272e);stroke:#999;\
    stroke:var(--plot-edge,#999)}\
    .sgp .sgp-edge{stroke:#999;stroke:var(--plot-edge,#999)}\
    .sgp .sgp-arrow{fill:#999;fill:var(--plot-edge,#999)}\
    .sgp .sgp-a31{fill:#ff7b72}.sgp .sgp-a32{fill:#56d364}.sgp .sgp-a33{fill:#e3b341}\
    .sgp .sgp-a34{fill:#79c0ff}.sgp .sgp-a35{fill:#d2a8ff}.sgp .sgp-a36{fill:#56d4dd}\
    .sgp .sgp-a90{fill:#8b949e}}\
    @media print{.sgp text{fill:#000}.sgp .sgp-grid{stroke:#ddd}.sgp .sgp-zero{stroke:#444}\
    .sgp .sgp-node{fill:#fff;stroke:#444}.sgp .sgp-edge{stroke:#444}.sgp .sgp-arrow{fill:#444}\
    .sgp .sgp-a31{fill:#c9302c}.sgp .sgp-a32{fill:#2e8b3a}.sgp .sgp-a33{fill:#a37800}\
    .sgp .sgp-a34{fill:#1f5fbf}.sgp .sgp-a35{fill:#a83ba8}.sgp .sgp-a36{fill:#0f7f8c}\
    .sgp .sgp-a90{fill:#777}}
    """
}
